/** The bundled basemap files (data/basemap, hashed by the build): the full files for the detailed map and the handout, light ones for the SVG map. */
import landUrl from '../../data/basemap/land.json?url';
import landInsetUrl from '../../data/basemap/land-inset.json?url';
import lakesUrl from '../../data/basemap/lakes.json?url';
import bordersUrl from '../../data/basemap/borders.json?url';
import landLoUrl from '../../data/basemap/land-lo.json?url';
import lakesLoUrl from '../../data/basemap/lakes-lo.json?url';
import bordersLoUrl from '../../data/basemap/borders-lo.json?url';

/** Absolute URLs of the basemap files (the worker cannot resolve relative ones). */
export function basemapUrls(base: string): Record<string, string> {
  const abs = (u: string) => new URL(u, base).href;
  return { land: abs(landUrl), 'land-inset': abs(landInsetUrl), lakes: abs(lakesUrl), borders: abs(bordersUrl) };
}

/**
 * The SVG map's light files (scripts/data/build-basemap.ts *-lo.json: 110m land and borders,
 * the larger lakes, 1 km coordinates; ~24 KB gzip against ~124 KB), with the 10m port inset.
 */
export function lightBasemapUrls(base: string): Record<string, string> {
  const abs = (u: string) => new URL(u, base).href;
  return { land: abs(landLoUrl), 'land-inset': abs(landInsetUrl), lakes: abs(lakesLoUrl), borders: abs(bordersLoUrl) };
}
