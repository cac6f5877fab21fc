/**
 * Frame loop for the moving marker. One animation at a time; starting a new one or
 * calling the returned cancel stops the old one at once, so a step change mid-way
 * never leaves a stray marker or a late callback.
 */
export interface Animation {
  cancel: () => void;
}

export interface FrameClock {
  now: () => number;
  request: (cb: (t: number) => void) => number;
  cancel: (id: number) => void;
}

export const browserClock: FrameClock = {
  now: () => performance.now(),
  request: (cb) => requestAnimationFrame(cb),
  cancel: (id) => cancelAnimationFrame(id),
};

/** Runs onFrame(progress 0..1) for durationMs, then onDone once. */
export function animate(
  durationMs: number,
  onFrame: (progress: number) => void,
  onDone: () => void,
  clock: FrameClock = browserClock,
): Animation {
  let cancelled = false;
  let id = 0;
  const start = clock.now();
  const frame = (): void => {
    if (cancelled) return;
    const p = durationMs <= 0 ? 1 : Math.min((clock.now() - start) / durationMs, 1);
    onFrame(p);
    if (p >= 1) {
      cancelled = true;
      onDone();
      return;
    }
    id = clock.request(frame);
  };
  frame();
  return {
    cancel: () => {
      if (cancelled) return;
      cancelled = true;
      clock.cancel(id);
    },
  };
}
