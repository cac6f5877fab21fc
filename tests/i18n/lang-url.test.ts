import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store';
import { syncHistory } from '../../src/state/history-sync';
import { parseUrl, stateFromFlags, withLang } from '../../src/state/url';

/** Just enough of a window for syncHistory: location, history and popstate listeners. */
function fakeWindow(search: string) {
  const listeners: (() => void)[] = [];
  const win = {
    location: { pathname: '/', search, hash: '' },
    history: {
      state: null as unknown,
      length: 1,
      pushState(state: unknown, _t: string, url: string) {
        win.history.state = state;
        win.history.length += 1;
        win.location.search = new URL(url, 'http://x').search;
      },
      replaceState(state: unknown, _t: string, url: string) {
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
  (win as unknown as { self: unknown; top: unknown }).top = win;
  return win;
}

describe('withLang', () => {
  it('sets lang and keeps every other parameter', () => {
    expect(withLang('?step=3&lang=en&theme=dark', 'ko')).toBe('?step=3&lang=ko&theme=dark');
    expect(withLang('', 'uk')).toBe('?lang=uk');
    expect(parseUrl(withLang('?step=9', 'ru')).flags).toEqual({ step: 9, lang: 'ru' });
  });
});

describe('the language in the URL', () => {
  it('is left alone until the reader switches language', () => {
    const win = fakeWindow('?step=3');
    const store = createAppStore({ lang: 'ko', ...stateFromFlags(parseUrl(win.location.search).flags) });
    syncHistory(store, win as unknown as Window);
    store.getState().setStep(4);
    expect(win.location.search).toBe('?step=4');
    win.pop('?step=3');
    expect(win.location.search).toBe('?step=3');
  });

  it('follows the switch in place, keeps the step, and survives back/forward', () => {
    const win = fakeWindow('?step=3&lang=en');
    const store = createAppStore(stateFromFlags(parseUrl(win.location.search).flags));
    syncHistory(store, win as unknown as Window);
    const entries = win.history.length;
    store.getState().setLang('uk');
    expect(win.location.search).toBe('?step=3&lang=uk');
    expect(win.history.length, 'no new history entry').toBe(entries);
    expect(store.getState().step).toBe(3);
    store.getState().setStep(4);
    expect(win.location.search).toBe('?step=4&lang=uk');
    win.pop('?step=3&lang=en');
    expect(store.getState().step).toBe(3);
    expect(store.getState().lang).toBe('uk');
    expect(win.location.search).toBe('?step=3&lang=uk');
  });
});
