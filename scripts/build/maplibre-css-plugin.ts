/**
 * Build plugin: trims maplibre-gl.css to the controls the map has. The stock stylesheet
 * styles every control maplibre ships (10 KB gzip), most of it inline SVG icons: the
 * MapLibre logo alone is 38 KB of the 70 KB, in several colour variants. The page creates
 * only the zoom buttons (NavigationControl without compass), no logo, popup, marker,
 * geolocation, fullscreen, globe, terrain or scale control, so their rules are dropped at
 * build time; every other rule is kept as maplibre wrote it. The bench's bare-maplibre
 * baseline keeps the stock file.
 */
import postcss, { type Root } from 'postcss';
import type { Plugin } from 'vite';

/** Class prefixes of controls and overlays the page never creates (src/map/controller.ts). */
export const UNUSED_MAPLIBRE_CLASSES = [
  'maplibregl-ctrl-logo',
  'maplibregl-ctrl-geolocate',
  'maplibregl-user-location',
  'maplibregl-ctrl-fullscreen',
  'maplibregl-ctrl-shrink',
  'maplibregl-pseudo-fullscreen',
  'maplibregl-ctrl-compass',
  'maplibregl-ctrl-globe',
  'maplibregl-ctrl-terrain',
  'maplibregl-ctrl-scale',
  'maplibregl-popup',
  'maplibregl-marker',
] as const;

// A class and its modifiers (.maplibregl-popup, .maplibregl-popup-anchor-top), not longer names.
const UNUSED = new RegExp(`\\.(?:${UNUSED_MAPLIBRE_CLASSES.join('|')})(?![a-z0-9_])`);

/** True when a selector styles one of the unused controls. */
export function selectsUnused(selector: string): boolean {
  return UNUSED.test(selector);
}

/** maplibre-gl.css without the rules (and selector-list items) that only style unused controls. */
export function trimMaplibreCss(css: string): string {
  const root: Root = postcss.parse(css);
  root.walkRules((rule) => {
    const keep = rule.selectors.filter((s) => !selectsUnused(s));
    if (keep.length === 0) rule.remove();
    else if (keep.length !== rule.selectors.length) rule.selectors = keep;
  });
  // Animations only the dropped controls ran (the geolocate spinner, the location pulse).
  const animated = new Set<string>();
  root.walkDecls(/^animation(-name)?$/, (d) => {
    for (const word of d.value.split(/[\s,]+/)) animated.add(word);
  });
  root.walkAtRules('keyframes', (at) => {
    if (!animated.has(at.params)) at.remove();
  });
  // At-rules (media queries) left with no rules inside.
  root.walkAtRules((at) => {
    if (at.nodes && at.nodes.length === 0) at.remove();
  });
  return root.toString();
}

const MAPLIBRE_CSS = /[\\/]maplibre-gl[\\/]dist[\\/]maplibre-gl\.css$/;

export function maplibreCssTrim(): Plugin {
  return {
    name: 'shell-route-maplibre-css-trim',
    enforce: 'pre',
    transform(code, id) {
      if (!MAPLIBRE_CSS.test(id.split('?')[0] ?? id)) return null;
      return { code: trimMaplibreCss(code), map: null };
    },
  };
}
