/**
 * The SVG map: the first map every reader sees (full page, embeds, presenter mode), and the
 * map that stays where WebGL cannot run. It draws the current step from the same data as
 * the detailed map (basemap files, legs, places, route geometry) with the same palette and
 * line patterns, frames each step exactly as maplibre would (svg/framing.ts), flies its
 * camera along the same plan and moves the marker along the leg. It reports the step as
 * drawn and settled (mapState) while it is the engine on screen.
 *
 * The detailed map (maplibre) starts only when the reader asks for what only it gives:
 * a pinch, a mouse drag, a wheel (Ctrl/⌘ + wheel inside a frame), the zoom buttons or a
 * zoom or pan key on the focused map (MapView starts it; this asks through the store).
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { FeatureCollection } from 'geojson';
import { useApp, useAppState } from '../state/context';
import { effectiveTheme, type Snapshotter } from '../state/store';
import { rasterizeSvg } from './rasterize';
import { t } from '../i18n';
import { PALETTES } from '../look/palette';
import { pointAtKm, type TravelPoint } from '../geo/route';
import { kmAtProgress } from '../geo/progress';
import { lightBasemapUrls } from './basemap-urls';
import './fonts';
import './static-map.css';
import type { Box } from './labels';
import { MapLayers, type Basemap } from './map-layers';
import { cameraPlan, constrainView, fitView, lerpView, overlayPadding, padding, type View } from './framing';

export type { Basemap };

/** Basemap layers, by their file names (svg/basemap-urls.ts). */
const LAYERS = { land: 'land', landInset: 'land-inset', lakes: 'lakes', borders: 'borders' } as const;
type LayerKey = keyof typeof LAYERS;

export interface LoadedBasemap extends Basemap {
  /** Layers whose file did not arrive (offline, an error status, a bad file). */
  failed: LayerKey[];
}

let basemapPromise: Promise<LoadedBasemap> | null = null;

async function fetchCollection(url: string | undefined): Promise<FeatureCollection | null> {
  if (!url) return null;
  try {
    const res = await fetch(url);
    if (!res.ok) return null;
    const json = (await res.json()) as FeatureCollection;
    return json && Array.isArray(json.features) ? json : null;
  } catch {
    // Offline, or a sandboxed frame whose host sends no CORS header.
    return null;
  }
}

/** Fetches the SVG map's light basemap once per page; `retry` fetches what failed again. */
export function loadBasemap(base: string, retry = false): Promise<LoadedBasemap> {
  if (!basemapPromise || retry) {
    const urls = lightBasemapUrls(base);
    const keys = Object.keys(LAYERS) as LayerKey[];
    const before = basemapPromise;
    basemapPromise = (async () => {
      const prev = before ? await before : null;
      const got = await Promise.all(keys.map((k) => prev?.[k] ?? fetchCollection(urls[LAYERS[k]])));
      const out: LoadedBasemap = { land: null, landInset: null, lakes: null, borders: null, failed: [] };
      keys.forEach((k, i) => {
        out[k] = got[i] ?? null;
        if (!out[k]) out.failed.push(k);
      });
      return out;
    })();
  }
  return basemapPromise;
}

/** Measures an element's content box, following resizes. */
function useSize(ref: RefObject<HTMLElement | null>): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      // Client sizes, as the detailed map reads its frame (map/frame-size.ts), so both frame alike.
      const next = { width: el.clientWidth, height: el.clientHeight };
      setSize((s) => (s.width === next.width && s.height === next.height ? s : next));
    };
    update();
    if (typeof ResizeObserver !== 'function') return;
    const ro = new ResizeObserver(update);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return size;
}

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
/** The marker's travel time per step and the camera's moves: the detailed map's (map/bind-map.ts). */
const TRAVEL_MS = 5000;
const FIRST_SHOT_MS = 700;
const NEXT_SHOT_MS = 1400;
const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

interface Shown {
  view: View;
  /** Where the basemap was projected (a transform moves it to `view`). */
  base: View;
  /** The moving marker; undefined: where the step ends. */
  marker?: TravelPoint | null;
}

