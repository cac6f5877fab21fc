/**
 * The options the app's maplibre map and the benchmark's bare maplibre share. The camera
 * plans per step are svg/framing.ts, shared with the SVG map.
 */
import type { MapOptions } from 'maplibre-gl';
import { MAX_BOUNDS } from '../svg/framing';

/**
 * The map options the app and the benchmark's bare-maplibre baseline share: pan limits, no
 * rotation or pitch (a flat schematic), no attribution control (credits are in the page),
 * Korean labels in the bundled font, and no label fade (a step is ready when it is drawn).
 */
export const SHARED_MAP_OPTIONS = {
  maxBounds: MAX_BOUNDS,
  attributionControl: false,
  dragRotate: false,
  pitchWithRotate: false,
  touchPitch: false,
  maxPitch: 0,
  localIdeographFontFamily: '"Noto Sans KR", sans-serif',
  fadeDuration: 0,
} satisfies Partial<MapOptions>;
