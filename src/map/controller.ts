/**
 * The live map's life, outside React's render: started by MapView on its first commit in an
 * element already in its frame (the map is created once its label fonts are in). Binds the
 * map to the store on load, falls back to the static map without WebGL, watches for a lost
 * GPU context, and removes everything on dispose.
 */
import maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { effectiveTheme, type AppStore, type Snapshotter } from '../state/store';
import type { Dataset } from '../model/types';
import type { RouteGeometry } from '../geo/route';
import { t } from '../i18n';
import { PALETTES } from '../look/palette';
import { buildStyle, activePlacesCollection } from './base-style';
import { basemapUrls } from '../svg/basemap-urls';
import { bindMap } from './bind-map';
import { openingShot, overlayPadding, padding } from '../svg/framing';
import { activePlaces } from '../model/steps';
import { SHARED_MAP_OPTIONS } from './camera';
import { loadMapFonts } from '../svg/fonts';
import { probeMap, unprobeMap } from './probe';
import { captureMap } from './snapshot';
import { switchToFallback } from '../state/static-fallback';
import { inIframe } from '../state/history-sync';
import { gestureLocale } from '../env/gestures';
import { relabelMap } from './map-locale';
import { RESTORE_TIMEOUT_MS, watchContextLoss } from './context-loss';
import { provideArrowIcon } from './arrow-icon';
import { watchFrameSize } from './frame-size';

/**
 * False when the browser has no WebGL at all. Deliberately not a probe context: creating
 * one costs as much as the map's own (≈1 s of main thread with a software GPU — bench:
 * time to ready, blocking time) and spends one of an article's ~16 live contexts. A
 * browser that has the API but refuses the context makes maplibre throw, which falls
 * back just the same (startMap).
 */
export function hasWebGLApi(): boolean {
  return typeof WebGL2RenderingContext !== 'undefined' || typeof WebGLRenderingContext !== 'undefined';
}

/** How long a size must hold before the step is framed again for it (a drag resizes many times). */
const RESIZE_SETTLE_MS = 150;

const reducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export interface MapContext {
  store: AppStore;
  dataset: Dataset;
  geometry: RouteGeometry;
}

export interface MapController {
  /** The map's container. */
  readonly element: HTMLDivElement;
  dispose(): void;
}

/** A fresh map element; put it in the page before the map is created (startMap). */
export function createMapElement(doc: Document = document): HTMLDivElement {
  const el = doc.createElement('div');
  el.className = 'map';
  return el;
}

/** Starts the map in `el`, an element in the page; see the module comment. */
export function startMap(el: HTMLDivElement, { store, dataset, geometry }: MapContext): MapController {
  let cancelled = false;
  let map: maplibregl.Map | null = null;
  let unbind: (() => void) | null = null;
  let unsubLang: (() => void) | null = null;
  let unwatchGpu: (() => void) | null = null;
  let boundOnce = false;
  // Taking over from the SVG map (which stays on screen until this map is drawn): a map that
  // fails before that leaves the SVG map, not an error, in the frame.
  const handover = store.getState().engine === 'svg';
  const fail = (message: string) => (handover && !boundOnce ? switchToFallback(store, message) : store.getState().setMapState('error', message));
  // While a map is bound it answers the store's snapshot requests (image export) and the tests' probe.
  let offered: Snapshotter | null = null;
  const offer = (m: maplibregl.Map) => {
    probeMap(m);
    offered = (wantWidth) => captureMap(m, wantWidth);
    store.getState().provideSnapshotter(offered);
  };
  // Withdraws only this controller's offer (a StrictMode remount may have offered another).
  const withdraw = (m: maplibregl.Map | null) => {
    unprobeMap(m);
    if (offered && store.getState().snapshotter === offered) store.getState().provideSnapshotter(null);
    offered = null;
  };
  // The map's size and the port inset's height, without reading layout on a step change.
  // A new size (a turned phone, a resized article column, full screen, the browser's zoom)
  // frames the step again as a fresh load at that size would, once the resizing stops.
  let resizeTimer: ReturnType<typeof setTimeout> | undefined;
  const size = watchFrameSize(el, '.port-inset', globalThis, () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => store.getState().reframe(), RESIZE_SETTLE_MS);
  });
  const extraPadding = () => overlayPadding(size.insetHeight(), store.getState().present);
  // Switching to the static map (no WebGL here, or later a lost context) frees this map's context.
  const unsubFallback = store.subscribe(
    (st) => st.mapState,
    (m) => {
      if (m !== 'fallback') return;
      unwatchGpu?.();
      unwatchGpu = null;
      unbind?.();
      unbind = null;
      withdraw(map);
      map?.remove();
      map = null;
    },
  );
  // The SVG map leaves the frame to this one, already drawn on the same view: focus and the
  // zoom the reader asked for (a zoom button or key) carry over.
  const takeOver = (m: maplibregl.Map) => {
    const hadFocus = el.parentElement?.querySelector('.static-map')?.contains(document.activeElement) ?? false;
    const zoomBy = store.getState().detailedZoomBy;
    store.getState().setEngine('maplibre');
    if (hadFocus) m.getCanvas().focus();
    if (zoomBy) m.once('idle', () => m.zoomTo(m.getZoom() + zoomBy, { duration: reducedMotion() ? 0 : 300 }));
  };
  void (async () => {
    await loadMapFonts(dataset);
    if (cancelled) return;
    if (!hasWebGLApi()) {
      switchToFallback(store, t(store.getState().lang, 'map.noWebGL'));
      return;
    }
    const s = store.getState();
    // On a hand-over the SVG map shows the step settled: open on its resting view, as it does.
    const opening = openingShot(geometry, s.step, handover || reducedMotion());
    const styleStep = s.step;
    try {
      map = new maplibregl.Map({
        container: el,
        style: buildStyle({
          dataset,
          geometry,
          palette: PALETTES[effectiveTheme(s)],
          lang: s.lang,
          railLabel: t(s.lang, 'map.railLabel'),
          basemap: basemapUrls(document.baseURI),
          active: activePlacesCollection(dataset, s.lang, activePlaces(dataset, styleStep), geometry.bounds[styleStep]),
        }),
        // Created where the binding's first framing lands (openingShot), so that framing moves nothing.
        bounds: opening?.bounds,
        fitBoundsOptions: { padding: padding(size.box(), extraPadding()), maxZoom: opening?.maxZoom },
        ...SHARED_MAP_OPTIONS,
        // In a frame, and in the story layout (the page scrolls past a pinned map), page
        // scroll passes through; Ctrl/⌘ + wheel or two fingers move the map.
        cooperativeGestures: s.embed || s.layout === 'story' || inIframe(),
        locale: gestureLocale(s.lang),
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
      const first = !boundOnce;
      boundOnce = true;
      unbind?.();
      unbind = bindMap(map, store, {
        dataset,
        geometry,
        settleFirst: first && handover,
        reducedMotion,
        extraPadding,
        frameBox: size.box,
        // What the style was built with; after a lost context the binding re-sends them.
        styleStep: first ? styleStep : undefined,
        railLabel: (l) => t(l === 'ko' || l === 'uk' || l === 'ru' ? l : 'en', 'map.railLabel'),
      });
      offer(map);
      if (first && handover) takeOver(map);
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
        withdraw(lostMap);
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
  const dispose = () => {
    cancelled = true;
    clearTimeout(resizeTimer);
    size.dispose();
    unsubFallback();
    unsubLang?.();
    unwatchGpu?.();
    unbind?.();
    withdraw(map);
    map?.remove();
  };

  return { element: el, dispose };
}