/** Pixels a mouse must move with the button down before it counts as a drag. */
const DRAG_PX = 6;

/** The SVG map with its zoom buttons; fills the map frame. */
export function StaticMap() {
  const { dataset, geometry, store } = useApp();
  const step = useAppState((s) => s.step);
  // Presenter mode draws in the projector theme, like the detailed map.
  const theme = useAppState((s) => effectiveTheme(s));
  const lang = useAppState((s) => s.lang);
  const present = useAppState((s) => s.present);
  const embed = useAppState((s) => s.embed);
  const story = useAppState((s) => s.layout === 'story');
  const fallback = useAppState((s) => s.mapState === 'fallback');
  const wanted = useAppState((s) => s.detailedWanted);
  const engineFailed = useAppState((s) => s.detailedError);
  const ref = useRef<HTMLDivElement>(null);
  const { width, height } = useSize(ref);
  const [basemap, setBasemap] = useState<LoadedBasemap | null>(null);
  const [retrying, setRetrying] = useState(false);
  useEffect(() => {
    let live = true;
    void loadBasemap(document.baseURI).then((b) => {
      if (live) setBasemap(b);
    });
    return () => {
      live = false;
    };
  }, []);
  // Fetches the layers that failed again (each one arrives or stays missing; never rejects).
  const retryBasemap = () => {
    setRetrying(true);
    void loadBasemap(document.baseURI, true).then((b) => {
      setBasemap(b);
      setRetrying(false);
    });
  };

  // The port close-up (MapView's PortInset, top right) and the caption (top left) sit
  // over the map: frame the route clear of the inset as the detailed map does, and keep
  // labels out from under both.
  const caption = useRef<HTMLParagraphElement>(null);
  const [overlays, setOverlays] = useState<{ inset: Box | null; caption: Box | null; insetHeight: number }>({ inset: null, caption: null, insetHeight: 0 });
  useLayoutEffect(() => {
    const host = ref.current?.getBoundingClientRect();
    if (!host) return;
    const rel = (el: Element | null | undefined): Box | null => {
      const r = el?.getBoundingClientRect();
      return r && r.width > 0 ? { x0: r.left - host.left - 4, y0: r.top - host.top - 4, x1: r.right - host.left + 4, y1: r.bottom - host.top + 4 } : null;
    };
    const insetEl = ref.current?.parentElement?.querySelector('.port-inset');
    const next = { inset: rel(insetEl), caption: rel(caption.current), insetHeight: insetEl?.getBoundingClientRect().height ?? 0 };
    setOverlays((o) => (JSON.stringify(o) === JSON.stringify(next) ? o : next));
  }, [step, width, height, lang, present, fallback, basemap]);

  const pad = padding({ width, height }, overlayPadding(overlays.insetHeight, present));
  const framing = `${width}x${height}:${pad.top},${pad.right},${pad.bottom},${pad.left}`;
  const [shown, setShownState] = useState<Shown | null>(null);
  // What is on screen now, for the next flight to start from (effects read it, render does not).
  const shownRef = useRef<Shown | null>(null);
  const setShown = useCallback((next: Shown) => {
    shownRef.current = next;
    setShownState(next);
  }, []);
  const lastStep = useRef<number | null>(null);
  const lastFraming = useRef('');

  // A step change flies the camera along the step's plan and moves the marker along its
  // path, as the detailed map does; a first draw, a new size or reduced motion jumps.
  useLayoutEffect(() => {
    const plan = cameraPlan(geometry, step);
    const restShot = plan[plan.length - 1];
    if (!(width > 0 && height > 0) || !restShot) return;
    const rest = fitView(restShot.bounds, width, height, pad, restShot.maxZoom);
    const path = geometry.paths[step] ?? null;
    const from = shownRef.current?.view;
    const stepChanged = lastStep.current !== null && lastStep.current !== step;
    const resized = lastFraming.current !== '' && lastFraming.current !== framing;
    lastStep.current = step;
    lastFraming.current = framing;
    if (!stepChanged && !resized && shownRef.current) return;
    if (!stepChanged || !from || !path || reducedMotion()) {
      setShown({ view: rest, base: rest });
      return;
    }
    const shots = plan.map((s) => ({ at: s.at, view: fitView(s.bounds, width, height, pad, s.maxZoom) }));
    let frame = 0;
    let shot = 0;
    let leg = { from, to: shots[0]?.view ?? rest, start: 0, ms: FIRST_SHOT_MS };
    const t0 = performance.now();
    const tick = (now: number) => {
      const elapsed = now - t0;
      const p = Math.min(1, elapsed / TRAVEL_MS);
      const next = shots[shot + 1];
      if (next && p >= next.at) {
        shot += 1;
        leg = { from: lerpView(leg.from, leg.to, ease(Math.min(1, (elapsed - leg.start) / leg.ms))), to: next.view, start: elapsed, ms: NEXT_SHOT_MS };
      }
      const view = constrainView(lerpView(leg.from, leg.to, ease(Math.min(1, (elapsed - leg.start) / leg.ms))), width, height);
      if (p >= 1) {
        setShown({ view: rest, base: rest });
        return;
      }
      setShown({ view, base: from, marker: pointAtKm(path, kmAtProgress(path, p)) });
      frame = requestAnimationFrame(tick);
    };
    // Not settled until the marker arrives (data-map-state="loading", as on the detailed map).
    if (store.getState().mapState === 'ready') store.getState().setMapState('loading');
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
    // The padding is derived from the framing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [step, framing, geometry, setShown, store]);

  // Settled: the step's resting view with the basemap in (or known to be missing).
  const settled = shown !== null && basemap !== null && shown.marker === undefined && shown.view === shown.base;
  useEffect(() => {
    const s = store.getState();
    if (!settled || s.engine !== 'svg' || s.mapState === 'fallback' || s.mapState === 'error') return;
    if (s.mapState !== 'ready') s.setMapState('ready');
  }, [settled, shown, store]);

  // Save image copies this map while it is the one on screen, drawn sharper when the image
  // wants more pixels than the screen has (as the detailed map does, map/snapshot.ts).
  useEffect(() => {
    if (!settled) return;
    const take: Snapshotter = async (wantWidth) => {
      const host = ref.current;
      const svg = host?.querySelector<SVGSVGElement>('.static-map-svg');
      if (!host || !svg) throw new Error('the map is not drawn');
      const cssWidth = svg.clientWidth || 1;
      const ratio = Math.min(2.5, Math.max(window.devicePixelRatio || 1, wantWidth / cssWidth));
      await document.fonts?.ready;
      return { image: rasterizeSvg(svg, ratio), cssWidth, frame: host.parentElement ?? host };
    };
    store.getState().provideSnapshotter(take);
    return () => {
      if (store.getState().snapshotter === take) store.getState().provideSnapshotter(null);
    };
  }, [settled, store]);

  // What only the detailed map gives: ask for it.
  const ask = useCallback((zoomBy: number) => store.getState().requestDetailed(zoomBy), [store]);
  useEffect(() => {
    const el = ref.current;
    if (!el || fallback) return;
    // Inside a frame, and in the story layout (the page scrolls past a pinned map), the page's
    // scroll passes over the map: only Ctrl/⌘ + wheel zooms (cooperative gestures).
    const framed = embed || story || window.self !== window.top;
    const onWheel = (e: WheelEvent) => {
      if (framed && !(e.ctrlKey || e.metaKey)) return;
      e.preventDefault();
      ask(e.deltaY < 0 ? 1 : e.deltaY > 0 ? -1 : 0);
    };
    let down: { x: number; y: number } | null = null;
    const onDown = (e: PointerEvent) => {
      if (e.pointerType !== 'touch' && e.button === 0 && !(e.target instanceof Element && e.target.closest('button'))) down = { x: e.clientX, y: e.clientY };
    };
    const onMove = (e: PointerEvent) => {
      if (down && Math.hypot(e.clientX - down.x, e.clientY - down.y) > DRAG_PX) {
        down = null;
        ask(0);
      }
    };
    const onUp = () => {
      down = null;
    };
    // One finger scrolls the page; two fingers (a pinch) explore the map.
    const onTouch = (e: TouchEvent) => {
      if (e.touches.length >= 2) ask(0);
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    el.addEventListener('pointerdown', onDown);
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    el.addEventListener('touchstart', onTouch, { passive: true });
    return () => {
      el.removeEventListener('wheel', onWheel);
      el.removeEventListener('pointerdown', onDown);
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      el.removeEventListener('touchstart', onTouch);
    };
  }, [ask, embed, story, fallback]);
  const onKey = (e: React.KeyboardEvent) => {
    if (fallback || e.ctrlKey || e.metaKey || e.altKey) return;
    const zoom = e.key === '+' || e.key === '=' ? 1 : e.key === '-' || e.key === '_' ? -1 : e.key.startsWith('Arrow') ? 0 : null;
    if (zoom === null) return;
    e.preventDefault();
    ask(zoom);
  };

  const palette = PALETTES[theme];
  const captionId = 'static-map-caption';
  const landMissing = basemap !== null && basemap.failed.includes('land');
  const noBasemap: Basemap | null = basemap && landMissing ? { land: null, landInset: null, lakes: null, borders: null } : basemap;

  return (
    <div
      className="static-map"
      ref={ref}
      data-step={step}
      data-basemap={basemap === null ? 'loading' : basemap.failed.length ? 'partial' : 'ready'}
      tabIndex={fallback ? undefined : 0}
      role={fallback ? undefined : 'region'}
      aria-label={fallback ? undefined : t(lang, 'map.canvasLabel')}
      onKeyDown={onKey}
    >
      {width > 0 && height > 0 && shown ? (
        <svg
          className="static-map-svg"
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-labelledby={fallback ? captionId : undefined}
          aria-label={fallback ? undefined : t(lang, 'map.label')}
          fontFamily="'Noto Sans', 'Noto Sans KR', system-ui, sans-serif"
        >
          <MapLayers
            dataset={dataset}
            geometry={geometry}
            basemap={noBasemap}
            palette={landMissing ? { ...palette, ocean: palette.land } : palette}
            lang={lang}
            step={step}
            view={shown.view}
            baseView={shown.base}
            marker={shown.marker}
            width={width}
            height={height}
            labelScale={present ? 2 : 1}
            obstacles={[overlays.inset, overlays.caption].filter((b): b is Box => b !== null)}
          />
        </svg>
      ) : null}
      {fallback ? (
        <p className="static-caption" id={captionId} ref={caption}>
          {t(lang, 'fallback.caption')}
        </p>
      ) : (
        <div className="static-zoom" role="group" aria-label={t(lang, 'map.detailed')}>
          <button type="button" onClick={() => ask(1)} aria-label={t(lang, 'map.zoomIn')} disabled={wanted}>
            +
          </button>
          <button type="button" onClick={() => ask(-1)} aria-label={t(lang, 'map.zoomOut')} disabled={wanted}>
            −
          </button>
        </div>
      )}
      {wanted && !fallback ? (
        <p className="static-status" role="status">
          {t(lang, 'map.detailedLoading')}
        </p>
      ) : null}
      {engineFailed && !wanted ? (
        <div className="static-basemap-error" role="alert">
          <p>{t(lang, 'map.detailedFailed')}</p>
          <button type="button" onClick={() => ask(0)}>
            {t(lang, 'map.retry')}
          </button>
        </div>
      ) : basemap && basemap.failed.length ? (
        <div className="static-basemap-error" role="alert">
          <p>{t(lang, landMissing ? 'map.basemapMissing' : 'map.basemapPartial')}</p>
          <button type="button" onClick={retryBasemap} disabled={retrying}>
            {t(lang, 'map.retry')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
