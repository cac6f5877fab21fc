/**
 * Layer styles as typed constants. Mode colour is one data-driven expression; the dash
 * (certainty, src/look/line-style.ts) needs one layer per pattern, each drawing the leg
 * copies of its style (base-style.ts legsCollection). A step change only flips
 * feature-state, so no layer is ever re-added.
 */
import type {
  ExpressionSpecification,
  LayerSpecification,
  DataDrivenPropertyValueSpecification,
} from 'maplibre-gl';
import type { Palette } from '../look/palette';
import { ARROW_ICON } from './arrow-icon';
import { BORDER_DASH, DASH, LINE_STYLES, roundCap, type LineStyle } from '../look/line-style';

/** Zoom below which the front arrowhead is drawn as a fixed-size icon rather than a triangle. */
export const ARROW_ICON_MAXZOOM = 4.5;

export const FONT_STACK = ['Noto Sans', 'Noto Sans KR'];

const active: ExpressionSpecification = ['boolean', ['feature-state', 'active'], false];

/** Mode colour for active legs, muted grey otherwise. */
export function legColour(p: Palette): ExpressionSpecification {
  return [
    'case',
    active,
    ['match', ['get', 'mode'], 'sea', p.sea, 'rail', p.rail, 'air', p.air, 'front', p.front, p.muted],
    p.muted,
  ];
}

function legWidth(base: number): DataDrivenPropertyValueSpecification<number> {
  return ['interpolate', ['linear'], ['zoom'], 1, ['case', active, base, base * 0.5], 6, ['case', active, base * 1.8, base * 0.9]];
}

/**
 * Which copy of a leg is seen: the active copy in the step's style; unlit, only the leg's own
 * copy (`base`), and not while a copy in another style is active over it ('hidden').
 */
const LEG_OPACITY: ExpressionSpecification = [
  'case',
  active,
  1,
  ['boolean', ['feature-state', 'hidden'], false],
  0,
  ['boolean', ['get', 'base'], false],
  0.75,
  0,
];

/** A line layer of the leg copies drawn in one line style. */
function legLayer(style: LineStyle, p: Palette, k = 1): LayerSpecification {
  const dash = DASH[style];
  return {
    id: `legs-${style}`,
    type: 'line',
    source: 'legs',
    filter: ['==', ['get', 'lineStyle'], style],
    layout: { 'line-cap': roundCap(style) ? 'round' : 'butt', 'line-join': 'round' },
    paint: {
      'line-color': legColour(p),
      'line-width': legWidth(3 * k),
      'line-opacity': LEG_OPACITY,
      ...(dash.length ? { 'line-dasharray': [...dash] } : {}),
    },
  };
}

/**
 * The source holding only the step's own places (its origin and destination). Their labels
 * are drawn by the topmost label layers, which maplibre places first, so at the continental
 * view Vostochny Port is named on the Vostochny step and Dunai on the Dunai steps, though
 * the two ports are only ~60 km apart; the same places' copies in the other label layers
 * are not drawn (text-opacity by feature-state, which the step sets anyway). A step change
 * re-sends one to three points. Before, a style global state in every label's sort key
 * re-laid out all the places on each step: ~130 ms more per step change on a software GPU
 * (median of 20 changes, 516 → 383 ms; bench: step change). Re-sending all the places instead kept ~0.1 MB of tile buffers alive
 * per playback loop (bench: heap).
 */
export const ACTIVE_PLACES_SOURCE = 'active-places';
/**
 * Its twin: a step change fills one and empties the other, in turn. maplibre keeps a label
 * that stays put (same text, same place, same layer) at the anchor it had, which would keep
 * Najin's label on the side it had on the last step; the new step's labels come in the other
 * layers, with no past, and take the anchors their side asks for.
 */
export const ACTIVE_PLACES_TWIN = 'active-places-2';
export const ACTIVE_PLACE_SOURCES = [ACTIVE_PLACES_SOURCE, ACTIVE_PLACES_TWIN] as const;

/** Dots and bilingual labels for one rank band of places. */
function placeLayers(band: string, filter: ExpressionSpecification, p: Palette, minzoom: number, k = 1): LayerSpecification[] {
  return [placeDots(band, filter, p, minzoom, k), ...labelLayers(band, filter, p, minzoom, k, 'places')];
}

