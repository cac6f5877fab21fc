/**
 * Binds a map to the store: step → feature-state, camera and marker animation;
 * theme → paint; language → labels. The store never knows the map; this returns an
 * unbind function that cancels everything it started.
 */
import type { Map as MlMap, GeoJSONSource, PaddingOptions } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { Dataset } from '../model/types';
import type { AppStore } from '../state/store';
import type { BBox, RouteGeometry } from '../geo/route';
import { pointAtKm } from '../geo/route';
import { kmAtProgress } from '../geo/progress';
import { cameraPlan, padding } from '../svg/framing';
import { animate, browserClock, type Animation, type FrameClock } from './animator';
import { clientBox, type FrameBox } from './frame-size';
import { applyLook, lookKey } from './apply-look';
import { activePlaces } from '../model/steps';
import { legCopyId, legsCollection, activePlacesCollection, placesCollection } from './base-style';
import { drawnLegs } from '../model/drawn-certainty';
import { LABEL_SIDE, ACTIVE_PLACE_SOURCES } from './layers';

/** The part of maplibre's Map that the binding uses (a fake implements it in tests). */
export type MapLike = Pick<
  MlMap,
  | 'setFeatureState'
  | 'getSource'
  | 'fitBounds'
  | 'once'
  | 'stop'
  | 'setPaintProperty'
  | 'setLayoutProperty'
  | 'triggerRepaint'
  | 'getContainer'
  | 'resize'
>;

export interface BindOptions {
  dataset: Dataset;
  geometry: RouteGeometry;
  reducedMotion: () => boolean;
  railLabel: (lang: string) => string;
  /** Extra padding for overlays on the map (the port inset), added to the base padding. */
  extraPadding?: () => Partial<PaddingOptions>;
  /** The map's size in CSS px (map/frame-size.ts keeps it without reading layout); read from the container by default. */
  frameBox?: () => FrameBox;
  /** Marker travel time per step, ms. */
  durationMs?: number;
  clock?: FrameClock;
  /** Shows the first step settled (the marker at its end, no flight): the map takes over from the SVG map. */
  settleFirst?: boolean;
  /** The step whose active places the style was built with (buildStyle's `active`); unknown by default, so the first step sends them. */
  styleStep?: number;
}

