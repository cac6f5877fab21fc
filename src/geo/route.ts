/**
 * Derived route geometry, computed once from the validated dataset: per-step paths
 * with cumulative distances, bounding boxes for the camera, and the front arrowhead.
 */
import length from '@turf/length';
import along from '@turf/along';
import { lineString } from '@turf/helpers';
import type { Feature, LineString, Point, Polygon } from 'geojson';
import type { Dataset, LegMode } from '../model/types';

export type LonLat = [number, number];
export type BBox = [number, number, number, number];

/** One leg of a step's journey, with its distance range along the whole path. */
export interface PathSegment {
  legId: string;
  mode: LegMode;
  line: Feature<LineString>;
  startKm: number;
  endKm: number;
}

/** The journey a step animates: its legs in travel order. */
export interface StepPath {
  segments: PathSegment[];
  totalKm: number;
}

/** Everything the map and camera need that can be computed ahead of time. */
export interface RouteGeometry {
  /** Index 0 = overview (null), 1..10 = transfers; null when a step draws no legs. */
  paths: (StepPath | null)[];
  /** Camera box per step (0 = overview). */
  bounds: BBox[];
  /** Box of each step's sea legs only, for the port close-up; null without sea legs. */
  seaBounds: (BBox | null)[];
  /** Box around the Peter the Great Gulf ports, for steps whose port is not stated. */
  gulfBounds: BBox;
  arrowhead: Feature<Polygon> | null;
}

/** Bbox of a set of lines and points, or null when empty. */
export function bboxOf(lines: LonLat[][], points: LonLat[] = []): BBox | null {
  // Four running numbers rather than a new box per point: this runs over every leg's
  // vertices for each step while the page starts (CPU profile: ~6 ms of a cold load).
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const add = ([x, y]: LonLat) => {
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  };
  for (const line of lines) for (const p of line) add(p);
  for (const p of points) add(p);
  return w <= e ? [w, s, e, n] : null;
}

/** A leg ready for paths: its line and its length in km. */
interface MeasuredLeg {
  mode: LegMode;
  line: Feature<LineString>;
  km: number;
}

/** Every leg's line and length, measured once (a leg is on several steps' paths). */
export function measureLegs(dataset: Dataset): Map<string, MeasuredLeg> {
  const out = new Map<string, MeasuredLeg>();
  for (const leg of dataset.legs) {
    const line = lineString(leg.geometry.coordinates as LonLat[]);
    out.set(leg.properties.id, { mode: leg.properties.mode, line, km: length(line, { units: 'kilometers' }) });
  }
  return out;
}

/** Builds the path a step travels from its leg ids (`legs`: measureLegs, when building many). */
export function buildPath(dataset: Dataset, legIds: string[], legs: Map<string, MeasuredLeg> = measureLegs(dataset)): StepPath | null {
  const segments: PathSegment[] = [];
  let km = 0;
  for (const id of legIds) {
    const leg = legs.get(id);
    if (!leg) continue;
    segments.push({ legId: id, mode: leg.mode, line: leg.line, startKm: km, endKm: km + leg.km });
    km += leg.km;
  }
  return segments.length ? { segments, totalKm: km } : null;
}

/** A point on a step's path: where the marker is, on which leg and by what means. */
export interface TravelPoint {
  coord: LonLat;
  mode: LegMode;
  legId: string;
}

/** Point at a distance along a path, with the mode of the leg it falls on. */
export function pointAtKm(path: StepPath, km: number): TravelPoint {
  const clamped = Math.min(Math.max(km, 0), path.totalKm);
  const seg =
    path.segments.find((s) => clamped >= s.startKm && clamped <= s.endKm) ??
    (path.segments[path.segments.length - 1] as PathSegment);
  const p = along(seg.line, clamped - seg.startKm, { units: 'kilometers' });
  return { coord: p.geometry.coordinates as LonLat, mode: seg.mode, legId: seg.legId };
}

