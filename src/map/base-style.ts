/**
 * The complete map style: offline basemap (our own hashed JSON assets, fetched by the
 * worker), route sources from the dataset, and every layer. No glyphs URL: labels are
 * drawn from locally loaded fonts (maplibre ≥ 5.11), so the map makes no third-party request.
 */
import type { StyleSpecification, GeoJSONSourceSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { Dataset, Lang, Place } from '../model/types';
import type { RouteGeometry } from '../geo/route';
import type { Palette } from './palette';
import { buildLayers, LIT_PLACE_STATE } from './layers';
import { INSET_BOX } from './inset-projection';
import { arrowTipAt } from '../geo/route';
import landUrl from '../../data/basemap/land.json?url';
import landInsetUrl from '../../data/basemap/land-inset.json?url';
import lakesUrl from '../../data/basemap/lakes.json?url';
import bordersUrl from '../../data/basemap/borders.json?url';

/** Absolute URLs of the basemap files (the worker cannot resolve relative ones). */
export function basemapUrls(base: string): Record<string, string> {
  const abs = (u: string) => new URL(u, base).href;
  return { land: abs(landUrl), 'land-inset': abs(landInsetUrl), lakes: abs(lakesUrl), borders: abs(bordersUrl) };
}

/** The script a place's local name is in: Hangul in North Korea, Cyrillic elsewhere on this map. */
export function localLang(place: Place): Lang {
  return place.country === 'KP' ? 'ko' : 'ru';
}

/** Places as points with label text for the current language. */
export function placesCollection(dataset: Dataset, lang: Lang): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: dataset.places.map((p) => {
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

/** Legs with a line label for the illustrative rail corridor. */
export function legsCollection(dataset: Dataset, railLabel: string): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: dataset.legs.map((l) => ({
      ...l,
      properties: { ...l.properties, lineLabel: l.properties.mode === 'rail' ? railLabel : '' },
    })) as FeatureCollection['features'],
  };
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
}): StyleSpecification {
  const geo = (data: GeoJSONSourceSpecification['data'], promote = false): GeoJSONSourceSpecification => ({
    type: 'geojson',
    data,
    ...(promote ? { promoteId: 'id' } : {}),
  });
  return {
    version: 8,
    name: 'shell-route',
    state: { [LIT_PLACE_STATE]: { default: '' } },
    sources: {
      land: geo(opts.basemap.land ?? EMPTY),
      'land-inset': geo(opts.basemap['land-inset'] ?? EMPTY),
      lakes: geo(opts.basemap.lakes ?? EMPTY),
      borders: geo(opts.basemap.borders ?? EMPTY),
      legs: geo(legsCollection(opts.dataset, opts.railLabel), true),
      places: geo(placesCollection(opts.dataset, opts.lang), true),
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
