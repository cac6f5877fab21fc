/**
 * maplibre's own UI strings in the UI language. The Map's `locale` option (gestureLocale)
 * names its controls when the map is created; a language switch must not recreate the
 * map, so this relabels the live controls in place and patches the map's string table
 * for anything it builds later. The canvas is also tied to the map's text description.
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { Lang } from '../model/types';
import { gestureLocale } from '../env/gestures';
import { MAP_SUMMARY_ID } from '../ui/ids';

/** Buttons maplibre may have put in the map, with the string that names each. */
const BUTTONS: [selector: string, key: string][] = [
  ['.maplibregl-ctrl-zoom-in', 'NavigationControl.ZoomIn'],
  ['.maplibregl-ctrl-zoom-out', 'NavigationControl.ZoomOut'],
];

/** Relabels the canvas, the zoom buttons and the cooperative-gesture hints for `lang`. */
export function relabelMap(map: MlMap, lang: Lang): void {
  const strings = gestureLocale(lang);
  // Later UI (a control added after a switch) reads this table.
  Object.assign(map._locale, strings);
  const canvas = map.getCanvas();
  canvas.setAttribute('aria-label', strings['Map.Title'] ?? '');
  canvas.setAttribute('aria-describedby', MAP_SUMMARY_ID);
  const root = map.getContainer();
  for (const [selector, key] of BUTTONS) {
    const label = strings[key];
    if (!label) continue;
    for (const b of root.querySelectorAll<HTMLElement>(selector)) {
      b.title = label;
      b.setAttribute('aria-label', label);
    }
  }
  const mac = typeof navigator !== 'undefined' && navigator.userAgent.includes('Mac');
  const desktop = root.querySelector('.maplibregl-desktop-message');
  const mobile = root.querySelector('.maplibregl-mobile-message');
  const desktopText = strings[mac ? 'CooperativeGesturesHandler.MacHelpText' : 'CooperativeGesturesHandler.WindowsHelpText'];
  const mobileText = strings['CooperativeGesturesHandler.MobileHelpText'];
  if (desktop && desktopText) desktop.textContent = desktopText;
  if (mobile && mobileText) mobile.textContent = mobileText;
}
