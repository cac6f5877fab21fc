import type { Later } from '../../src/state/history-sync';

/** Timers that run only when the test says so, in the order they would fire. */
export function manualLater() {
  let now = 0;
  let seq = 0;
  let queue: { at: number; seq: number; fn: () => void }[] = [];
  const later: Later = (fn, ms) => {
    const job = { at: now + ms, seq: seq++, fn };
    queue.push(job);
    return () => {
      queue = queue.filter((j) => j !== job);
    };
  };
  /** Advances the clock by `ms`, running every timer due by then (and any they schedule). */
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = queue.filter((j) => j.at <= end).sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
      if (!due) break;
      queue = queue.filter((j) => j !== due);
      now = due.at;
      due.fn();
    }
    now = end;
  };
  return { later, advance, runAll: () => advance(Number.MAX_SAFE_INTEGER / 2), pending: () => queue.length };
}
