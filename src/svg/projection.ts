/**
 * A small Web Mercator for the static fallback map: the same projection the WebGL map
 * uses, so the fallback frames each step the same way. Lines are straight between
 * vertices in projected space, exactly as maplibre draws them, so no resampling.
 */
import type { Geometry, Position } from 'geojson';
import type { BBox, LonLat } from '../geo/route';

const RAD = Math.PI / 180;
const MAX_LAT = 85.05113;

/** Unscaled Mercator: x = λ, y = −ln tan(π/4 + φ/2) (y grows southward, like SVG). */
export function mercator([lon, lat]: LonLat | Position): [number, number] {
  const phi = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat ?? 0)) * RAD;
  return [(lon ?? 0) * RAD, -Math.log(Math.tan(Math.PI / 4 + phi / 2))];
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Projection {
  /** lon/lat → SVG pixels. */
  point: (p: LonLat | Position) => [number, number];
  /** Pixels per unscaled Mercator unit. */
  scale: number;
}

/**
 * Fits a lon/lat box into width × height inside the padding, keeping the aspect ratio
 * and centring it. A box narrower than `minSpanDeg` is widened first (the WebGL map caps
 * its zoom the same way, so a port close-up still shows the coast around it).
 */
export function fitProjection(box: BBox, width: number, height: number, padding: number | Padding = 24, minSpanDeg = 3): Projection {
  const pad = typeof padding === 'number' ? { top: padding, right: padding, bottom: padding, left: padding } : padding;
  let [w, s, e, n] = box;
  if (e - w < minSpanDeg) {
    const c = (w + e) / 2;
    w = c - minSpanDeg / 2;
    e = c + minSpanDeg / 2;
  }
  const minLatSpan = minSpanDeg * 0.6;
  if (n - s < minLatSpan) {
    const c = (s + n) / 2;
    s = c - minLatSpan / 2;
    n = c + minLatSpan / 2;
  }
  const [x0, y0] = mercator([w, n]);
  const [x1, y1] = mercator([e, s]);
  const innerW = Math.max(1, width - pad.left - pad.right);
  const innerH = Math.max(1, height - pad.top - pad.bottom);
  const scale = Math.min(innerW / Math.max(x1 - x0, 1e-9), innerH / Math.max(y1 - y0, 1e-9));
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const point = (p: LonLat | Position): [number, number] => {
    const [x, y] = mercator(p);
    return [pad.left + innerW / 2 + (x - cx) * scale, pad.top + innerH / 2 + (y - cy) * scale];
  };
  return { point, scale };
}

/**
 * One ring or line: the first point absolute, the rest relative to the one before (shorter),
 * each rounded to `digits` decimals of a pixel. A vertex on the same rounded pixel as the last
 * one, or nearer than `minStep` px to it, adds bytes and no shape: skipped (the ring's last
 * vertex is kept). A ring left with fewer than three points (a line with fewer than two) is dropped.
 */
function ring(coords: Position[], project: Projection['point'], close: boolean, digits: number, minStep: number): string {
  const f = 10 ** digits;
  const r = (v: number) => Math.round(v * f) / f;
  const pts: [number, number][] = [];
  for (let i = 0; i < coords.length; i += 1) {
    const c = coords[i];
    if (!c) continue;
    const [px, py] = project(c);
    const p: [number, number] = [r(px), r(py)];
    const last = pts[pts.length - 1];
    if (last && last[0] === p[0] && last[1] === p[1]) continue;
    if (last && minStep > 0 && i < coords.length - 1 && Math.hypot(p[0] - last[0], p[1] - last[1]) < minStep) continue;
    pts.push(p);
  }
  if (pts.length < (close ? 3 : 2)) return '';
  const n = (v: number) => String(r(v));
  let d = '';
  pts.forEach((p, i) => {
    const prev = pts[i - 1];
    d += prev ? `l${n(p[0] - prev[0])},${n(p[1] - prev[1])}` : `M${n(p[0])},${n(p[1])}`;
  });
  return close ? `${d}z` : d;
}

/**
 * An SVG path `d` for a GeoJSON geometry (lines stay open, polygons close), rounded to `digits`
 * decimals of a pixel, leaving out vertices nearer than `minStep` px to the last one kept.
 */
export function pathData(geometry: Geometry | null | undefined, project: Projection['point'], digits = 1, minStep = 0): string {
  if (!geometry) return '';
  switch (geometry.type) {
    case 'LineString':
      return ring(geometry.coordinates, project, false, digits, minStep);
    case 'MultiLineString':
      return geometry.coordinates.map((l) => ring(l, project, false, digits, minStep)).join('');
    case 'Polygon':
      return geometry.coordinates.map((r) => ring(r, project, true, digits, minStep)).join('');
    case 'MultiPolygon':
      return geometry.coordinates.map((p) => p.map((r) => ring(r, project, true, digits, minStep)).join('')).join('');
    case 'GeometryCollection':
      return geometry.geometries.map((g) => pathData(g, project, digits, minStep)).join('');
    default:
      return '';
  }
}
