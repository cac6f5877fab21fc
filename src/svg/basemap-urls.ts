/** The bundled basemap files (data/basemap, hashed by the build): one list for the SVG map, the handout and the WebGL style. */
import landUrl from '../../data/basemap/land.json?url';
import landInsetUrl from '../../data/basemap/land-inset.json?url';
import lakesUrl from '../../data/basemap/lakes.json?url';
import bordersUrl from '../../data/basemap/borders.json?url';

/** Absolute URLs of the basemap files (the worker cannot resolve relative ones). */
export function basemapUrls(base: string): Record<string, string> {
  const abs = (u: string) => new URL(u, base).href;
  return { land: abs(landUrl), 'land-inset': abs(landInsetUrl), lakes: abs(lakesUrl), borders: abs(bordersUrl) };
}