type PlaceSource = 'places' | (typeof ACTIVE_PLACE_SOURCES)[number];

function labelLayers(band: string, filter: ExpressionSpecification, p: Palette, minzoom: number, k: number, source: PlaceSource): LayerSpecification[] {
  return [
    placeLabels(`${band}-west`, ['all', filter, notAirport, ['<', ['get', 'lon'], EAST_LON]], p, minzoom, WEST_ANCHORS, k, source),
    placeLabels(`${band}-east`, ['all', filter, notAirport, ['>=', ['get', 'lon'], EAST_LON]], p, minzoom, EAST_ANCHORS, k, source),
    placeLabels(`${band}-airport`, ['all', filter, ['==', ['get', 'kind'], 'airport']], p, minzoom, AIRPORT_ANCHORS, k, source),
  ];
}

/** Places east of this longitude label to their left first. */
export const EAST_LON = 120;
/**
 * An active place's feature property: the side of the step's frame it is on ('west' | 'east').
 * Its label points into the frame (a place on the frame's west edge is named to its right),
 * so the step's own names are never cut by the map's edge: maplibre's variable anchors do
 * not look at the viewport, and an active label, placed first, always gets its first anchor.
 */
export const LABEL_SIDE = 'labelSide';
const RADIAL_EM = 0.7;
type Anchor = 'left' | 'right' | 'top' | 'bottom';
const WEST_ANCHORS: Anchor[] = ['left', 'right', 'top', 'bottom'];
// Eastern places (the ports) sit near the map's right edge: labels on their left first.
const EAST_ANCHORS: Anchor[] = ['right', 'top', 'bottom', 'left'];
// "Pyongyang Sunan Airport" is long and ends the air leg at a frame's edge: centred under its dot first.
const AIRPORT_ANCHORS: Anchor[] = ['top', 'bottom', 'left', 'right'];
const notAirport: ExpressionSpecification = ['!=', ['get', 'kind'], 'airport'];

type ActiveAnchor = Anchor | 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';
/** Where an active place is (LABEL_SIDE): its side of the frame, and above or below the other active place on that side. */
export type LabelSide = 'west' | 'east' | 'west-upper' | 'west-lower' | 'east-upper' | 'east-lower';
/**
 * An active label's anchors: into the frame first, then centred, then outward. Two active places on
 * the same side (Najin and Dunai a few pixels apart at the continental view) stack: the upper
 * one named above its dot and the lower one below, both on the inward side.
 */
const ACTIVE_ANCHORS: Record<LabelSide, ActiveAnchor[]> = {
  west: ['left', 'bottom-left', 'top-left', 'bottom', 'top', 'right'],
  east: ['right', 'bottom-right', 'top-right', 'bottom', 'top', 'left'],
  'west-upper': ['bottom-left', 'left', 'bottom', 'top-left', 'top', 'right'],
  'west-lower': ['top-left', 'left', 'top', 'bottom-left', 'bottom', 'right'],
  'east-upper': ['bottom-right', 'right', 'bottom', 'top-right', 'top', 'left'],
  'east-lower': ['top-right', 'right', 'top', 'bottom-right', 'bottom', 'left'],
};

/** text-variable-anchor-offset for anchors at the radial offset the other labels use (corners on the diagonal). */
function anchorOffsets(anchors: ActiveAnchor[]): (ActiveAnchor | [number, number])[] {
  const d = RADIAL_EM / Math.SQRT2;
  const at: Record<ActiveAnchor, [number, number]> = {
    left: [RADIAL_EM, 0],
    right: [-RADIAL_EM, 0],
    top: [0, RADIAL_EM],
    bottom: [0, -RADIAL_EM],
    'top-left': [d, d],
    'top-right': [-d, d],
    'bottom-left': [d, -d],
    'bottom-right': [-d, -d],
  };
  return anchors.flatMap((a) => [a, at[a]]);
}
const activeAnchors = (side: LabelSide): ExpressionSpecification => ['literal', anchorOffsets(ACTIVE_ANCHORS[side])] as ExpressionSpecification;
const sideAnchors: ExpressionSpecification = [
  'match',
  ['get', LABEL_SIDE],
  'west',
  activeAnchors('west'),
  'west-upper',
  activeAnchors('west-upper'),
  'west-lower',
  activeAnchors('west-lower'),
  'east-upper',
  activeAnchors('east-upper'),
  'east-lower',
  activeAnchors('east-lower'),
  activeAnchors('east'),
];

