import { describe, expect, it } from 'vitest';
import { watchFrameSize, type FrameSizeEnv } from '../../src/map/frame-size';

/** A map element and its frame whose size reads are counted (a read is a possible forced layout). */
function fakeFrame() {
  const reads = { n: 0 };
  const size = { w: 880, h: 404, inset: 120 };
  const inset = {
    getBoundingClientRect: () => {
      reads.n += 1;
      return { height: size.inset };
    },
  };
  const frame = { current: inset as typeof inset | null, querySelector: () => frame.current };
  const el = {
    get clientWidth() {
      reads.n += 1;
      return size.w;
    },
    get clientHeight() {
      reads.n += 1;
      return size.h;
    },
    parentElement: frame,
  };
  return { reads, size, inset, frame, el: el as unknown as HTMLElement };
}

/** Observers that report only when the test says so. */
function fakeObservers() {
  const observed = new Set<unknown>();
  let resize: ((entries: { target: unknown }[]) => void) | null = null;
  let mutate: (() => void) | null = null;
  let disconnected = 0;
  class RO {
    constructor(cb: (entries: { target: unknown }[]) => void) {
      resize = cb;
    }
    observe(t: unknown) {
      observed.add(t);
    }
    unobserve(t: unknown) {
      observed.delete(t);
    }
    disconnect() {
      observed.clear();
      disconnected += 1;
    }
  }
  class MO {
    constructor(cb: () => void) {
      mutate = cb;
    }
    observe() {}
    disconnect() {
      disconnected += 1;
    }
  }
  const env = { ResizeObserver: RO, MutationObserver: MO } as unknown as FrameSizeEnv;
  return {
    env,
    observed,
    fireResize: (...targets: unknown[]) => resize?.(targets.map((target) => ({ target }))),
    fireMutation: () => mutate?.(),
    disconnected: () => disconnected,
  };
}

describe('watchFrameSize', () => {
  it('reads nothing when created, and answers from what the observers last saw without reading layout again', () => {
    const f = fakeFrame();
    const o = fakeObservers();
    const s = watchFrameSize(f.el, '.port-inset', o.env);
    expect(f.reads.n, 'creating the watcher forces no layout').toBe(0);
    // Before the observer's first report (it comes after the next layout), reads are live.
    expect(s.box()).toEqual({ width: 880, height: 404 });
    o.fireResize(f.el, f.inset);
    const afterReport = f.reads.n;
    f.size.w = 390;
    expect(s.box()).toEqual({ width: 880, height: 404 });
    expect(s.insetHeight()).toBe(120);
    expect(f.reads.n).toBe(afterReport);
    // After the browser's layout the observer reports the new size.
    o.fireResize(f.el);
    expect(s.box()).toEqual({ width: 390, height: 404 });
    f.size.inset = 90;
    o.fireResize(f.inset);
    expect(s.insetHeight()).toBe(90);
  });

  it('follows the inset as it comes and goes with the steps', () => {
    const f = fakeFrame();
    const o = fakeObservers();
    const s = watchFrameSize(f.el, '.port-inset', o.env);
    expect(o.observed.has(f.inset)).toBe(true);
    f.frame.current = null;
    o.fireMutation();
    expect(s.insetHeight()).toBe(0);
    expect(o.observed.has(f.inset)).toBe(false);
    f.frame.current = f.inset;
    f.size.inset = 75;
    o.fireMutation();
    expect(o.observed.has(f.inset)).toBe(true);
    o.fireResize(f.inset);
    expect(s.insetHeight()).toBe(75);
  });

  it('reports a new size of the map after its first report, and ignores sub-pixel jitter', () => {
    const f = fakeFrame();
    const o = fakeObservers();
    const seen: { width: number; height: number }[] = [];
    watchFrameSize(f.el, '.port-inset', o.env, (b) => seen.push(b));
    o.fireResize(f.el);
    expect(seen, 'the first report is the size the map opened at').toEqual([]);
    f.size.w = 881;
    o.fireResize(f.el);
    expect(seen).toEqual([]);
    f.size.w = 390;
    o.fireResize(f.el);
    f.size.inset = 50;
    o.fireResize(f.inset);
    expect(seen).toEqual([{ width: 390, height: 404 }]);
  });

  it('stops observing on dispose', () => {
    const f = fakeFrame();
    const o = fakeObservers();
    watchFrameSize(f.el, '.port-inset', o.env).dispose();
    expect(o.disconnected()).toBe(2);
    expect(o.observed.size).toBe(0);
  });

  it('reads live where the browser has no ResizeObserver', () => {
    const f = fakeFrame();
    const s = watchFrameSize(f.el, '.port-inset', {});
    f.size.w = 320;
    f.size.inset = 60;
    expect(s.box()).toEqual({ width: 320, height: 404 });
    expect(s.insetHeight()).toBe(60);
    f.frame.current = null;
    expect(s.insetHeight()).toBe(0);
  });
});
