/**
 * Where tools that need the live map (image export, print) find it. MapView registers
 * its map once loaded and withdraws it on removal; the store never holds the map.
 */
import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';

let current: MlMap | null = null;

/** Registers the loaded map (MapView only). */
export function registerMap(map: MlMap): void {
  current = map;
}

/** Withdraws a map if it is the registered one (a StrictMode remount may register another first). */
export function unregisterMap(map: MlMap | null): void {
  if (map && current === map) current = null;
}

/** The live map, or null before it loads, after it is removed, or on the static fallback. */
export function getMap(): MlMap | null {
  return current;
}

/** A read-only view of the live map for browser tests (window.__shellRouteMap); it can look, never steer. */
export interface MapProbe {
  /** The camera now, or null when no map is registered. */
  camera: () => { lng: number; lat: number; zoom: number; moving: boolean } | null;
  /** The moving marker's position ([lon, lat]), or null when none is drawn. */
  marker: () => Promise<[number, number] | null>;
}

const probe: MapProbe = Object.freeze({
  camera: () => {
    if (!current) return null;
    const c = current.getCenter();
    return { lng: c.lng, lat: c.lat, zoom: current.getZoom(), moving: current.isMoving() };
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