function placeDots(band: string, filter: ExpressionSpecification, p: Palette, minzoom: number, k = 1): LayerSpecification {
  const isActive: ExpressionSpecification = ['boolean', ['feature-state', 'active'], false];
  return {
      id: `places-dot-${band}`,
      type: 'circle',
      source: 'places',
      filter,
      minzoom,
      paint: {
        'circle-color': ['match', ['get', 'kind'], 'port', p.port, 'depot', p.depot, 'airport', p.air, p.city],
        'circle-radius': ['case', isActive, 7 * k, ['match', ['get', 'rank'], 1, 5 * k, 2, 4 * k, 3 * k]],
        'circle-stroke-color': p.halo,
        'circle-stroke-width': ['case', isActive, 3 * k, 1.5 * k],
      },
    };
}

/**
 * The active labels' opacity: 1 (no active feature has an `opacity`), but read from the data on
 * purpose. maplibre compiles a shader program per combination of constant and data-driven
 * paint properties; with a constant opacity the active labels needed a text program of their
 * own, compiled when the first step is drawn (521 ms on a software GPU, in the first step
 * change), while this way they share the other labels' program, compiled with the first map
 * (browser test: "no step compiles a new one").
 */
const ACTIVE_OPACITY: ExpressionSpecification = ['number', ['get', 'opacity'], 1];

function placeLabels(band: string, filter: ExpressionSpecification, p: Palette, minzoom: number, anchors: Anchor[], k: number, source: PlaceSource): LayerSpecification {
  const stepOwn = source !== 'places';
  return {
      id: `places-label-${band}`,
      type: 'symbol',
      source,
      filter,
      minzoom,
      layout: {
        'text-field': ['format', ['get', 'labelMain'], {}, '\n', {}, ['get', 'labelLocal'], { 'font-scale': 0.85 }],
        'text-font': FONT_STACK,
        'text-size': ['match', ['get', 'rank'], 1, 14 * k, 2, 13 * k, 12 * k],
        'text-variable-anchor': anchors,
        'text-radial-offset': 0.7,
        'text-justify': 'auto',
        'symbol-sort-key': ['get', 'rank'],
        'text-padding': 2,
        // An active label points into the step's frame (LABEL_SIDE); this takes precedence over the two above.
        ...(stepOwn && anchors !== AIRPORT_ANCHORS ? { 'text-variable-anchor-offset': sideAnchors } : {}),
      },
      paint: {
        'text-color': p.text,
        'text-halo-color': p.halo,
        'text-halo-width': 1.8 * Math.sqrt(k),
        // The step's own places are named by the active layers (ACTIVE_PLACES_SOURCE); their copy here
        // is not drawn, nor are the names crowding them (bind-map's crowdedPlaces).
        'text-opacity': stepOwn ? ACTIVE_OPACITY : ['case', ['any', active, ['boolean', ['feature-state', 'crowded'], false]], 0, 1],
      },
    };
}

