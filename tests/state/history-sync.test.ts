import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store';
import { HISTORY_MAX_DELAY_MS, syncHistory } from '../../src/state/history-sync';
import { fakeWindow } from './fake-window';
import { manualLater } from './manual-later';

function setup(search = '', framed = false, layout: 'default' | 'story' = 'default') {
  const win = fakeWindow(search, framed);
  const store = createAppStore({ step: 0, layout });
  store.getState().setMapState('ready');
  const timers = manualLater();
  const unsync = syncHistory(store, win as unknown as Window, timers.later);
  /** A step change as the map binding makes it: loading at once, ready when drawn. */
  const step = (n: number) => {
    store.getState().setStep(n);
    store.getState().setMapState('loading');
  };
  return { win, store, timers, step, unsync };
}

describe('step history', () => {
  it('writes the step after the map has drawn it, in a task of its own, not in the key press', () => {
    const { win, store, timers, step } = setup();
    step(3);
    expect(win.location.search).toBe('');
    timers.advance(0);
    expect(win.location.search, 'still drawing').toBe('');
    store.getState().setMapState('ready');
    expect(win.location.search, 'not inside the map callback either').toBe('');
    timers.advance(0);
    expect(win.location.search).toBe('?step=3');
    expect(win.history.pushes).toBe(1);
  });

  it('gives every step its own entry, in order, when several come before the map is drawn', () => {
    const { win, store, timers, step } = setup();
    step(1);
    step(2);
    step(3);
    store.getState().setMapState('ready');
    const seen: string[] = [];
    const push = win.history.pushState.bind(win.history);
    win.history.pushState = (s: unknown, t: string, url: string) => {
      seen.push(url);
      push(s, t, url);
    };
    timers.runAll();
    expect(seen).toEqual(['/?step=1', '/?step=2', '/?step=3']);
  });

  it('writes anyway after the longest wait when the map stays busy (a long flight, playback)', () => {
    const { win, timers, step } = setup();
    step(5);
    timers.advance(HISTORY_MAX_DELAY_MS - 1);
    expect(win.location.search).toBe('');
    timers.advance(1);
    expect(win.location.search).toBe('?step=5');
    expect(timers.pending()).toBe(0);
  });

  it('writes at once on the static map, which is never loading', () => {
    const { win, store, timers } = setup();
    store.getState().setMapState('fallback');
    store.getState().setStep(2);
    timers.advance(0);
    expect(win.location.search).toBe('?step=2');
  });

  it('drops unwritten steps when the reader goes back, and follows the entry gone to', () => {
    const { win, store, timers, step } = setup('?step=2');
    step(3);
    win.pop('?step=1');
    expect(store.getState().step).toBe(1);
    store.getState().setMapState('ready');
    timers.runAll();
    expect(win.history.pushes, 'nothing pushed on top of the entry the reader went back to').toBe(0);
    expect(win.location.search).toBe('?step=1');
  });

  it('replaces, never pushes, inside a frame', () => {
    const { win, store, timers, step } = setup('', true);
    step(4);
    store.getState().setMapState('ready');
    timers.runAll();
    expect(win.location.search).toBe('?step=4');
    expect(win.history.pushes).toBe(0);
    expect(win.history.replaces).toBe(1);
  });

  it('replaces in the story layout: the cards scrolled past add no history entries, and the newest step is kept', () => {
    const { win, store, timers, step } = setup('?layout=story', false, 'story');
    step(1);
    step(2);
    step(3);
    store.getState().setMapState('ready');
    timers.runAll();
    expect(win.location.search).toBe('?layout=story&step=3');
    expect(win.history.pushes).toBe(0);
    expect(win.history.replaces).toBe(1);
  });

  it('cancels what it scheduled when unbound', () => {
    const { win, timers, step, unsync } = setup();
    step(6);
    unsync();
    expect(timers.pending()).toBe(0);
    timers.runAll();
    expect(win.location.search).toBe('');
  });
});