const EMPTY_COLLECTION: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Within this many pixels of an active place (at the step's frame), another place's name is not drawn. */
export const CROWD_PX = 40;

/**
 * Places too close to the step's own places to be told apart at the step's frame (a map
 * `widthPx` wide): their names are not drawn (feature state 'crowded'), so an active dot is never
 * named by a neighbour's label (at the continental view Dunai is a few pixels from Vostochny
 * Port). Distances in screen terms: longitude degrees, latitude stretched as Mercator does.
 */
export function crowdedPlaces(dataset: Dataset, active: readonly string[], frame: BBox | undefined, widthPx: number): string[] {
  if (!frame || active.length === 0 || !(widthPx > 0)) return [];
  const limit = (CROWD_PX * (frame[2] - frame[0])) / widthPx;
  const activeCoords = dataset.places.filter((p) => active.includes(p.id)).map((p) => p.coord);
  return dataset.places
    .filter((p) => !active.includes(p.id))
    .filter((p) =>
      activeCoords.some(([lon, lat]) => Math.hypot(p.coord[0] - lon, (p.coord[1] - lat) / Math.cos((lat * Math.PI) / 180)) < limit),
    )
    .map((p) => p.id);
}


/** Wires the map to the store; returns the unbind function. */
export function bindMap(map: MapLike, store: AppStore, opts: BindOptions): () => void {
  const { dataset, geometry } = opts;
  const clock = opts.clock ?? browserClock;
  const frameBox = opts.frameBox ?? (() => clientBox(map.getContainer()));
  const duration = opts.durationMs ?? 5000;
  // Leg features active (a leg's own id, or its copy in the step's certainty) and hidden under an active copy.
  let active = { legs: [] as string[], hidden: [] as string[], places: [] as string[], crowded: [] as string[] };
  // What the active-places source holds now (null: not known, send on the first step).
  const activeFor = (step: number) => activePlacesCollection(dataset, store.getState().lang, activePlaces(dataset, step), geometry.bounds[step]);
  const keyOf = (c: FeatureCollection) => c.features.map((f) => `${String(f.properties?.id)}:${String(f.properties?.[LABEL_SIDE])}`).join('|');
  let activeKey: string | null = opts.styleStep === undefined ? null : keyOf(activeFor(opts.styleStep));
  // Which of the two active sources holds them (the style opens with the first).
  let activeSlot = 0;
  let anim: Animation | null = null;
  let token = 0;
  let framedOnce = false;

  const markerSource = () => map.getSource('marker') as GeoJSONSource | undefined;
  // The style starts with no marker: clearing an empty source would still cost a worker
  // round trip and one more frame before the map is idle (bench: time to ready).
  let markerDrawn = false;
  const setMarker = (coord: [number, number] | null, mode = 'sea') => {
    if (!coord && !markerDrawn) return;
    markerDrawn = coord !== null;
    const data: FeatureCollection = {
      type: 'FeatureCollection',
      features: coord ? [{ type: 'Feature', properties: { mode }, geometry: { type: 'Point', coordinates: coord } }] : [],
    };
    markerSource()?.setData(data);
  };

  const light = (step: number) => {
    const places = activePlaces(dataset, step);
    // The step's own places label first (ACTIVE_PLACES_SOURCE), sent only when they (or the
    // frame they point into) change, to the twin source, the current one emptied (ACTIVE_PLACES_TWIN).
    const activeData = activeFor(step);
    const key = keyOf(activeData);
    if (key !== activeKey) {
      activeKey = key;
      const [now, next] = activeSlot === 0 ? ACTIVE_PLACE_SOURCES : [ACTIVE_PLACE_SOURCES[1], ACTIVE_PLACE_SOURCES[0]];
      (map.getSource(next) as GeoJSONSource | undefined)?.setData(activeData);
      (map.getSource(now) as GeoJSONSource | undefined)?.setData(EMPTY_COLLECTION);
      activeSlot = 1 - activeSlot;
    }
    for (const id of active.legs) map.setFeatureState({ source: 'legs', id }, { active: false });
    for (const id of active.hidden) map.setFeatureState({ source: 'legs', id }, { hidden: false });
    for (const id of active.places) map.setFeatureState({ source: 'places', id }, { active: false });
    for (const id of active.crowded) map.setFeatureState({ source: 'places', id }, { crowded: false });
    // A leg drawn below its own certainty on this step lights its copy in that style, and its own copy hides.
    const drawn = drawnLegs(dataset, step);
    const legs = drawn.map((d) => (d.certainty === d.own ? d.id : legCopyId(d.id, d.certainty)));
    const hidden = drawn.filter((d) => d.certainty !== d.own).map((d) => d.id);
    const crowded = crowdedPlaces(dataset, places, geometry.bounds[step], frameBox().width);
    for (const id of legs) map.setFeatureState({ source: 'legs', id }, { active: true });
    for (const id of hidden) map.setFeatureState({ source: 'legs', id }, { hidden: true });
    for (const id of places) map.setFeatureState({ source: 'places', id }, { active: true });
    for (const id of crowded) map.setFeatureState({ source: 'places', id }, { crowded: true });
    const frontActive = drawn.some((d) => d.mode === 'front');
    map.setFeatureState({ source: 'arrowhead', id: 'front-arrowhead' }, { active: frontActive });
    active = { legs, hidden, places, crowded };
  };

  const whenIdle = (t: number) => {
    map.once('idle', () => {
      if (t === token) store.getState().setMapState('ready');
    });
    map.triggerRepaint();
  };

  /** Shows a step: lights it, then flies the camera and moves the marker (`settle`: jumps to where the step ends). */
  const show = (step: number, settle = false) => {
    token += 1;
    const t = token;
    anim?.cancel();
    anim = null;
    map.stop();
    if (store.getState().mapState !== 'error') store.getState().setMapState('loading');
    light(step);
    const plan = cameraPlan(geometry, step);
    const path = geometry.paths[step] ?? null;
    const pad = padding(frameBox(), opts.extraPadding?.());
    const still = settle || opts.reducedMotion();
    const rest = plan[plan.length - 1];
    // The first framing of a step without a path jumps: the map was just created at
    // (almost) this view, and a 900 ms flight would only delay readiness (bench: ready).
    const initial = !framedOnce;
    framedOnce = true;
    if (still || !path) {
      const jump = still || initial;
      if (rest) map.fitBounds(rest.bounds, { padding: pad, maxZoom: rest.maxZoom, animate: !jump, duration: jump ? 0 : 900 });
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
      duration,
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
      clock,
    );
  };

  const unsubStep = store.subscribe((s) => s.step, (step) => show(step));
  // reframe(): the layout may have changed before the map's own ResizeObserver ran, so size
  // the map first, then frame the step where it ends, as a fresh load at the new size would.
  const unsubReframe = store.subscribe(
    (s) => s.reframeRequests,
    () => {
      map.resize();
      show(store.getState().step, true);
    },
  );
  // Theme and presenter mode → paint and label sizes (the style was built plain, so a
  // map that loads in presenter mode gets its look at once).
  const unsubTheme = store.subscribe(lookKey, () => applyLook(map, store.getState()));
  if (store.getState().present) applyLook(map, store.getState());
  const unsubLang = store.subscribe(
    (s) => s.lang,
    (lang) => {
      (map.getSource('places') as GeoJSONSource | undefined)?.setData(placesCollection(dataset, lang));
      (map.getSource('legs') as GeoJSONSource | undefined)?.setData(legsCollection(dataset, opts.railLabel(lang)));
      // setData drops feature-state on re-parse; re-light the current step.
      activeKey = null; // the labels' text changed: re-send the active places too
      light(store.getState().step);
    },
  );
  show(store.getState().step, opts.settleFirst);
  return () => {
    token += 1;
    anim?.cancel();
    unsubStep();
    unsubReframe();
    unsubTheme();
    unsubLang();
  };
}
