/**
 * Where tools that need the live map (image export, print) find it. MapView registers
 * its map once loaded and withdraws it on removal; the store never holds the map.
 */
import type { Map as MlMap } from 'maplibre-gl';

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
