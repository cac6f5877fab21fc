/**
 * Playback: advances the step on a timer while playing. A plain class driven by the
 * store, so it can be tested with fake timers and no DOM.
 */
import type { AppStore } from '../state/store';
import { TOTAL_STEPS } from '../state/store';

export interface PlaybackOptions {
  /** Dwell time on each step, ms. */
  stepMs: number;
  /** Dwell on the overview between loops, ms. */
  overviewMs: number;
}

export const DEFAULT_PLAYBACK: PlaybackOptions = { stepMs: 7000, overviewMs: 5000 };

export class Playback {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly store: AppStore,
    private readonly options: PlaybackOptions = DEFAULT_PLAYBACK,
  ) {
    // Any step change or play/pause re-arms the timer, so manual stepping while
    // playing gives the new step its full dwell time.
    this.unsubscribe = store.subscribe(
      (s) => [s.playing, s.step] as const,
      () => this.arm(),
      { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
    );
    this.arm();
  }

  private clear(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private arm(): void {
    this.clear();
    const s = this.store.getState();
    if (!s.playing) return;
    const wait = s.step === 0 ? this.options.overviewMs : this.options.stepMs;
    this.timer = setTimeout(() => this.tick(), wait);
  }

  private tick(): void {
    this.timer = null;
    const s = this.store.getState();
    if (!s.playing) return;
    if (s.step >= TOTAL_STEPS && !s.loop) {
      s.pause();
      return;
    }
    s.next();
  }

  /** Stops the timer and the subscription. */
  dispose(): void {
    this.clear();
    this.unsubscribe();
  }
}
