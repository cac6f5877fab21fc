/**
 * What the map really paints: every layer's colour and opacity expressions evaluated with
 * maplibre's own expression engine, for every real feature of its source (data/), in both
 * feature states (active and not) and across the zoom range. Used by the contrast and
 * colour-vision tests, so they measure what a reader sees rather than a copy of it.
 */
import { createExpression, featureFilter, latest, type Color } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import placesJson from '../../data/places.json' with { type: 'json' };
import { toHex } from './colour-math';
import { ACTIVE_PLACE_SOURCES } from '../../src/map/layers';
import { legsCollection } from '../../src/map/base-style';
import { loadBundledDataset } from '../../src/model/load';

/** One way a layer can be drawn: the colour, its opacity, and for which feature and state. */
export interface Drawn {
  layer: string;
  what: string;
  active: boolean;
  colour: string;
  opacity: number;
}

type Props = Record<string, unknown>;
/** A candidate feature: its properties and geometry type (1 point, 2 line, 3 polygon). */
interface Candidate {
  props: Props;
  type: 1 | 2 | 3;
}

// The legs source as the map builds it: each leg in its own style, plus its copies in the lower
// certainties some step draws it with (base-style.ts), so every style layer is measured.
const bundled = loadBundledDataset();
if (!('dataset' in bundled)) throw new Error('bundled data must validate');
const LEG_PROPS: Props[] = legsCollection(bundled.dataset, '').features.map((f) => ({ ...(f.properties as Props) }));
const PLACE_PROPS: Props[] = placesJson.places.map((p) => ({
  id: p.id,
  kind: p.kind,
  rank: p.rank,
  lon: p.coord[0],
}));
const MODES = [...new Set(LEG_PROPS.map((p) => String(p.mode)))];

/**
 * The features a layer's source holds: the real legs and places (the active-places sources hold
 * some of the places, any of them); the marker carries only
 * a mode; any other source (the front arrowhead, the basemap) is tried with an empty
 * feature of every geometry type, and the layer's filter keeps what it draws.
 */
export function sourceFeatures(source: string): Candidate[] {
  switch (source) {
    case 'legs':
      return LEG_PROPS.map((props) => ({ props, type: 2 }));
    case 'places':
    case ACTIVE_PLACE_SOURCES[0]:
    case ACTIVE_PLACE_SOURCES[1]:
      return PLACE_PROPS.map((props) => ({ props, type: 1 }));
    case 'marker':
      return MODES.map((mode) => ({ props: { mode }, type: 1 }));
    default:
      return ([1, 2, 3] as const).map((type) => ({ props: {}, type }));
  }
}

function spec(layer: LayerSpecification, prop: string): unknown {
  const group = (latest as Record<string, Record<string, unknown> | undefined>)[`paint_${layer.type}`];
  const s = group?.[prop];
  if (!s) throw new Error(`${layer.id}: ${prop} is not a ${layer.type} paint property`);
  return s;
}

function evaluator(layer: LayerSpecification, prop: string, value: unknown): (f: Candidate, active: boolean, zoom: number) => unknown {
  const parsed = createExpression(value, spec(layer, prop) as Parameters<typeof createExpression>[1]);
  if (parsed.result !== 'success') throw new Error(`${layer.id}: ${prop} does not parse: ${parsed.value.map((e) => e.message).join('; ')}`);
  const expr = parsed.value;
  return (f, active, zoom) => expr.evaluate({ zoom }, { type: f.type, properties: f.props, id: f.props.id as string | undefined }, { active });
}

function hexOf(c: Color): string {
  // maplibre keeps colours premultiplied by alpha.
  const a = c.a || 1;
  return toHex([(c.r / a) * 255, (c.g / a) * 255, (c.b / a) * 255]);
}

/**
 * Every distinct (colour, opacity) a layer paints with `colourProp` and `opacityProp`,
 * over the real features that pass its filter, active and not, at zooms 1–8 (within the
 * layer's zoom range).
 */
export function drawn(layer: LayerSpecification, colourProp: string, opacityProp?: string): Drawn[] {
  const paint = ((layer as { paint?: Props }).paint ?? {}) as Props;
  if (!(colourProp in paint)) throw new Error(`${layer.id} has no ${colourProp}`);
  const colour = evaluator(layer, colourProp, paint[colourProp]);
  const opacity = opacityProp && opacityProp in paint ? evaluator(layer, opacityProp, paint[opacityProp]) : () => 1;
  const filterSpec = (layer as { filter?: unknown }).filter;
  const filter = featureFilter(filterSpec as Parameters<typeof featureFilter>[0]);
  const source = (layer as { source?: string }).source ?? '';
  const { minzoom = 0, maxzoom = 24 } = layer as { minzoom?: number; maxzoom?: number };
  const zooms = [minzoom, 1, 3, 5, 8].filter((z) => z >= minzoom && z < maxzoom);
  const out = new Map<string, Drawn>();
  for (const f of sourceFeatures(source)) {
    for (const zoom of zooms) {
      if (!filter.filter({ zoom }, { type: f.type, properties: f.props })) continue;
      for (const active of [false, true]) {
        const c = hexOf(colour(f, active, zoom) as Color);
        const o = Number(opacity(f, active, zoom));
        // Opacity 0 draws nothing (a active place's copy in the normal label layers): no contrast to measure.
        if (o === 0) continue;
        const what = String(f.props.mode ?? f.props.kind ?? '') || layer.id;
        const key = `${c}|${o}|${active}|${what}`;
        if (!out.has(key)) out.set(key, { layer: layer.id, what, active, colour: c, opacity: o });
      }
    }
  }
  return [...out.values()];
}
