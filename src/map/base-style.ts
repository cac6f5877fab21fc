/**
 * The complete map style: offline basemap (our own hashed JSON assets, fetched by the
 * worker), route sources from the dataset, and every layer. No glyphs URL: labels are
 * drawn from locally loaded fonts (maplibre ≥ 5.11), so the map makes no third-party request.
 */
import type { StyleSpecification, GeoJSONSourceSpecification } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { Certainty, Dataset, Lang, Place } from '../model/types';
import { cappedLegs } from '../model/drawn-certainty';
import { lineStyleOf } from '../look/line-style';
import type { BBox, RouteGeometry } from '../geo/route';
import type { Palette } from '../look/palette';
import { buildLayers, EAST_LON, LABEL_SIDE, ACTIVE_PLACES_SOURCE, ACTIVE_PLACES_TWIN, type LabelSide } from './layers';
import { INSET_BOX } from './inset-projection';
import { arrowTipAt } from '../geo/route';


/** The script a place's local name is in: Hangul in North Korea, Cyrillic elsewhere on this map. */
export function localLang(place: Place): Lang {
  return place.country === 'KP' ? 'ko' : 'ru';
}

/** Places as points with label text for the current language (`only`: just these ids). */
export function placesCollection(dataset: Dataset, lang: Lang, only?: readonly string[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: (only ? dataset.places.filter((p) => only.includes(p.id)) : dataset.places).map((p) => {
      const main = p.names[lang];
      const local = p.names[localLang(p)];
      return {
        type: 'Feature',
        properties: {
          id: p.id,
          kind: p.kind,
          rank: p.rank,
          lon: p.coord[0],
          labelMain: main,
          labelLocal: local === main ? '' : local,
        },
        geometry: { type: 'Point', coordinates: p.coord },
      };
    }),
  };
}

/**
 * The step's own places (`ids`) for the active-places source, each with where its label goes
 * (LABEL_SIDE): the side of the step's frame it is on (without a frame, the side its
 * longitude gives the other labels), and, when both active places are on one side, which is upper.
 */
export function activePlacesCollection(dataset: Dataset, lang: Lang, ids: readonly string[], frame?: BBox): FeatureCollection {
  const mid = frame ? (frame[0] + frame[2]) / 2 : EAST_LON;
  const c = placesCollection(dataset, lang, ids);
  const at = c.features.map((f) => (f.geometry as Point).coordinates as [number, number]);
  const side = (lon: number) => (lon < mid ? 'west' : 'east');
  c.features.forEach((f, i) => {
    const [lon, lat] = at[i] ?? [0, 0];
    const other = at.find((_, j) => j !== i && side(at[j]?.[0] ?? 0) === side(lon));
    const value: LabelSide = other ? `${side(lon)}-${lat >= other[1] ? 'upper' : 'lower'}` : side(lon);
    f.properties = { ...f.properties, [LABEL_SIDE]: value };
  });
  return c;
}

/** Legs with a line label for the illustrative rail corridor. */
export function legsCollection(dataset: Dataset, railLabel: string): FeatureCollection {
  const byId = new Map(dataset.legs.map((l) => [l.properties.id, l]));
  // Each leg once in its own style (`base`), plus a copy per lower certainty some step draws it
  // with (drawn-certainty.ts): a step lights the copy in its style (bind-map.ts).
  const copies = [
    ...dataset.legs.map((l) => ({ leg: l, certainty: l.properties.certainty, id: l.properties.id, base: true })),
    ...cappedLegs(dataset).flatMap(({ id, certainty }) => {
      const leg = byId.get(id);
      return leg ? [{ leg, certainty, id: legCopyId(id, certainty), base: false }] : [];
    }),
  ];
  return {
    type: 'FeatureCollection',
    features: copies.map(({ leg, certainty, id, base }) => ({
      ...leg,
      properties: {
        ...leg.properties,
        id,
        base,
        lineStyle: lineStyleOf(leg.properties.mode, certainty),
        lineLabel: leg.properties.mode === 'rail' ? railLabel : '',
      },
    })) as FeatureCollection['features'],
  };
}

/** The feature id of a leg's copy in a lower certainty (its own copy keeps the leg's id). */
export function legCopyId(legId: string, certainty: Certainty): string {
  return `${legId}@${certainty}`;
}

/** The front arrowhead's triangle and its tip point (with the bearing for the icon). */
export function arrowFeatures(dataset: Dataset, geometry: RouteGeometry): FeatureCollection['features'] {
  const front = dataset.legs.find((l) => l.properties.mode === 'front');
  const tip = front ? arrowTipAt(front.geometry.coordinates as [number, number][]) : null;
  return [geometry.arrowhead, tip].filter((f) => f !== null);
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Builds the whole style for a dataset, theme and language. */
export function buildStyle(opts: {
  dataset: Dataset;
  geometry: RouteGeometry;
  palette: Palette;
  lang: Lang;
  railLabel: string;
  basemap: Record<string, string>;
  /** The active-places source the map opens with (activePlacesCollection); empty by default. */
  active?: FeatureCollection;
}): StyleSpecification {
  const geo = (data: GeoJSONSourceSpecification['data'], promote = false): GeoJSONSourceSpecification => ({
    type: 'geojson',
    data,
    ...(promote ? { promoteId: 'id' } : {}),
  });
  return {
    version: 8,
    name: 'shell-route',
    sources: {
      land: geo(opts.basemap.land ?? EMPTY),
      'land-inset': geo(opts.basemap['land-inset'] ?? EMPTY),
      lakes: geo(opts.basemap.lakes ?? EMPTY),
      borders: geo(opts.basemap.borders ?? EMPTY),
      legs: geo(legsCollection(opts.dataset, opts.railLabel), true),
      places: geo(placesCollection(opts.dataset, opts.lang), true),
      // The step's own places (layers.ts); the binding keeps it in step.
      [ACTIVE_PLACES_SOURCE]: geo(opts.active ?? EMPTY),
      [ACTIVE_PLACES_TWIN]: geo(EMPTY),
      // The front arrowhead twice, sharing one id (so one feature-state): a triangle on the
      // ground for close views and a point for the fixed-size icon at the continental view.
      arrowhead: geo({ type: 'FeatureCollection', features: arrowFeatures(opts.dataset, opts.geometry) }, true),
      marker: geo(EMPTY),
      'inset-box': geo({
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'LineString',
          coordinates: [
            [INSET_BOX[0], INSET_BOX[1]],
            [INSET_BOX[2], INSET_BOX[1]],
            [INSET_BOX[2], INSET_BOX[3]],
            [INSET_BOX[0], INSET_BOX[3]],
            [INSET_BOX[0], INSET_BOX[1]],
          ],
        },
      }),
    },
    layers: buildLayers(opts.palette),
  };
}
