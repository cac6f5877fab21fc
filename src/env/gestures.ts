/** maplibre's cooperative-gesture hints in the UI language (its defaults are English only). */
import type { Lang } from '../model/types';
import { t } from '../i18n';

/** The `locale` option for maplibre's Map: the cooperative-gesture hints, the canvas name and the zoom buttons. */
export function gestureLocale(lang: Lang): Record<string, string> {
  return {
    'CooperativeGesturesHandler.WindowsHelpText': t(lang, 'map.gestures.windows'),
    'CooperativeGesturesHandler.MacHelpText': t(lang, 'map.gestures.mac'),
    'CooperativeGesturesHandler.MobileHelpText': t(lang, 'map.gestures.mobile'),
    // The canvas's accessible name and the zoom buttons' names (set when the map is created,
    // relabelled on a language switch by map/map-locale.ts).
    'Map.Title': t(lang, 'map.canvasLabel'),
    'NavigationControl.ZoomIn': t(lang, 'map.zoomIn'),
    'NavigationControl.ZoomOut': t(lang, 'map.zoomOut'),
  };
}
