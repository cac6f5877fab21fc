/**
 * The static fallback map: an SVG of the current step drawn from the same data as the
 * WebGL map (basemap files, legs, places, route geometry) with the same palette and
 * line patterns. Loaded lazily, only when WebGL is unavailable. Steps still work: it
 * redraws from the store.
 */
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { FeatureCollection } from 'geojson';
import { useApp, useAppState } from '../state/context';
import { effectiveTheme } from '../state/store';
import { t } from '../i18n';
import { PALETTES } from '../look/palette';
import { basemapUrls } from './basemap-urls';
import type { Padding } from './projection';
import './static-map.css';
import type { Box } from './labels';
import { MapLayers, type Basemap } from './map-layers';

export type { Basemap };


let basemapPromise: Promise<Basemap> | null = null;

async function fetchCollection(url: string | undefined): Promise<FeatureCollection | null> {
  if (!url) return null;
  try {
    const res = await fetch(url);
    if (!res.ok) return null;
    const json = (await res.json()) as FeatureCollection;
    return json && Array.isArray(json.features) ? json : null;
  } catch {
    // Offline, or a sandboxed frame whose host sends no CORS header: draw the route without land.
    return null;
  }
}

/** Fetches the basemap once per page (the same hashed files the WebGL map uses). */
export function loadBasemap(base: string): Promise<Basemap> {
  if (!basemapPromise) {
    const urls = basemapUrls(base);
    basemapPromise = Promise.all([
      fetchCollection(urls.land),
      fetchCollection(urls['land-inset']),
      fetchCollection(urls.lakes),
      fetchCollection(urls.borders),
    ]).then(([land, landInset, lakes, borders]) => ({ land, landInset, lakes, borders }));
  }
  return basemapPromise;
}

/** Measures an element's content box, following resizes. */
function useSize(ref: RefObject<HTMLElement | null>): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      const r = el.getBoundingClientRect();
      const next = { width: Math.round(r.width), height: Math.round(r.height) };
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

/** The fallback map with its caption; fills the map frame. */
export function StaticMap() {
  const { dataset, geometry } = useApp();
  const step = useAppState((s) => s.step);
  // Presenter mode draws in the projector theme, like the WebGL map.
  const theme = useAppState((s) => effectiveTheme(s));
  const lang = useAppState((s) => s.lang);
  const ref = useRef<HTMLDivElement>(null);
  const { width, height } = useSize(ref);
  const [basemap, setBasemap] = useState<Basemap | null>(null);
  useEffect(() => {
    let live = true;
    void loadBasemap(document.baseURI).then((b) => {
      if (live) setBasemap(b);
    });
    return () => {
      live = false;
    };
  }, []);

  // The port close-up (MapView's PortInset, top right) and the caption (top left) sit
  // over the map: frame the route clear of them and keep labels out from under them.
  const caption = useRef<HTMLParagraphElement>(null);
  const [overlays, setOverlays] = useState<{ inset: Box | null; caption: Box | null }>({ inset: null, caption: null });
  useLayoutEffect(() => {
    const host = ref.current?.getBoundingClientRect();
    if (!host) return;
    const rel = (el: Element | null | undefined): Box | null => {
      const r = el?.getBoundingClientRect();
      return r ? { x0: r.left - host.left - 4, y0: r.top - host.top - 4, x1: r.right - host.left + 4, y1: r.bottom - host.top + 4 } : null;
    };
    const next = { inset: rel(ref.current?.parentElement?.querySelector('.port-inset')), caption: rel(caption.current) };
    setOverlays((o) => (JSON.stringify(o) === JSON.stringify(next) ? o : next));
  }, [step, width, height, lang]);

  const palette = PALETTES[theme];
  const box = geometry.bounds[step] ?? geometry.bounds[0];
  const base = Math.round(Math.max(14, Math.min(48, Math.min(width, height) * 0.08)));
  const side = Math.round(Math.min(base * 1.8, width * 0.12));
  const topBand = Math.max(overlays.inset?.y1 ?? 0, overlays.caption?.y1 ?? 24);
  const padding: Padding = { top: topBand + Math.round(base / 2), right: side, bottom: base, left: side };
  if (padding.top + padding.bottom > height * 0.6) padding.top = padding.bottom = Math.round(height * 0.15);
  const captionId = 'static-map-caption';

  return (
    <div className="static-map" ref={ref} data-step={step}>
      {width > 0 && height > 0 && box ? (
        <svg
          className="static-map-svg"
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-labelledby={captionId}
          fontFamily="'Noto Sans', 'Noto Sans KR', system-ui, sans-serif"
        >
          <MapLayers
            dataset={dataset}
            geometry={geometry}
            basemap={basemap}
            palette={palette}
            lang={lang}
            step={step}
            box={box}
            width={width}
            height={height}
            padding={padding}
            obstacles={[overlays.inset, overlays.caption].filter((b): b is Box => b !== null)}
          />
        </svg>
      ) : null}
      <p className="static-caption" id={captionId} ref={caption}>
        {t(lang, 'fallback.caption')}
      </p>
    </div>
  );
}