/** Every layer of the map, bottom to top. */
export function buildLayers(p: Palette, k = 1): LayerSpecification[] {
  return [
    { id: 'ocean', type: 'background', paint: { 'background-color': p.ocean } },
    { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': p.land, 'fill-antialias': true } },
    // The 10m inset fills a hole cut in the 50m land, so no coastline outline is drawn:
    // it would trace the hole's edges.
    { id: 'land-inset', type: 'fill', source: 'land-inset', paint: { 'fill-color': p.land, 'fill-antialias': true } },
    { id: 'lakes', type: 'fill', source: 'lakes', paint: { 'fill-color': p.lake } },
    {
      id: 'borders',
      type: 'line',
      source: 'borders',
      paint: { 'line-color': p.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.6, 6, 1.4], 'line-dasharray': [...BORDER_DASH] },
    },
    // Outline of the port inset's extent, visible only when zoomed out (a locator frame).
    { id: 'inset-box', type: 'line', source: 'inset-box', maxzoom: 5, paint: { 'line-color': p.text, 'line-width': 1, 'line-opacity': 0.7 } },
    {
      id: 'legs-casing',
      type: 'line',
      source: 'legs',
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': p.casing, 'line-width': legWidth(6 * k), 'line-opacity': ['case', active, 0.9, 0] },
    },
    ...LINE_STYLES.map((style) => legLayer(style, p, k)),
    {
      id: 'front-arrowhead',
      type: 'fill',
      source: 'arrowhead',
      filter: ['==', ['geometry-type'], 'Polygon'],
      minzoom: ARROW_ICON_MAXZOOM,
      paint: { 'fill-color': ['case', active, p.front, p.muted] },
    },
    {
      id: 'rail-label',
      type: 'symbol',
      source: 'legs',
      filter: ['all', ['==', ['get', 'mode'], 'rail'], ['boolean', ['get', 'base'], false]],
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 420,
        'text-field': ['get', 'lineLabel'],
        'text-font': FONT_STACK,
        'text-size': 12 * k,
        'text-offset': [0, -0.9],
        'text-max-angle': 30,
      },
      paint: { 'text-color': p.rail, 'text-halo-color': p.halo, 'text-halo-width': 1.6 * Math.sqrt(k) },
    },
    ...placeLayers('major', ['<=', ['get', 'rank'], 2], p, 0, k),
    {
      id: 'marker',
      type: 'circle',
      source: 'marker',
      paint: {
        // Sizes read from the data with their defaults (the marker has none), as ACTIVE_OPACITY:
        // the marker then shares the place dots' compiled program instead of compiling its
        // own when it first appears (40-80 ms of the first step with a route, software GPU).
        'circle-radius': ['number', ['get', 'radius'], 8 * k],
        'circle-color': ['match', ['get', 'mode'], 'sea', p.sea, 'rail', p.rail, 'air', p.air, p.front],
        'circle-stroke-color': p.casing,
        'circle-stroke-width': ['number', ['get', 'strokeWidth'], 3 * k],
      },
    },
    {
      // Below this zoom the ~140 km front leg is a few pixels long: a fixed-size arrowhead
      // icon, pushed out along the leg's bearing and drawn over the place dots and the marker
      // (which comes to rest at the leg's end) so neither hides it.
      id: 'front-arrow-icon',
      type: 'symbol',
      source: 'arrowhead',
      filter: ['==', ['geometry-type'], 'Point'],
      maxzoom: ARROW_ICON_MAXZOOM,
      layout: {
        'icon-image': ARROW_ICON,
        'icon-size': 0.85 * k,
        'icon-rotate': ['get', 'bearing'],
        'icon-rotation-alignment': 'map',
        'icon-offset': [0, -16],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: { 'icon-color': ['case', active, p.front, p.muted], 'icon-halo-color': p.halo, 'icon-halo-width': 1.5 },
    },
    ...placeLayers('minor', ['>=', ['get', 'rank'], 3], p, 2.8, k),
    // The step's own places (ACTIVE_PLACES_SOURCE), topmost so placed first: named before their neighbours.
    ...ACTIVE_PLACE_SOURCES.flatMap((source, i) => {
      const name = i === 0 ? 'active' : `active${i + 1}`;
      return [
        ...labelLayers(`${name}-major`, ['<=', ['get', 'rank'], 2], p, 0, k, source),
        ...labelLayers(`${name}-minor`, ['>=', ['get', 'rank'], 3], p, 2.8, k, source),
      ];
    }),
  ];
}

/**
 * Paint properties that change with the theme and the presenter scale: [layer, property, value].
 * `k` scales line widths, dots and halos (presenter mode draws thicker for projectors).
 */
export function themePaint(p: Palette, k = 1): [string, string, unknown][] {
  const out: [string, string, unknown][] = [];
  for (const layer of buildLayers(p, k)) {
    const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {};
    for (const [key, v] of Object.entries(paint)) out.push([layer.id, key, v]);
  }
  return out;
}

/** Layout properties that change with the presenter scale (label and icon sizes): [layer, property, value]. */
export function scaleLayout(p: Palette, k = 1): [string, string, unknown][] {
  const out: [string, string, unknown][] = [];
  for (const layer of buildLayers(p, k)) {
    const layout = (layer as { layout?: Record<string, unknown> }).layout ?? {};
    for (const key of ['text-size', 'icon-size']) if (layout[key] !== undefined) out.push([layer.id, key, layout[key]]);
  }
  return out;
}
