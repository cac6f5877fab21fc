import { describe, expect, it } from 'vitest';
import { createAppStore, TOTAL_STEPS, toStep } from '../../src/state/store';

describe('app store', () => {
  it('starts on the overview unless seeded', () => {
    expect(createAppStore().getState().step).toBe(0);
    expect(createAppStore({ step: 4 }).getState().step).toBe(4);
  });

  it('clamps a seeded step into 0..10', () => {
    expect(createAppStore({ step: 99 }).getState().step).toBe(TOTAL_STEPS);
    expect(createAppStore({ step: -3 }).getState().step).toBe(0);
  });

  it('gives each store its own state', () => {
    const a = createAppStore();
    const b = createAppStore();
    a.getState().setStep(3);
    expect(b.getState().step).toBe(0);
  });

  it('next and prev stop at the ends', () => {
    const s = createAppStore({ step: TOTAL_STEPS });
    s.getState().next();
    expect(s.getState().step).toBe(TOTAL_STEPS);
    s.getState().first();
    s.getState().prev();
    expect(s.getState().step).toBe(0);
  });

  it('next wraps to the overview when looping', () => {
    const s = createAppStore({ step: TOTAL_STEPS, loop: true });
    s.getState().next();
    expect(s.getState().step).toBe(0);
  });

  it('ignores non-integer and non-finite steps', () => {
    const s = createAppStore({ step: 2 });
    for (const bad of [NaN, Infinity, 2.5, -Infinity]) s.getState().setStep(bad);
    expect(s.getState().step).toBe(2);
    expect(toStep(7)).toBe(7);
    expect(toStep(1.1)).toBeNull();
  });

  it('setStep to the current step changes nothing; reframe() is the one way to ask for a new framing', () => {
    const s = createAppStore({ step: 2 });
    let changes = 0;
    s.subscribe(() => (changes += 1));
    s.getState().setStep(2);
    expect(changes).toBe(0);
    const n = s.getState().reframeRequests;
    s.getState().reframe();
    expect(s.getState()).toMatchObject({ step: 2, reframeRequests: n + 1 });
  });

  it('asks the map for a snapshot, and says so when no map can answer', async () => {
    const s = createAppStore();
    await expect(s.getState().snapshot(900)).rejects.toThrow('the map is not ready');
    const frame = {} as HTMLElement;
    const image = {} as HTMLCanvasElement;
    const asked: number[] = [];
    s.getState().provideSnapshotter((w) => {
      asked.push(w);
      return Promise.resolve({ image, cssWidth: 640, frame });
    });
    await expect(s.getState().snapshot(900)).resolves.toEqual({ image, cssWidth: 640, frame });
    expect(asked).toEqual([900]);
    s.getState().provideSnapshotter(null);
    await expect(s.getState().snapshot(900)).rejects.toThrow('the map is not ready');
  });

  it('play from the last step restarts from the overview', () => {
    const s = createAppStore({ step: TOTAL_STEPS });
    s.getState().play();
    expect(s.getState()).toMatchObject({ step: 0, playing: true });
    s.getState().togglePlay();
    expect(s.getState().playing).toBe(false);
  });

  it('notifies selector subscribers only when their slice changes', () => {
    const s = createAppStore();
    const seen: number[] = [];
    s.subscribe((st) => st.step, (step) => seen.push(step));
    s.getState().setTheme('dark');
    s.getState().setStep(1);
    s.getState().setStep(5);
    expect(seen).toEqual([1, 5]);
  });
});