/** A filled triangle at the end of a line, pointing along its last segment. */
export function arrowheadAt(coords: LonLat[], sizeDeg = 0.35): Feature<Polygon> | null {
  const tip = coords[coords.length - 1];
  const prev = coords[coords.length - 2];
  if (!tip || !prev) return null;
  // Work in a locally scaled plane so the triangle is not squashed at high latitude.
  const k = Math.cos((tip[1] * Math.PI) / 180);
  const dx = (tip[0] - prev[0]) * k;
  const dy = tip[1] - prev[1];
  const n = Math.hypot(dx, dy) || 1;
  const ux = dx / n;
  const uy = dy / n;
  const base: LonLat = [tip[0] - (ux * sizeDeg) / k, tip[1] - uy * sizeDeg];
  const half = sizeDeg * 0.55;
  const left: LonLat = [base[0] - (uy * half) / k, base[1] + ux * half];
  const right: LonLat = [base[0] + (uy * half) / k, base[1] - ux * half];
  return {
    type: 'Feature',
    properties: { id: 'front-arrowhead' },
    geometry: { type: 'Polygon', coordinates: [[tip, left, right, tip]] },
  };
}

/**
 * The end of a line and its bearing there (degrees clockwise from north on a Mercator map),
 * for a fixed-size arrow icon at the continental view.
 */
export function arrowTipAt(coords: LonLat[]): Feature<Point> | null {
  const tip = coords[coords.length - 1];
  const prev = coords[coords.length - 2];
  if (!tip || !prev) return null;
  const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  const dx = ((tip[0] - prev[0]) * Math.PI) / 180;
  const dy = mercY(tip[1]) - mercY(prev[1]);
  const bearing = (((Math.atan2(dx, dy) * 180) / Math.PI) + 360) % 360;
  return { type: 'Feature', properties: { id: 'front-arrowhead', bearing }, geometry: { type: 'Point', coordinates: tip } };
}

/** Computes all derived geometry once. */
export function buildRouteGeometry(dataset: Dataset): RouteGeometry {
  const placeById = new Map(dataset.places.map((p) => [p.id, p]));
  const legById = new Map(dataset.legs.map((l) => [l.properties.id, l]));
  const coordOf = (id: string | null | undefined): LonLat | null => {
    const p = id ? placeById.get(id) : undefined;
    return p ? (p.coord as LonLat) : null;
  };
  const gulfPorts = ['najin', 'dunai', 'vostochny-port'].map(coordOf).filter((c): c is LonLat => !!c);
  const gulfBounds = bboxOf([], gulfPorts) ?? [129.5, 41.5, 134, 43.9];

  const paths: (StepPath | null)[] = [null];
  const bounds: BBox[] = [];
  const seaBounds: (BBox | null)[] = [null];
  const allLines = dataset.legs.map((l) => l.geometry.coordinates as LonLat[]);
  bounds.push(bboxOf(allLines) ?? gulfBounds);

  const measured = measureLegs(dataset);
  for (const t of dataset.transfers) {
    paths.push(buildPath(dataset, t.legs, measured));
    const lines = t.legs.map((id) => legById.get(id)?.geometry.coordinates as LonLat[] | undefined).filter((l): l is LonLat[] => !!l);
    const pts = [coordOf(t.from.value), coordOf(t.to.value)].filter((c): c is LonLat => !!c);
    // A step with no drawn legs (port not stated) frames the whole gulf, so no port is singled out.
    const b = lines.length ? bboxOf(lines, pts) : bboxOf([], [...pts, ...gulfPorts]);
    bounds.push(b ?? gulfBounds);
    const seaLines = t.legs
      .map((id) => legById.get(id))
      .filter((l) => l?.properties.mode === 'sea')
      .map((l) => l?.geometry.coordinates as LonLat[]);
    seaBounds.push(bboxOf(seaLines));
  }
  const front = dataset.legs.find((l) => l.properties.mode === 'front');
  return {
    paths,
    bounds,
    seaBounds,
    gulfBounds,
    arrowhead: front ? arrowheadAt(front.geometry.coordinates as LonLat[]) : null,
  };
}
