import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore, TOTAL_STEPS } from '../../src/state/store';
import { Playback } from '../../src/timeline/playback';

const opts = { stepMs: 1000, overviewMs: 500 };

describe('playback', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('advances one step per dwell while playing', () => {
    const store = createAppStore({ step: 1 });
    const pb = new Playback(store, opts);
    store.getState().play();
    vi.advanceTimersByTime(999);
    expect(store.getState().step).toBe(1);
    vi.advanceTimersByTime(1);
    expect(store.getState().step).toBe(2);
    vi.advanceTimersByTime(3000);
    expect(store.getState().step).toBe(5);
    pb.dispose();
  });

  it('waits the overview dwell before step 1', () => {
    const store = createAppStore();
    const pb = new Playback(store, opts);
    store.getState().play();
    vi.advanceTimersByTime(500);
    expect(store.getState().step).toBe(1);
    pb.dispose();
  });

  it('stops on the last step when not looping', () => {
    const store = createAppStore({ step: TOTAL_STEPS - 1 });
    const pb = new Playback(store, opts);
    store.getState().play();
    vi.advanceTimersByTime(10_000);
    expect(store.getState()).toMatchObject({ step: TOTAL_STEPS, playing: false });
    pb.dispose();
  });

  it('loops through the overview when looping', () => {
    const store = createAppStore({ step: TOTAL_STEPS, loop: true, playing: true });
    const pb = new Playback(store, opts);
    vi.advanceTimersByTime(1000);
    expect(store.getState().step).toBe(0);
    vi.advanceTimersByTime(500);
    expect(store.getState().step).toBe(1);
    expect(store.getState().playing).toBe(true);
    pb.dispose();
  });

  it('pause stops advancing', () => {
    const store = createAppStore({ step: 2 });
    const pb = new Playback(store, opts);
    store.getState().play();
    store.getState().pause();
    vi.advanceTimersByTime(5000);
    expect(store.getState().step).toBe(2);
    pb.dispose();
  });

  it('a manual step while playing gives the new step its full dwell', () => {
    const store = createAppStore({ step: 1 });
    const pb = new Playback(store, opts);
    store.getState().play();
    vi.advanceTimersByTime(900);
    store.getState().setStep(6);
    vi.advanceTimersByTime(900);
    expect(store.getState().step).toBe(6);
    vi.advanceTimersByTime(100);
    expect(store.getState().step).toBe(7);
    pb.dispose();
  });

  it('dispose cancels the pending timer', () => {
    const store = createAppStore({ step: 1 });
    const pb = new Playback(store, opts);
    store.getState().play();
    pb.dispose();
    vi.advanceTimersByTime(5000);
    expect(store.getState().step).toBe(1);
  });
});
