/**
 * The benchmark's baseline: a bare maplibre map with exactly the app's style, data,
 * fonts and initial view, and no React, no store, no runtime validation, no UI.
 * Whatever the app costs beyond this page is the app's own overhead.
 *
 * It follows the app's readiness contract (<html data-map-state="ready"> on the first
 * idle; data-step mirrors the step) and takes the same keyboard input as the app's
 * slider (ArrowRight / ArrowLeft / Home / End), so the bench drives both the same way.
 * A step change is feature-state + camera + marker, like the app's; with motion allowed
 * the marker runs along the step's path with setData in rAF under the same camera plan.
 */
import maplibregl, { type GeoJSONSource } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import places from '../../data/places.json';
import legs from '../../data/legs.geo.json';
import transfers from '../../data/transfers.json';
import en from '../../src/i18n/en.json';
import type { Dataset } from '../../src/model/types';
import { buildRouteGeometry, pointAtKm } from '../../src/geo/route';
import { kmAtProgress } from '../../src/geo/progress';
import { buildStyle } from '../../src/map/base-style';
import { basemapUrls } from '../../src/svg/basemap-urls';
import { PALETTES } from '../../src/look/palette';
import { loadMapFonts } from '../../src/svg/fonts';
import { SHARED_MAP_OPTIONS } from '../../src/map/camera';
import { cameraPlan, openingShot, padding } from '../../src/svg/framing';
import { animate, type Animation } from '../../src/map/animator';
import { activeLegs, activePlaces } from '../../src/model/steps';
import { clientBox } from '../../src/map/frame-size';
import { provideArrowIcon } from '../../src/map/arrow-icon';

/** Marker travel time per step, as bind-map's default. */
const DURATION_MS = 4500;
const TOTAL_STEPS = 10;

// The bundled JSON is trusted here on purpose: the baseline measures maplibre, not validation.
const dataset = {
  places: places.places,
  legs: legs.features,
  transfers: transfers.transfers,
  events: [],
  sources: [],
} as unknown as Dataset;

const html = document.documentElement;
const container = document.getElementById('map') as HTMLDivElement;
// The bench sizes the baseline's map like the app's map frame (?w=&h= in CSS px).
const q = new URLSearchParams(location.search);
if (q.get('w')) container.style.width = `${Number(q.get('w'))}px`;
if (q.get('h')) container.style.height = `${Number(q.get('h'))}px`;

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

async function main(): Promise<void> {
  const geometry = buildRouteGeometry(dataset);
  await loadMapFonts(dataset);
  const opening = openingShot(geometry, 0, true);
  const map = new maplibregl.Map({
    container,
    style: buildStyle({
      dataset,
      geometry,
      palette: PALETTES.light,
      lang: 'en',
      railLabel: en['map.railLabel'],
      basemap: basemapUrls(document.baseURI),
    }),
    // The app's opening view (src/map/controller.ts): the overview framed with the binding's padding.
    bounds: opening?.bounds,
    fitBoundsOptions: { padding: padding(clientBox(container)), maxZoom: opening?.maxZoom },
    ...SHARED_MAP_OPTIONS,
  });
  // The style's one generated image (the front arrowhead), as the app adds it: the same map draws the same icon.
  provideArrowIcon(map, window.devicePixelRatio || 1);
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-left');

  let step = 0;
  let token = 0;
  let anim: Animation | null = null;
  let lit = { legs: [] as string[], places: [] as string[] };
  html.dataset.step = '0';

  const setMarker = (coord: [number, number] | null, mode = 'sea') => {
    const data: FeatureCollection = {
      type: 'FeatureCollection',
      features: coord ? [{ type: 'Feature', properties: { mode }, geometry: { type: 'Point', coordinates: coord } }] : [],
    };
    (map.getSource('marker') as GeoJSONSource | undefined)?.setData(data);
  };
  const light = (n: number) => {
    for (const id of lit.legs) map.setFeatureState({ source: 'legs', id }, { active: false });
    for (const id of lit.places) map.setFeatureState({ source: 'places', id }, { active: false });
    lit = { legs: activeLegs(dataset, n), places: activePlaces(dataset, n) };
    for (const id of lit.legs) map.setFeatureState({ source: 'legs', id }, { active: true });
    for (const id of lit.places) map.setFeatureState({ source: 'places', id }, { active: true });
  };
  const whenIdle = (t: number) => {
    map.once('idle', () => {
      if (t === token) html.dataset.mapState = 'ready';
    });
    map.triggerRepaint();
  };

  const show = (n: number) => {
    token += 1;
    const t = token;
    anim?.cancel();
    anim = null;
    map.stop();
    step = n;
    html.dataset.step = String(n);
    html.dataset.mapState = 'loading';
    light(n);
    const plan = cameraPlan(geometry, n);
    const path = geometry.paths[n] ?? null;
    const pad = padding(clientBox(container));
    const rest = plan[plan.length - 1];
    if (reducedMotion() || !path) {
      if (rest) map.fitBounds(rest.bounds, { padding: pad, maxZoom: rest.maxZoom, animate: false });
      if (path) {
        const end = pointAtKm(path, path.totalKm);
        setMarker(end.coord, end.mode);
      } else setMarker(null);
      whenIdle(t);
      return;
    }
    let shot = 0;
    const first = plan[0];
    if (first) map.fitBounds(first.bounds, { padding: pad, maxZoom: first.maxZoom, duration: 700 });
    anim = animate(
      DURATION_MS,
      (p) => {
        const next = plan[shot + 1];
        if (next && p >= next.at) {
          shot += 1;
          map.fitBounds(next.bounds, { padding: pad, maxZoom: next.maxZoom, duration: 1400 });
        }
        const pt = pointAtKm(path, kmAtProgress(path, p));
        setMarker(pt.coord, pt.mode);
      },
      () => {
        anim = null;
        whenIdle(t);
      },
    );
  };

  map.once('load', () => {
    light(0);
    token += 1;
    whenIdle(token);
  });
  document.addEventListener('keydown', (e) => {
    if (html.dataset.mapState === 'error') return;
    const next =
      e.key === 'ArrowRight' ? Math.min(step + 1, TOTAL_STEPS) : e.key === 'ArrowLeft' ? Math.max(step - 1, 0) : e.key === 'Home' ? 0 : e.key === 'End' ? TOTAL_STEPS : null;
    if (next === null || next === step) return;
    e.preventDefault();
    show(next);
  });
  map.on('error', (e) => {
    if (!map.loaded()) html.dataset.mapState = 'error';
    console.warn('map error:', e.error?.message);
  });
}

main().catch((e: unknown) => {
  html.dataset.mapState = 'error';
  console.error(e);
});
