/**
 * How a step is framed, for both engines: the camera plan (a port close-up while the marker
 * sails, then the continent), the padding around it, and the view a plan's shot gives in a
 * frame. The SVG map (svg/StaticMap.tsx) draws exactly the view maplibre's `fitBounds` would
 * show with the same bounds, padding and zoom cap, so the detailed map takes over on the
 * same view (map/controller.ts creates it at `viewCamera` of the SVG's view).
 */
import type { BBox, RouteGeometry } from '../geo/route';
import { seaPhaseEnd } from '../geo/progress';
import { mercator, type Padding, type Projection } from './projection';

export interface FrameBox {
  width: number;
  height: number;
}

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

/**
 * The framing a step opens on: its resting view when it stays still (reduced motion, or
 * the overview, which has no path), else the first shot of its flight.
 */
export function openingShot(geometry: RouteGeometry, step: number, still: boolean): CameraShot | undefined {
  const plan = cameraPlan(geometry, step);
  return still || !geometry.paths[step] ? plan[plan.length - 1] : plan[0];
}

/** Padding that keeps labels clear of the edges, scaled to the map's size, plus overlays. */
export function padding(size: FrameBox, extra: Partial<Padding> = {}): Padding {
  const w = size.width || 800;
  const h = size.height || 600;
  const p = Math.round(Math.max(16, Math.min(56, Math.min(w, h) * 0.08)));
  // Labels sit beside their points, so leave more room left and right than above and below.
  // A port label ("Dunai (Dunay)" over "Дунай") is ~110 px wide at 14 px; keep that much
  // room on each side, but never more than a fifth of the map.
  const side = Math.round(Math.min(Math.max(p * 1.8, 112), w * 0.2));
  const pad = { top: p + (extra.top ?? 0), bottom: p + (extra.bottom ?? 0), left: side + (extra.left ?? 0), right: side + (extra.right ?? 0) };
  // Never pad away the whole map on a tiny frame.
  if (pad.top + pad.bottom > h * 0.6) pad.top = pad.bottom = Math.round(h * 0.15);
  if (pad.left + pad.right > w * 0.6) pad.left = pad.right = Math.round(w * 0.15);
  return pad;
}

/** The extra padding for the overlays on the map: the port inset's height (and presenter mode's larger labels). */
export function overlayPadding(insetHeight: number, present: boolean): Partial<Padding> {
  const side = present ? 80 : 0;
  return { top: insetHeight > 0 ? insetHeight + 8 : 0, left: side, right: side * 1.75 };
}

/** A camera in the frame: the Mercator point at the frame's centre and pixels per Mercator unit. */
export interface View {
  x: number;
  y: number;
  scale: number;
}

/** maplibre's world is 512 px wide at zoom 0 and spans 2π Mercator units. */
const TILE = 512;
export const zoomToScale = (zoom: number): number => (TILE * 2 ** zoom) / (2 * Math.PI);
export const scaleToZoom = (scale: number): number => Math.log2((scale * 2 * Math.PI) / TILE);

/**
 * Pan limits: the basemap's clip box (scripts/data/build-basemap.ts REGION), so the reader
 * never pans off the drawn land. The detailed map keeps its view inside them (maxBounds).
 */
export const MAX_BOUNDS: [[number, number], [number, number]] = [
  [20, 30],
  [150, 80],
];

/**
 * A view kept inside MAX_BOUNDS as maplibre keeps it: zoomed in until the frame fits inside
 * them, then moved so that no edge of the frame passes theirs.
 */
export function constrainView(view: View, width: number, height: number): View {
  const [mx0, my0] = mercator([MAX_BOUNDS[0][0], MAX_BOUNDS[1][1]]);
  const [mx1, my1] = mercator([MAX_BOUNDS[1][0], MAX_BOUNDS[0][1]]);
  const scale = Math.max(view.scale, width / (mx1 - mx0), height / (my1 - my0));
  const hw = width / 2 / scale;
  const hh = height / 2 / scale;
  const x = Math.min(Math.max(view.x, mx0 + hw), mx1 - hw);
  const y = Math.min(Math.max(view.y, my0 + hh), my1 - hh);
  return x === view.x && y === view.y && scale === view.scale ? view : { x, y, scale };
}

/** The view maplibre's fitBounds(bounds, { padding, maxZoom }) gives in a width × height frame, inside MAX_BOUNDS. */
export function fitView(bounds: BBox, width: number, height: number, pad: Padding, maxZoom: number): View {
  const [x0, y0] = mercator([bounds[0], bounds[3]]);
  const [x1, y1] = mercator([bounds[2], bounds[1]]);
  const innerW = Math.max(1, width - pad.left - pad.right);
  const innerH = Math.max(1, height - pad.top - pad.bottom);
  const fit = Math.min(innerW / Math.max(x1 - x0, 1e-9), innerH / Math.max(y1 - y0, 1e-9));
  const scale = Math.min(fit, zoomToScale(maxZoom));
  // The box's centre sits at the centre of the padded area: the frame's centre is offset from it.
  const view = { x: (x0 + x1) / 2 - (pad.left - pad.right) / 2 / scale, y: (y0 + y1) / 2 - (pad.top - pad.bottom) / 2 / scale, scale };
  return constrainView(view, width, height);
}

/** The projection of a view in a width × height frame. */
export function viewProjection(view: View, width: number, height: number): Projection {
  const point = (p: Parameters<Projection['point']>[0]): [number, number] => {
    const [x, y] = mercator(p);
    return [width / 2 + (x - view.x) * view.scale, height / 2 + (y - view.y) * view.scale];
  };
  return { point, scale: view.scale };
}

/** A view as maplibre's centre (lon/lat) and zoom. */
export function viewCamera(view: View): { center: [number, number]; zoom: number } {
  const lon = (view.x * 180) / Math.PI;
  const lat = ((2 * Math.atan(Math.exp(-view.y)) - Math.PI / 2) * 180) / Math.PI;
  return { center: [lon, lat], zoom: scaleToZoom(view.scale) };
}

/** The view between `a` and `b` at t (0..1): centre linear, scale geometric (a steady zoom). */
export function lerpView(a: View, b: View, t: number): View {
  const k = Math.max(0, Math.min(1, t));
  const scale = a.scale * (b.scale / a.scale) ** k;
  return { x: a.x + (b.x - a.x) * k, y: a.y + (b.y - a.y) * k, scale };
}
