/**
 * A read-only view of the live map for browser tests (window.__shellRouteMap): it can
 * look, never steer. The controller tells it which map is live.
 */
import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';

let current: MlMap | null = null;

/** The controller's live map (null when none is bound). */
export function probeMap(map: MlMap | null): void {
  current = map;
}

/** Forgets `map` if it is the one probed (a StrictMode remount may probe another first). */
export function unprobeMap(map: MlMap | null): void {
  if (map && current === map) current = null;
}

export interface MapProbe {
  /** The camera now, or null when no map is bound. */
  camera: () => { lng: number; lat: number; zoom: number; moving: boolean } | null;
  /** Where a lon/lat point is drawn in the map's frame (CSS px), or null when no map is bound. */
  project: (lon: number, lat: number) => [number, number] | null;
  /** The moving marker's position ([lon, lat]), or null when none is drawn. */
  marker: () => Promise<[number, number] | null>;
}

const probe: MapProbe = Object.freeze({
  camera: () => {
    if (!current) return null;
    const c = current.getCenter();
    return { lng: c.lng, lat: c.lat, zoom: current.getZoom(), moving: current.isMoving() };
  },
  project: (lon: number, lat: number): [number, number] | null => {
    if (!current) return null;
    const p = current.project([lon, lat]);
    return [p.x, p.y];
  },
  marker: async (): Promise<[number, number] | null> => {
    const source = current?.getSource('marker') as GeoJSONSource | undefined;
    if (!source) return null;
    const data = await source.getData();
    const feature = data.type === 'FeatureCollection' ? data.features[0] : data.type === 'Feature' ? data : undefined;
    const g = feature?.geometry;
    return g?.type === 'Point' ? [g.coordinates[0] ?? NaN, g.coordinates[1] ?? NaN] : null;
  },
});

if (typeof window !== 'undefined' && !Object.prototype.hasOwnProperty.call(window, '__shellRouteMap')) {
  Object.defineProperty(window, '__shellRouteMap', { value: probe, enumerable: false, writable: false, configurable: true });
}
