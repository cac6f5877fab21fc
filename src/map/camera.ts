/**
 * Camera plans per step. Two scales meet on this route (a ~200 km sea crossing and
 * ~9,400 km of rail), so a step with a sea leg opens on a port close-up while the
 * marker sails, then pulls back to the continent when it reaches the railhead.
 */
import type { BBox, RouteGeometry } from '../geo/route';
import { seaPhaseEnd } from '../geo/progress';

export interface CameraShot {
  bounds: BBox;
  /** Animation progress (0..1) at which this shot starts. */
  at: number;
  maxZoom: number;
}

/** The sequence of framings for a step; the last one is its resting view. */
export function cameraPlan(geometry: RouteGeometry, step: number): CameraShot[] {
  const rest = geometry.bounds[step] ?? geometry.bounds[0];
  if (!rest) return [];
  const path = geometry.paths[step];
  const sea = geometry.seaBounds[step];
  const restShot: CameraShot = { bounds: rest, at: 0, maxZoom: isSmall(rest) ? 7 : 6 };
  if (step === 0 || !path || !sea) return [restShot];
  const hasMore = path.segments.some((s) => s.mode !== 'sea');
  if (!hasMore) return [{ bounds: sea, at: 0, maxZoom: 7 }];
  return [
    { bounds: sea, at: 0, maxZoom: 7 },
    { ...restShot, at: seaPhaseEnd(path) },
  ];
}

/** True for a box a few hundred km across (a port close-up). */
export function isSmall(b: BBox): boolean {
  return b[2] - b[0] < 8 && b[3] - b[1] < 8;
}
