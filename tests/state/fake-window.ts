/** Just enough of a window for syncHistory: location, history and popstate listeners. */
export function fakeWindow(search: string, framed = false) {
  const listeners: (() => void)[] = [];
  const win = {
    location: { pathname: '/', search, hash: '' },
    history: {
      state: null as unknown,
      length: 1,
      pushes: 0,
      replaces: 0,
      pushState(state: unknown, _t: string, url: string) {
        win.history.pushes += 1;
        win.history.state = state;
        win.history.length += 1;
        win.location.search = new URL(url, 'http://x').search;
      },
      replaceState(state: unknown, _t: string, url: string) {
        win.history.replaces += 1;
        win.history.state = state;
        win.location.search = new URL(url, 'http://x').search;
      },
    },
    addEventListener: (_: string, f: () => void) => listeners.push(f),
    removeEventListener: () => undefined,
    pop: (s: string) => {
      win.location.search = s;
      listeners.forEach((f) => f());
    },
  };
  win.history.state = null;
  (win as unknown as { self: unknown; top: unknown }).self = win;
  (win as unknown as { self: unknown; top: unknown }).top = framed ? {} : win;
  return win;
}
