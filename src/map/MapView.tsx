import { lazy, Suspense, useLayoutEffect, useRef, useState } from 'react';
import maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useApp, useAppState } from '../state/context';
import { t } from '../i18n';
import { PALETTES } from './palette';
import { basemapUrls, buildStyle } from './base-style';
import { bindMap, openingShot, padding } from './bind-map';
import { loadMapFonts } from './fonts';
import { PortInset } from './PortInset';
import { registerMap, unregisterMap } from './map-registry';
import { switchToFallback } from '../fallback/fallback';
import { inIframe } from '../state/history-sync';
import { gestureLocale } from '../embed/gestures';
import { MAP_SUMMARY_ID, relabelMap } from './map-locale';
import { MapDescription } from '../a11y/A11y';
import { RESTORE_TIMEOUT_MS, watchContextLoss } from './context-loss';
import { provideArrowIcon } from './arrow-icon';

// The static fallback is its own chunk: only browsers without WebGL download it.
const StaticMap = lazy(() => import('../fallback/StaticMap').then((m) => ({ default: m.StaticMap })));

/** Pan limits: the basemap's clip box (scripts/build-basemap.ts REGION), so the reader never pans off the drawn land. */
export const MAX_BOUNDS: [[number, number], [number, number]] = [
  [20, 30],
  [150, 80],
];

/**
 * False when the browser has no WebGL at all. Deliberately not a probe context: creating
 * one costs as much as the map's own (≈1 s of main thread with a software GPU — bench:
 * time to ready, blocking time) and spends one of an article's ~16 live contexts. A
 * browser that has the API but refuses the context makes maplibre throw, which falls
 * back just the same (below).
 */
export function hasWebGLApi(): boolean {
  return typeof WebGL2RenderingContext !== 'undefined' || typeof WebGLRenderingContext !== 'undefined';
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

  // A layout effect, so the map (and its WebGL context) is created in the same task as the
  // first commit, before the browser paints the new page: created after that paint, its
  // context and shaders waited on a GPU process busy drawing the page (bench: ready −450 ms
  // median, blocking time −290 ms on this machine's software GPU).
  useLayoutEffect(() => {
    let cancelled = false;
    let map: maplibregl.Map | null = null;
    let unbind: (() => void) | null = null;
    let unsubLang: (() => void) | null = null;
    let unwatchGpu: (() => void) | null = null;
    const el = container.current;
    if (!el) return;
    const fail = (message: string) => store.getState().setMapState('error', message);
    const extraPadding = () => {
      const inset = el.parentElement?.querySelector('.port-inset');
      // Presenter labels are 1.75× larger: keep the westernmost ones (Rostov, the depot) inside.
      const side = store.getState().present ? 80 : 0;
      return { top: inset ? inset.getBoundingClientRect().height + 8 : 0, left: side, right: side * 1.75 };
    };
    // Switching to the static map (no WebGL here, or later a lost context) frees this map's context.
    const unsubFallback = store.subscribe(
      (st) => st.mapState,
      (m) => {
        if (m !== 'fallback') return;
        unwatchGpu?.();
        unwatchGpu = null;
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
      if (!hasWebGLApi()) {
        switchToFallback(store, t(store.getState().lang, 'map.noWebGL'));
        return;
      }
      const s = store.getState();
      const opening = openingShot(geometry, s.step, reducedMotion());
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
          // Created where the binding's first framing lands (openingShot), so that framing moves nothing.
          bounds: opening?.bounds,
          fitBoundsOptions: { padding: padding({ getContainer: () => el }, extraPadding()), maxZoom: opening?.maxZoom },
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
        // maplibre throws here when the browser refuses a WebGL context (WebGL disabled,
        // a blocklisted GPU, too many contexts on the page). It may have put its canvas in
        // the container before failing: clear it, the static map takes the frame.
        el.replaceChildren();
        switchToFallback(store, `${t(store.getState().lang, 'map.noWebGL')} (${e instanceof Error ? e.message : String(e)})`);
        return;
      }
      provideArrowIcon(map, window.devicePixelRatio || 1);
      map.touchZoomRotate.disableRotation();
      map.keyboard.disableRotation();
      map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-left');
      // maplibre's own labels follow the language switch without recreating the map.
      relabelMap(map, s.lang);
      const labelled = map;
      unsubLang = store.subscribe((st) => st.lang, (l) => relabelMap(labelled, l));
      let boundOnce = false;
      map.on('error', (e) => {
        // Before the first load an error (bad style, missing basemap asset) would leave a
        // blank map: say so. Later errors are logged and the map carries on.
        const message = e.error?.message ?? t(store.getState().lang, 'map.unknownError');
        // (A map restored after a lost context reports loaded() false while its style reloads.)
        if (!boundOnce && !map?.loaded()) fail(message);
        console.warn('map error:', message);
      });
      const bind = () => {
        if (cancelled || !map) return;
        boundOnce = true;
        unbind?.();
        unbind = bindMap(map, store, {
          dataset,
          geometry,
          reducedMotion,
          extraPadding,
          railLabel: (l) => t(l === 'ko' || l === 'uk' || l === 'ru' ? l : 'en', 'map.railLabel'),
        });
        registerMap(map);
      };
      map.once('load', bind);
      // A lost WebGL context: stop driving the map; when the browser restores it, maplibre
      // reloads the style and we light the current step again; if it does not come back
      // within RESTORE_TIMEOUT_MS, the static map takes over.
      const lostMap = map;
      unwatchGpu = watchContextLoss(lostMap, {
        lost: () => {
          unbind?.();
          unbind = null;
          unregisterMap(lostMap);
          if (store.getState().mapState !== 'fallback') store.getState().setMapState('loading');
        },
        restored: () => {
          // Lost before the first load: the pending 'load' binds it.
          if (!boundOnce) return;
          if (lostMap.isStyleLoaded()) bind();
          else lostMap.once('style.load', bind);
        },
        giveUp: () => switchToFallback(store, `the WebGL context was lost and not restored within ${RESTORE_TIMEOUT_MS / 1000} s`),
      });
    })();
    return () => {
      cancelled = true;
      unsubFallback();
      unsubLang?.();
      unwatchGpu?.();
      unbind?.();
      unregisterMap(map);
      map?.remove();
    };
  }, [store, dataset, geometry]);

  return (
    <div className="map-frame">
      <div ref={container} className="map" role="region" aria-label={t(lang, 'map.label')} aria-describedby={MAP_SUMMARY_ID} />
      <MapDescription />
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
