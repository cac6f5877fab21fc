import { describe, expect, it } from 'vitest';
import { bindPresentEffects } from '../../src/present/boot';
import { canRegister } from '../../src/offline/register';
import { speakerUrl } from '../../src/present/actions';
import { createAppStore } from '../../src/state/store';

/** A window whose animation frames run when `flush` is called. */
function fakeWindow(fullscreen = false) {
  const frames: (() => void)[] = [];
  let exited = 0;
  const win = {
    requestAnimationFrame: (cb: () => void) => frames.push(cb),
    document: {
      fullscreenElement: fullscreen ? {} : null,
      exitFullscreen: () => {
        exited += 1;
        return Promise.resolve();
      },
    },
  } as unknown as Window;
  const flush = () => {
    while (frames.length) frames.shift()!();
  };
  return { win, flush, exited: () => exited };
}

describe('presenter side effects', () => {
  it('asks for no framing of its own (the map size watcher reframes on a layout change)', () => {
    const store = createAppStore({ step: 4 });
    const { win, flush } = fakeWindow();
    bindPresentEffects(store, win);
    const n0 = store.getState().reframeRequests;
    store.getState().setPresent(true);
    store.getState().setNotesOpen(true);
    flush();
    expect(store.getState().reframeRequests).toBe(n0);
    expect(store.getState().step).toBe(4);
  });

  it('leaves browser fullscreen with presenter mode', () => {
    const store = createAppStore({ present: true });
    const { win, exited } = fakeWindow(true);
    bindPresentEffects(store, win);
    store.getState().setPresent(false);
    expect(exited()).toBe(1);
  });
});

describe('speaker view URL', () => {
  it('keeps step, language and theme, and drops playback and layout flags', () => {
    const url = new URL(speakerUrl('https://example.org/map/?present=1&autoplay=1&loop=1&step=3&lang=ko&theme=dark#x', 5, 'ko'));
    expect(url.pathname).toBe('/map/');
    expect(Object.fromEntries(url.searchParams)).toEqual({ speaker: '1', step: '5', lang: 'ko', theme: 'dark' });
    expect(url.hash).toBe('');
  });
});

/** A top-level (or framed) window with the given navigator. */
function win(props: { navigator: () => unknown; secure?: boolean; framed?: boolean }): Window {
  const w: Record<string, unknown> = { isSecureContext: props.secure ?? true };
  Object.defineProperty(w, 'navigator', { get: props.navigator });
  Object.defineProperty(w, 'self', { value: w });
  Object.defineProperty(w, 'top', { value: props.framed ? {} : w });
  return w as unknown as Window;
}

describe('service worker registration', () => {
  it('is refused inside a frame, without service workers, on an insecure origin, or when reading them throws', () => {
    const sw = () => ({ serviceWorker: {} });
    expect(canRegister(win({ navigator: sw }))).toBe(true);
    expect(canRegister(win({ navigator: sw, framed: true }))).toBe(false);
    expect(canRegister(win({ navigator: () => ({}) }))).toBe(false);
    expect(canRegister(win({ navigator: sw, secure: false }))).toBe(false);
    expect(
      canRegister(
        win({
          navigator: () => {
            throw new Error('SecurityError');
          },
        }),
      ),
    ).toBe(false);
  });
});
