import { describe, expect, it } from 'vitest';
import { watchContextLoss, type ContextLossMap, type Timers } from '../../src/map/context-loss';

/** A map that only carries listeners, and timers the test advances by hand. */
function fakes() {
  const listeners = new Map<string, Set<() => void>>();
  const map = {
    on: (type: string, cb: () => void) => {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)!.add(cb);
      return map;
    },
    off: (type: string, cb: () => void) => {
      listeners.get(type)?.delete(cb);
      return map;
    },
  };
  const fire = (type: string) => listeners.get(type)?.forEach((cb) => cb());
  let now = 0;
  let timers: { at: number; cb: () => void; id: number }[] = [];
  let next = 1;
  const t: Timers = {
    setTimeout: (cb, ms) => {
      timers.push({ at: now + ms, cb, id: next });
      return next++;
    },
    clearTimeout: (id) => {
      timers = timers.filter((x) => x.id !== id);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    const due = timers.filter((x) => x.at <= now);
    timers = timers.filter((x) => x.at > now);
    due.forEach((x) => x.cb());
  };
  return { map: map as unknown as ContextLossMap, fire, t, advance, pending: () => timers.length, listeners };
}

describe('watchContextLoss', () => {
  it('lost then restored within the timeout: lost, restored, never gives up', () => {
    const f = fakes();
    const calls: string[] = [];
    watchContextLoss(f.map, { lost: () => calls.push('lost'), restored: () => calls.push('restored'), giveUp: () => calls.push('giveUp') }, 5000, f.t);
    f.fire('webglcontextlost');
    f.advance(4999);
    f.fire('webglcontextrestored');
    f.advance(10_000);
    expect(calls).toEqual(['lost', 'restored']);
    expect(f.pending()).toBe(0);
  });

  it('not restored within the timeout: gives up once, and ignores a late restore or a second loss', () => {
    const f = fakes();
    const calls: string[] = [];
    watchContextLoss(f.map, { lost: () => calls.push('lost'), restored: () => calls.push('restored'), giveUp: () => calls.push('giveUp') }, 5000, f.t);
    f.fire('webglcontextlost');
    f.advance(5000);
    f.fire('webglcontextrestored');
    f.fire('webglcontextlost');
    f.advance(10_000);
    expect(calls).toEqual(['lost', 'giveUp']);
  });

  it('a second loss after a restore starts a fresh timer', () => {
    const f = fakes();
    const calls: string[] = [];
    watchContextLoss(f.map, { lost: () => calls.push('lost'), restored: () => calls.push('restored'), giveUp: () => calls.push('giveUp') }, 5000, f.t);
    f.fire('webglcontextlost');
    f.advance(3000);
    f.fire('webglcontextrestored');
    f.fire('webglcontextlost');
    f.advance(4000);
    expect(calls).toEqual(['lost', 'restored', 'lost']);
    f.advance(1000);
    expect(calls).toEqual(['lost', 'restored', 'lost', 'giveUp']);
  });

  it('stopping removes the listeners and the pending timer', () => {
    const f = fakes();
    const calls: string[] = [];
    const stop = watchContextLoss(f.map, { lost: () => calls.push('lost'), restored: () => calls.push('restored'), giveUp: () => calls.push('giveUp') }, 5000, f.t);
    f.fire('webglcontextlost');
    stop();
    expect(f.pending()).toBe(0);
    f.advance(10_000);
    f.fire('webglcontextrestored');
    expect(calls).toEqual(['lost']);
    expect([...f.listeners.values()].every((s) => s.size === 0)).toBe(true);
  });
});
