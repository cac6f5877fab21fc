/**
 * The map's style as maplibre will read it: valid against the style spec, and the step's
 * own places named first, from their own source and the topmost label layers.
 */
import { describe, expect, it } from 'vitest';
import { createExpression, createPropertyExpression, latest, validateStyleMin, type StylePropertySpecification, type SymbolLayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { buildStyle, activePlacesCollection, placesCollection } from '../../src/map/base-style';
import { ACTIVE_PLACE_SOURCES, ACTIVE_PLACES_SOURCE, ACTIVE_PLACES_TWIN } from '../../src/map/layers';
import { PALETTES } from '../../src/look/palette';
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

  it("names the step's own places from the topmost label layers, and hides their other copy by feature state only", () => {
    const active = ['najin', 'dunai'];
    const najin = ds.places.find((p) => p.id === 'najin')!.coord[0];
    const dunai = ds.places.find((p) => p.id === 'dunai')!.coord[0];
    // A frame from Najin to just east of Dunai: Najin is on its west side, Dunai on its east.
    const frame: [number, number, number, number] = [najin - 0.1, 40, dunai + 0.5, 45];
    const activeData = activePlacesCollection(ds, 'en', active, frame);
    const built = buildStyle({ dataset: ds, geometry: buildRouteGeometry(ds), palette: PALETTES.light, lang: 'en', railLabel: 'rail', basemap: {}, active: activeData });
    expect(validateStyleMin(built).map((e) => e.message)).toEqual([]);
    // The active source holds exactly those places, with the same label properties as the others and their side.
    const all = placesCollection(ds, 'en').features.map((f) => f.properties);
    const sides: Record<string, string> = { najin: 'west', dunai: 'east' };
    expect(activeData.features.map((f) => f.properties)).toEqual(all.filter((p) => active.includes(String(p?.id))).map((p) => ({ ...p, labelSide: sides[String(p?.id)] })));
    // Without a frame, the side the other labels use (east of 120° E: label to the left).
    expect(activePlacesCollection(ds, 'en', ['najin']).features[0]?.properties?.labelSide).toBe('east');
    expect((style.sources[ACTIVE_PLACES_SOURCE] as { data: { features: unknown[] } }).data.features, 'none by default').toEqual([]);
    expect((built.sources[ACTIVE_PLACES_TWIN] as { data: { features: unknown[] } }).data.features, 'the twin starts empty').toEqual([]);

    const labels = built.layers.filter((l): l is SymbolLayerSpecification => l.type === 'symbol' && l.id.startsWith('places-label-'));
    const plain = labels.filter((l) => l.source === 'places');
    const activeLayers = labels.filter((l) => (ACTIVE_PLACE_SOURCES as readonly string[]).includes(l.source));
    expect(plain.length).toBeGreaterThan(0);
    expect(activeLayers.length, 'one active layer per label layer and active source').toBe(plain.length * 2);
    const order = built.layers.map((l) => l.id);
    const lastPlain = Math.max(...plain.map((l) => order.indexOf(l.id)));
    // maplibre places symbols from the top layer down: every active layer is above every other label.
    for (const l of activeLayers) expect(order.indexOf(l.id), l.id).toBeGreaterThan(lastPlain);
    for (const [l, prefix] of plain.flatMap((x) => ['active', 'active2'].map((p) => [x, p] as const))) {
      const twin = activeLayers.find((x) => x.id === l.id.replace('places-label-', `places-label-${prefix}-`));
      expect(twin, `${l.id} has a ${prefix} twin`).toBeDefined();
      expect(twin?.source).toBe(prefix === 'active' ? ACTIVE_PLACES_SOURCE : ACTIVE_PLACES_TWIN);
      // Same text, font, size and band: the active label looks like the one it replaces...
      const { 'text-variable-anchor-offset': sideAnchors, ...twinLayout } = twin?.layout ?? {};
      expect(twinLayout).toEqual(l.layout);
      // ...and points into the step's frame: a west-side place is named to its right, an east-side one to its left.
      if (l.id.endsWith('-airport')) expect(sideAnchors).toBeUndefined();
      else {
        const vao = createExpression(sideAnchors, latest.layout_symbol['text-variable-anchor-offset'] as StylePropertySpecification);
        if (vao.result !== 'success') throw new Error(`${l.id}: ${JSON.stringify(vao.value)}`);
        const first = (side: string) => (vao.value.evaluate({ zoom: 3 }, { type: 'Point', properties: { labelSide: side } } as never) as { values: unknown[] }).values.slice(0, 2);
        expect(first('west')).toEqual(['left', [0.7, 0]]);
        expect(first('east')).toEqual(['right', [-0.7, 0]]);
      }
      expect(twin?.filter).toEqual(l.filter);
      expect(twin?.minzoom).toEqual(l.minzoom);
      // Active labels are always drawn, with an opacity read from the data like the plain
      // label's, so both draw with one compiled shader program (see ACTIVE_OPACITY).
      const kindOf = (v: unknown) => {
        const e = createPropertyExpression(v, latest.paint_symbol['text-opacity'] as StylePropertySpecification);
        if (e.result !== 'success') throw new Error(`${l.id}: ${JSON.stringify(e.value)}`);
        return e.value;
      };
      const activeOpacity = kindOf(twin?.paint?.['text-opacity']);
      expect(activeOpacity.kind, `${l.id}: data-driven like its plain copy`).toBe(kindOf(l.paint?.['text-opacity']).kind);
      expect(activeOpacity.kind).not.toBe('constant');
      for (const f of activeData.features) expect(activeOpacity.evaluate({ zoom: 3 }, f as never), `${l.id} draws ${String(f.properties?.id)}`).toBe(1);
      // The plain copy is hidden by feature state (a paint property: no re-layout on a step change).
      const opacity = l.paint?.['text-opacity'];
      const spec = { type: 'number', expression: { parameters: ['zoom', 'feature', 'feature-state'] }, 'property-type': 'data-constant', transition: true } as unknown as StylePropertySpecification;
      const parsed = createExpression(opacity, spec);
      if (parsed.result !== 'success') throw new Error(`${l.id}: ${JSON.stringify(parsed.value)}`);
      const at = (state: Record<string, unknown>) => parsed.value.evaluate({ zoom: 3 }, { type: 'Point', properties: {} } as never, state as never) as number;
      expect(at({ active: true }), `${l.id} hides the active place's copy`).toBe(0);
      expect(at({ crowded: true }), `${l.id} hides a name crowding an active place`).toBe(0);
      expect(at({}), `${l.id} draws every other place`).toBe(1);
      // Rank orders the rest; nothing in the layout depends on the step.
      expect(JSON.stringify(l.layout)).not.toContain('global-state');
    }
    expect(built.state ?? {}).toEqual({});
  });
});
