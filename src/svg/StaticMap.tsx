/**
 * The static fallback map: an SVG of the current step drawn from the same data as the
 * WebGL map (basemap files, legs, places, route geometry) with the same palette and
 * line patterns. Loaded lazily, only when WebGL is unavailable. Steps still work: it
 * redraws from the store.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { FeatureCollection } from 'geojson';
import { useApp, useAppState } from '../state/context';
import { effectiveTheme } from '../state/store';
import { t } from '../i18n';
import { PALETTES, type Palette } from '../look/palette';
import { basemapUrls } from './basemap-urls';
import { activePlaces } from '../model/steps';
import { drawnLegs } from '../model/drawn-certainty';
import { BORDER_DASH, lineStyleOf, roundCap, svgDash } from '../look/line-style';
import { pointAtKm, type BBox } from '../geo/route';
import type { Dataset, Lang } from '../model/types';
import type { RouteGeometry } from '../geo/route';
import { fitProjection, pathData, type Padding, type Projection } from './projection';
import './static-map.css';
import { placeLabels, type Box, type LabelCandidate } from './labels';

/** Basemap layers the fallback draws; a file that fails to load is drawn as empty. */
export interface Basemap {
  land: FeatureCollection | null;
  landInset: FeatureCollection | null;
  lakes: FeatureCollection | null;
  borders: FeatureCollection | null;
}

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

function collectionPath(fc: FeatureCollection | null, project: Projection['point']): string {
  if (!fc) return '';
  return fc.features.map((f) => pathData(f.geometry, project)).join('');
}

interface LayerProps {
  dataset: Dataset;
  geometry: RouteGeometry;
  basemap: Basemap | null;
  palette: Palette;
  lang: Lang;
  step: number;
  box: BBox;
  width: number;
  height: number;
  /** Room kept clear around the framed box (overlays, label space). */
  padding: Padding;
  /** Boxes labels must not cover (the inset, the caption). */
  obstacles: Box[];
}

/** One framed view of the map: basemap, legs, arrowhead, places, marker, labels. */
function MapLayers({ dataset, geometry, basemap, palette: p, lang, step, box, width, height, padding, obstacles }: LayerProps) {
  const { top, right, bottom, left } = padding;
  const proj = useMemo(() => fitProjection(box, width, height, { top, right, bottom, left }), [box, width, height, top, right, bottom, left]);
  const land = useMemo(
    () => (basemap ? collectionPath(basemap.land, proj.point) + collectionPath(basemap.landInset, proj.point) : ''),
    [basemap, proj],
  );
  const lakes = useMemo(() => (basemap ? collectionPath(basemap.lakes, proj.point) : ''), [basemap, proj]);
  const borders = useMemo(() => (basemap ? collectionPath(basemap.borders, proj.point) : ''), [basemap, proj]);
  const legPaths = useMemo(
    () => dataset.legs.map((l) => ({ id: l.properties.id, mode: l.properties.mode, own: l.properties.certainty, d: pathData(l.geometry, proj.point) })),
    [dataset, proj],
  );
  // Each active leg in the style of its certainty on this step (drawn-certainty.ts).
  const drawnAs = new Map(drawnLegs(dataset, step).map((d) => [d.id, d.certainty]));
  const active = new Set(drawnAs.keys());
  const styleOf = (l: (typeof legPaths)[number]) => lineStyleOf(l.mode, drawnAs.get(l.id) ?? l.own);
  const activeIds = new Set(activePlaces(dataset, step));
  const frontActive = legPaths.some((l) => l.mode === 'front' && active.has(l.id));
  const arrow = geometry.arrowhead ? pathData(geometry.arrowhead.geometry, proj.point) : '';
  const path = geometry.paths[step] ?? null;
  const marker = path ? pointAtKm(path, path.totalKm) : null;
  const markerXY = marker ? proj.point(marker.coord) : null;
  const modeColour = (mode: string) => (mode === 'sea' ? p.sea : mode === 'rail' ? p.rail : mode === 'air' ? p.air : p.front);

  const shown = dataset.places.filter((pl) => pl.rank <= 3 || activeIds.has(pl.id));
  const dots = shown.map((pl) => {
    const [x, y] = proj.point(pl.coord);
    const colour = pl.kind === 'port' ? p.port : pl.kind === 'depot' ? p.depot : pl.kind === 'airport' ? p.air : p.city;
    return { pl, x, y, colour, on: activeIds.has(pl.id) };
  });
  const candidates: LabelCandidate[] = dots
    .filter((d) => d.x >= 0 && d.x <= width && d.y >= 0 && d.y <= height)
    .map((d) => ({
      id: d.pl.id,
      text: d.pl.names[lang],
      x: d.x,
      y: d.y,
      // The step's own places are labelled first and may cover a context city's dot.
      priority: (d.on ? 0 : 10) + d.pl.rank,
      important: d.on,
      fontSize: d.pl.rank <= 1 || d.on ? 13 : 12,
    }));
  const labels = placeLabels(candidates, width, height, obstacles);

  return (
    <g>
      <rect width={width} height={height} fill={p.ocean} />
      {land ? <path d={land} fill={p.land} /> : null}
      {lakes ? <path d={lakes} fill={p.lake} /> : null}
      {borders ? <path d={borders} fill="none" stroke={p.border} strokeWidth={0.8} strokeDasharray={BORDER_DASH.join(' ')} /> : null}
      <g fill="none" strokeLinejoin="round">
        {legPaths
          .filter((l) => !active.has(l.id))
          .map((l) => (
            <path key={`m-${l.id}`} d={l.d} stroke={p.muted} strokeOpacity={0.75} strokeWidth={1.5} strokeDasharray={svgDash(styleOf(l), 3)} strokeLinecap={roundCap(styleOf(l)) ? 'round' : 'butt'} />
          ))}
        {legPaths
          .filter((l) => active.has(l.id))
          .map((l) => (
            <path key={`c-${l.id}`} d={l.d} stroke={p.casing} strokeOpacity={0.9} strokeWidth={6} strokeLinecap="round" />
          ))}
        {legPaths
          .filter((l) => active.has(l.id))
          .map((l) => (
            <path
              key={`a-${l.id}`}
              d={l.d}
              data-mode={l.mode}
              data-certainty={drawnAs.get(l.id)}
              data-line-style={styleOf(l)}
              className="static-leg"
              stroke={modeColour(l.mode)}
              strokeWidth={3}
              strokeDasharray={svgDash(styleOf(l), 3)}
              strokeLinecap={roundCap(styleOf(l)) ? 'round' : 'butt'}
            />
          ))}
      </g>
      {arrow ? <path d={arrow} fill={frontActive ? p.front : p.muted} /> : null}
      {dots.map((d) => (
        <circle key={`d-${d.pl.id}`} cx={d.x} cy={d.y} r={d.on ? 6 : d.pl.rank <= 1 ? 4.5 : 3.5} fill={d.colour} stroke={p.halo} strokeWidth={d.on ? 2.5 : 1.5} />
      ))}
      {markerXY && marker ? <circle cx={markerXY[0]} cy={markerXY[1]} r={7} fill={modeColour(marker.mode)} stroke={p.casing} strokeWidth={3} /> : null}
      <g className="static-labels" fill={p.text} stroke={p.halo} strokeWidth={3} strokeLinejoin="round" paintOrder="stroke">
        {labels.map((l) => (
          <text key={`l-${l.id}`} x={l.tx} y={l.ty} fontSize={l.fontSize} textAnchor={l.anchor} fontWeight={l.priority < 10 ? 700 : 400}>
            {l.text}
          </text>
        ))}
      </g>
    </g>
  );
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
