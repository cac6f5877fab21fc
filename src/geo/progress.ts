/**
 * Maps animation time to distance along a step's path. Legs share the time by mode,
 * not by length: a 200 km sea leg would otherwise be invisible next to 9,400 km of rail.
 */
import type { LegMode } from '../model/types';
import type { StepPath } from './route';

/** Relative time weight of each mode. */
export const MODE_WEIGHT: Record<LegMode, number> = { sea: 4, rail: 4, front: 1.2, air: 3 };

/** Converts progress in [0, 1] of the animation's time to km along the path. */
export function kmAtProgress(path: StepPath, progress: number): number {
  const p = Math.min(Math.max(Number.isFinite(progress) ? progress : 0, 0), 1);
  const weights = path.segments.map((s) => MODE_WEIGHT[s.mode]);
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 0) return 0;
  let t = p * total;
  for (let i = 0; i < path.segments.length; i++) {
    const seg = path.segments[i];
    const w = weights[i] ?? 0;
    if (!seg) break;
    if (t <= w || i === path.segments.length - 1) {
      const f = w === 0 ? 1 : Math.min(t / w, 1);
      return seg.startKm + f * (seg.endKm - seg.startKm);
    }
    t -= w;
  }
  return path.totalKm;
}

/** Progress value at which the animation leaves the sea legs (0 when none). */
export function seaPhaseEnd(path: StepPath): number {
  const weights = path.segments.map((s) => MODE_WEIGHT[s.mode]);
  const total = weights.reduce((a, b) => a + b, 0);
  let sea = 0;
  for (let i = 0; i < path.segments.length; i++) {
    if (path.segments[i]?.mode !== 'sea') break;
    sea += weights[i] ?? 0;
  }
  return total ? sea / total : 0;
}
