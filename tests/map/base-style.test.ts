/**
 * The map's style as maplibre will read it: valid against the style spec (including the
 * global state that orders labels), and the step's own places sort first.
 */
import { describe, expect, it } from 'vitest';
import { createExpression, validateStyleMin, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import { buildStyle, placesCollection } from '../../src/map/base-style';
import { litPlacesValue } from '../../src/map/layers';
import { PALETTES } from '../../src/map/palette';
import { buildRouteGeometry } from '../../src/geo/route';
import { checkBundle } from '../../src/model/bundle-check';
import { realData } from '../fixtures/data';
import type { Dataset } from '../../src/model/types';

function dataset(): Dataset {
  const r = checkBundle(realData() as unknown as Parameters<typeof checkBundle>[0]);
  if (!('dataset' in r)) throw new Error('the real data should pass the bundle check');
  return r.dataset;
}

describe('map style', () => {
  const ds = dataset();
  const style = buildStyle({ dataset: ds, geometry: buildRouteGeometry(ds), palette: PALETTES.light, lang: 'en', railLabel: 'rail', basemap: {} });

  it('validates against the maplibre style spec', () => {
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
  });

  it("sorts the step's origin and destination labels before every other place, by the style's global state", () => {
    const labels = style.layers.filter((l) => l.id.startsWith('places-label-'));
    expect(labels.length).toBeGreaterThan(0);
    const features = placesCollection(ds, 'en').features;
    const spec = { type: 'number', expression: { parameters: ['zoom', 'feature'] }, 'property-type': 'data-driven' } as unknown as StylePropertySpecification;
    for (const layer of labels) {
      const key = (layer.layout as Record<string, unknown>)['symbol-sort-key'];
      const parsed = createExpression(key, spec);
      if (parsed.result !== 'success') throw new Error(`${layer.id}: ${JSON.stringify(parsed.value)}`);
      const sortKey = (id: string, globalState: Record<string, string>) => {
        const f = features.find((x) => x.properties?.id === id)!;
        return parsed.value.evaluate({ zoom: 3, globalState }, { type: 'Point', properties: f.properties ?? {} } as never) as number;
      };
      for (const p of ds.places) {
        const other = ds.places.find((x) => x.id !== p.id && (x.id.includes(p.id) || p.id.includes(x.id)))?.id ?? 'elsewhere';
        expect(sortKey(p.id, { litPlaces: '' }), `${p.id} unlit sorts by rank`).toBe(p.rank);
        expect(sortKey(p.id, { litPlaces: litPlacesValue([p.id, 'x']) }), `${p.id} lit as origin`).toBe(0);
        expect(sortKey(p.id, { litPlaces: litPlacesValue(['x', p.id]) }), `${p.id} lit as destination`).toBe(0);
        // An id inside another id (vostochny / vostochny-port) does not light both.
        expect(sortKey(p.id, { litPlaces: litPlacesValue([other]) }), `${p.id} with ${other} lit`).toBe(p.rank);
      }
    }
    expect(Object.keys(style.state ?? {})).toEqual(['litPlaces']);
  });
});
