import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LATEST_MS, PAUSE_MS, registerServiceWorker, SW_URL } from '../../src/offline/register';
import { createAppStore } from '../../src/state/store';

/** Just enough of a top-level, secure window with a service worker container. */
function fakeWindow() {
  const register = vi.fn(() => Promise.resolve({}));
  const win = {
    isSecureContext: true,
    navigator: { serviceWorker: { register } },
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: number | undefined) => clearTimeout(id),
  } as { self?: unknown; top?: unknown };
  win.self = win;
  win.top = win;
  return { win: win as unknown as Window, register, setTop: (top: unknown) => (win.top = top) };
}

describe('offline worker registration', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('registers once the map has settled and the reader has paused, not while the map loads', () => {
    const { win, register } = fakeWindow();
    const store = createAppStore({});
    registerServiceWorker(store, win, true);
    vi.advanceTimersByTime(LATEST_MS * 2);
    expect(register, 'the map is still loading').not.toHaveBeenCalled();
    store.getState().setMapState('ready');
    vi.advanceTimersByTime(PAUSE_MS - 1);
    expect(register).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(register).toHaveBeenCalledTimes(1);
    expect(register).toHaveBeenCalledWith(SW_URL, { scope: './' });
  });

  it('waits while the reader steps, and registers in the first pause', () => {
    const { win, register } = fakeWindow();
    const store = createAppStore({});
    registerServiceWorker(store, win, true);
    store.getState().setMapState('ready');
    // A step every second: the map loads and settles again before the pause is over.
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(PAUSE_MS / 2);
      store.getState().setMapState('loading');
      vi.advanceTimersByTime(100);
      store.getState().setMapState('ready');
    }
    expect(register).not.toHaveBeenCalled();
    vi.advanceTimersByTime(PAUSE_MS);
    expect(register).toHaveBeenCalledTimes(1);
    // Later settles do not register again.
    store.getState().setMapState('loading');
    store.getState().setMapState('ready');
    vi.advanceTimersByTime(LATEST_MS * 2);
    expect(register).toHaveBeenCalledTimes(1);
  });

  it('registers at the latest LATEST_MS after the map first settled, however busy the stepping', () => {
    const { win, register } = fakeWindow();
    const store = createAppStore({});
    registerServiceWorker(store, win, true);
    store.getState().setMapState('ready');
    let t = 0;
    while (t < LATEST_MS - PAUSE_MS / 2) {
      vi.advanceTimersByTime(PAUSE_MS / 2);
      t += PAUSE_MS / 2;
      store.getState().setMapState('loading');
      store.getState().setMapState('ready');
    }
    expect(register).not.toHaveBeenCalled();
    vi.advanceTimersByTime(LATEST_MS - t);
    expect(register).toHaveBeenCalledTimes(1);
  });

  it('registers after a pause when the page starts on the static map (no WebGL)', () => {
    const { win, register } = fakeWindow();
    const store = createAppStore({});
    store.getState().setMapState('fallback');
    registerServiceWorker(store, win, true);
    vi.advanceTimersByTime(PAUSE_MS);
    expect(register).toHaveBeenCalledTimes(1);
  });

  it('never registers in a development build or inside a frame', () => {
    const dev = fakeWindow();
    const store = createAppStore({});
    store.getState().setMapState('ready');
    registerServiceWorker(store, dev.win, false);
    const framed = fakeWindow();
    framed.setTop({});
    registerServiceWorker(store, framed.win, true);
    vi.advanceTimersByTime(LATEST_MS * 2);
    expect(dev.register).not.toHaveBeenCalled();
    expect(framed.register).not.toHaveBeenCalled();
  });
});
