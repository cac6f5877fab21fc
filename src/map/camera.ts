/**
 * Camera plans per step. Two scales meet on this route (a ~200 km sea crossing and
 * ~9,400 km of rail), so a step with a sea leg opens on a port close-up while the
 * marker sails, then pulls back to the continent when it reaches the railhead.
 */
import type { MapOptions } from 'maplibre-gl';
import type { BBox, RouteGeometry } from '../geo/route';
import { seaPhaseEnd } from '../geo/progress';

/** Pan limits: the basemap's clip box (scripts/data/build-basemap.ts REGION), so the reader never pans off the drawn land. */
export const MAX_BOUNDS: [[number, number], [number, number]] = [
  [20, 30],
  [150, 80],
];

/**
 * The map options the app and the benchmark's bare-maplibre baseline share: pan limits, no
 * rotation or pitch (a flat schematic), no attribution control (credits are in the page),
 * Korean labels in the bundled font, and no label fade (a step is ready when it is drawn).
 */
export const SHARED_MAP_OPTIONS = {
  maxBounds: MAX_BOUNDS,
  attributionControl: false,
  dragRotate: false,
  pitchWithRotate: false,
  touchPitch: false,
  maxPitch: 0,
  localIdeographFontFamily: '"Noto Sans KR", sans-serif',
  fadeDuration: 0,
} satisfies Partial<MapOptions>;

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
