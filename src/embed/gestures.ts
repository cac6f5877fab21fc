/** maplibre's cooperative-gesture hints in the UI language (its defaults are English only). */
import type { Lang } from '../model/types';
import { t } from '../i18n';

/** The `locale` option for maplibre's Map: only the cooperative-gesture strings. */
export function gestureLocale(lang: Lang): Record<string, string> {
  return {
    'CooperativeGesturesHandler.WindowsHelpText': t(lang, 'map.gestures.windows'),
    'CooperativeGesturesHandler.MacHelpText': t(lang, 'map.gestures.mac'),
    'CooperativeGesturesHandler.MobileHelpText': t(lang, 'map.gestures.mobile'),
  };
}
