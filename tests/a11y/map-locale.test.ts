// @vitest-environment jsdom
/**
 * maplibre's own labels follow the UI language (src/map/map-locale.ts) on the live map:
 * the zoom buttons, the canvas name and description, the cooperative-gesture hints and
 * the string table maplibre reads for anything it builds later.
 */
import { describe, expect, it } from 'vitest';
import type { Map as MlMap } from 'maplibre-gl';
import { relabelMap } from '../../src/map/map-locale';
import { MAP_SUMMARY_ID } from '../../src/ui/ids';
import en from '../../src/i18n/en.json';
import ko from '../../src/i18n/ko.json';
import ru from '../../src/i18n/ru.json';

/** The DOM maplibre builds (canvas, navigation control, gesture screen) and the two methods relabelMap uses. */
function fakeMap(): { map: MlMap; root: HTMLElement; locale: Record<string, string> } {
  const el = (tag: string, cls: string, attrs: Record<string, string> = {}, ...kids: (Node | string)[]) => {
    const e = document.createElement(tag);
    e.className = cls;
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    e.append(...kids);
    return e;
  };
  const root = el(
    'div',
    'maplibregl-map',
    {},
    el(
      'div',
      'maplibregl-canvas-container',
      {},
      el('canvas', 'maplibregl-canvas', { 'aria-label': 'Map', role: 'region' }),
      el(
        'div',
        'maplibregl-cooperative-gesture-screen',
        {},
        el('div', 'maplibregl-desktop-message', {}, 'Use Ctrl + scroll to zoom the map'),
        el('div', 'maplibregl-mobile-message', {}, 'Use two fingers to move the map'),
      ),
    ),
    el(
      'div',
      'maplibregl-ctrl maplibregl-ctrl-group',
      {},
      el('button', 'maplibregl-ctrl-zoom-in', { title: 'Zoom in', 'aria-label': 'Zoom in' }),
      el('button', 'maplibregl-ctrl-zoom-out', { title: 'Zoom out', 'aria-label': 'Zoom out' }),
    ),
  );
  const locale: Record<string, string> = { 'NavigationControl.ZoomIn': 'Zoom in', 'Popup.Close': 'Close popup' };
  const canvas = root.querySelector('canvas')!;
  const map = { _locale: locale, getCanvas: () => canvas, getContainer: () => root } as unknown as MlMap;
  return { map, root, locale };
}

describe('relabelMap', () => {
  it('names the zoom buttons, the canvas and the gesture hints in the new language', () => {
    const { map, root } = fakeMap();
    relabelMap(map, 'ko');
    const zoomIn = root.querySelector<HTMLButtonElement>('.maplibregl-ctrl-zoom-in')!;
    const zoomOut = root.querySelector<HTMLButtonElement>('.maplibregl-ctrl-zoom-out')!;
    expect(zoomIn.title).toBe(ko['map.zoomIn']);
    expect(zoomIn.getAttribute('aria-label')).toBe(ko['map.zoomIn']);
    expect(zoomOut.getAttribute('aria-label')).toBe(ko['map.zoomOut']);
    const canvas = root.querySelector('canvas')!;
    expect(canvas.getAttribute('aria-label')).toBe(ko['map.canvasLabel']);
    expect(canvas.getAttribute('aria-describedby')).toBe(MAP_SUMMARY_ID);
    expect(root.querySelector('.maplibregl-desktop-message')?.textContent).toBe(ko['map.gestures.windows']);
    expect(root.querySelector('.maplibregl-mobile-message')?.textContent).toBe(ko['map.gestures.mobile']);
  });

  it('patches the string table in place, keeping keys it does not translate', () => {
    const { map, locale } = fakeMap();
    relabelMap(map, 'ru');
    expect(map._locale).toBe(locale);
    expect(locale['NavigationControl.ZoomIn']).toBe(ru['map.zoomIn']);
    expect(locale['Popup.Close']).toBe('Close popup');
  });

  it('switches back to English', () => {
    const { map, root } = fakeMap();
    relabelMap(map, 'ru');
    relabelMap(map, 'en');
    expect(root.querySelector('.maplibregl-ctrl-zoom-out')?.getAttribute('title')).toBe(en['map.zoomOut']);
    expect(root.querySelector('canvas')?.getAttribute('aria-label')).toBe(en['map.canvasLabel']);
  });
});
