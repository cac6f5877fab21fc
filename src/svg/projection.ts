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

const r1 = (v: number) => Math.round(v * 10) / 10;

function ring(coords: Position[], project: Projection['point'], close: boolean): string {
  let d = '';
  let last = '';
  for (let i = 0; i < coords.length; i += 1) {
    const c = coords[i];
    if (!c) continue;
    const [x, y] = project(c);
    const xy = `${r1(x)},${r1(y)}`;
    // Vertices that land on the same tenth of a pixel add bytes, not shape.
    if (xy === last) continue;
    d += `${d ? 'L' : 'M'}${xy}`;
    last = xy;
  }
  return d && close ? `${d}Z` : d;
}

/** An SVG path `d` for a GeoJSON geometry (lines stay open, polygons close). */
export function pathData(geometry: Geometry | null | undefined, project: Projection['point']): string {
  if (!geometry) return '';
  switch (geometry.type) {
    case 'LineString':
      return ring(geometry.coordinates, project, false);
    case 'MultiLineString':
      return geometry.coordinates.map((l) => ring(l, project, false)).join('');
    case 'Polygon':
      return geometry.coordinates.map((r) => ring(r, project, true)).join('');
    case 'MultiPolygon':
      return geometry.coordinates.map((p) => p.map((r) => ring(r, project, true)).join('')).join('');
    case 'GeometryCollection':
      return geometry.geometries.map((g) => pathData(g, project)).join('');
    default:
      return '';
  }
}
