import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useApp, useAppState } from '../state/context';
import { t } from '../i18n';
import { PALETTES } from './palette';
import { basemapUrls, buildStyle } from './base-style';
import { bindMap } from './bind-map';
import { loadMapFonts } from './fonts';
import { PortInset } from './PortInset';
import { registerMap, unregisterMap } from './map-registry';
import { canCreateWebGL, switchToFallback } from '../fallback/fallback';
import { inIframe } from '../state/history-sync';
import { gestureLocale } from '../embed/gestures';

// The static fallback is its own chunk: only browsers without WebGL download it.
const StaticMap = lazy(() => import('../fallback/StaticMap').then((m) => ({ default: m.StaticMap })));

/** Pan limits: the basemap's clip box (scripts/build-basemap.ts REGION), so the reader never pans off the drawn land. */
export const MAX_BOUNDS: [[number, number], [number, number]] = [
  [20, 30],
  [150, 80],
];

/** True when the browser can create a WebGL2 context (maplibre 5 needs WebGL2 for best results, 1 at least). */
export function canUseWebGL(): boolean {
  return canCreateWebGL();
}

const reducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Creates the map once, binds it to the store and removes it on unmount (StrictMode-safe). */
export function MapView() {
  const { store, dataset, geometry } = useApp();
  const lang = useAppState((s) => s.lang);
  const mapState = useAppState((s) => s.mapState);
  const errorMessage = useAppState((s) => s.errorMessage);
  const container = useRef<HTMLDivElement>(null);
  const [shownOnce, setShownOnce] = useState(false);
  if (mapState === 'ready' && !shownOnce) setShownOnce(true);

  useEffect(() => {
    let cancelled = false;
    let map: maplibregl.Map | null = null;
    let unbind: (() => void) | null = null;
    const el = container.current;
    if (!el) return;
    const fail = (message: string) => store.getState().setMapState('error', message);
    // Switching to the static map (no WebGL here, or later a lost context) frees this map's context.
    const unsubFallback = store.subscribe(
      (st) => st.mapState,
      (m) => {
        if (m !== 'fallback') return;
        unbind?.();
        unbind = null;
        unregisterMap(map);
        map?.remove();
        map = null;
      },
    );
    void (async () => {
      await loadMapFonts(dataset);
      if (cancelled) return;
      if (!canUseWebGL()) {
        switchToFallback(store, 'WebGL is not available in this browser.');
        return;
      }
      const s = store.getState();
      try {
        map = new maplibregl.Map({
          container: el,
          style: buildStyle({
            dataset,
            geometry,
            palette: PALETTES[s.theme],
            lang: s.lang,
            railLabel: t(s.lang, 'map.railLabel'),
            basemap: basemapUrls(document.baseURI),
          }),
          bounds: geometry.bounds[s.step] ?? geometry.bounds[0],
          fitBoundsOptions: { padding: 24 },
          maxBounds: MAX_BOUNDS,
          attributionControl: false,
          dragRotate: false,
          pitchWithRotate: false,
          touchPitch: false,
          maxPitch: 0,
          // In a frame, page scroll passes through; Ctrl/⌘ + wheel or two fingers move the map.
          cooperativeGestures: s.embed || inIframe(),
          locale: gestureLocale(s.lang),
          localIdeographFontFamily: '"Noto Sans KR", sans-serif',
          fadeDuration: 0,
        });
      } catch (e) {
        // maplibre throws here when the browser refuses a WebGL context (e.g. too many on the page).
        switchToFallback(store, e instanceof Error ? e.message : String(e));
        return;
      }
      map.touchZoomRotate.disableRotation();
      map.keyboard.disableRotation();
      map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-left');
      map.on('error', (e) => {
        // Before the first load an error (bad style, missing basemap asset) would leave a
        // blank map: say so. Later errors are logged and the map carries on.
        const message = e.error?.message ?? 'unknown map error';
        if (!map?.loaded()) fail(message);
        console.warn('map error:', message);
      });
      map.once('load', () => {
        if (cancelled || !map) return;
        unbind = bindMap(map, store, {
          dataset,
          geometry,
          reducedMotion,
          extraPadding: () => {
            const inset = el.parentElement?.querySelector('.port-inset');
            // Presenter labels are 1.75× larger: keep the westernmost ones (Rostov, the depot) inside.
            const side = store.getState().present ? 80 : 0;
            return { top: inset ? inset.getBoundingClientRect().height + 8 : 0, left: side, right: side * 1.75 };
          },
          railLabel: (l) => t(l === 'ko' || l === 'uk' || l === 'ru' ? l : 'en', 'map.railLabel'),
        });
        registerMap(map);
      });
    })();
    return () => {
      cancelled = true;
      unsubFallback();
      unbind?.();
      unregisterMap(map);
      map?.remove();
    };
  }, [store, dataset, geometry]);

  return (
    <div className="map-frame">
      <div ref={container} className="map" role="region" aria-label={t(lang, 'map.label')} aria-describedby="step-card" />
      {mapState === 'fallback' ? (
        <Suspense fallback={null}>
          <StaticMap />
        </Suspense>
      ) : null}
      {mapState === 'ready' || mapState === 'fallback' || shownOnce ? <PortInset /> : null}
      {mapState === 'loading' && !shownOnce ? (
        <p className="map-status" aria-hidden="true">
          {t(lang, 'map.loading')}
        </p>
      ) : null}
      {mapState === 'error' ? (
        <div className="map-error" role="alert">
          <p>
            <strong>{t(lang, 'map.error')}</strong> {errorMessage}
          </p>
        </div>
      ) : null}
    </div>
  );
}
