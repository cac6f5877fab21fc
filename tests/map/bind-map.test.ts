import { describe, expect, it } from 'vitest';
import { bindMap, crowdedPlaces } from '../../src/map/bind-map';
import { activeLegs, activePlaces } from '../../src/model/steps';
import { buildRouteGeometry } from '../../src/geo/route';
import { cameraPlan, isSmall, openingShot } from '../../src/svg/framing';
import { createAppStore } from '../../src/state/store';
import type { FrameClock } from '../../src/map/animator';
import { miniDataset } from '../fixtures/mini';
import { createFakeMap } from './fake-map';

/** A manual clock: frames run only when the test says so. */
function manualClock() {
  let now = 0;
  let queue: ((t: number) => void)[] = [];
  const clock: FrameClock = {
    now: () => now,
    request: (cb) => {
      queue.push(cb);
      return queue.length;
    },
    cancel: () => {
      queue = [];
    },
  };
  return {
    clock,
    advance(ms: number) {
      now += ms;
      const q = queue;
      queue = [];
      for (const cb of q) cb(now);
    },
    pending: () => queue.length,
  };
}

function setup(opts: { reduced?: boolean; step?: number } = {}) {
  const dataset = miniDataset();
  const geometry = buildRouteGeometry(dataset);
  const store = createAppStore({ step: opts.step ?? 0 });
  const map = createFakeMap();
  const mc = manualClock();
  const unbind = bindMap(map, store, {
    dataset,
    geometry,
    reducedMotion: () => opts.reduced ?? false,
    railLabel: () => 'illustrative',
    durationMs: 1000,
    clock: mc.clock,
  });
  return { dataset, geometry, store, map, mc, unbind };
}

describe('map binding', () => {
  it('lights every leg on the overview and only the step legs on a step', () => {
    const { map, store } = setup();
    expect(map.states.get('legs:sea-1')).toEqual({ active: true });
    expect(map.states.get('legs:rail-1')).toEqual({ active: true });
    store.getState().setStep(3);
    expect(map.states.get('legs:sea-1')).toEqual({ active: true });
    expect(map.states.get('legs:rail-1')).toEqual({ active: false });
    expect(map.states.get('places:a')).toEqual({ active: true });
  });

  it("sends the step's own places, when they change, to one active source and empties the other, in turn; never the whole places source", () => {
    const { map, store, dataset } = setup();
    type Sent = { features: { properties: { id: string; labelMain: string; labelSide: string } }[] };
    const sent = (id: string) => (map.sourceData[id] ?? []) as Sent[];
    const ids = (c: Sent | undefined) => c?.features.map((f) => f.properties.id);
    const places = () => map.sourceData.places?.length ?? 0;
    // Not told what the style holds: the first step sends (the overview lights no place).
    expect(ids(sent('active-places-2').at(-1))).toEqual([]);
    expect(ids(sent('active-places').at(-1))).toEqual([]);
    const writes = places();
    store.getState().setStep(3);
    const active3 = activePlaces(dataset, 3);
    expect(active3.length).toBeGreaterThan(0);
    // Step 3's places went to the first source (the twin of the one that held the overview's), the twin emptied.
    expect(ids(sent('active-places').at(-1))).toEqual(dataset.places.filter((p) => active3.includes(p.id)).map((p) => p.id));
    expect(ids(sent('active-places-2').at(-1))).toEqual([]);
    // Each with the side of the step's frame it is on, for its label to point inward.
    const frame = buildRouteGeometry(dataset).bounds[3]!;
    for (const f of sent('active-places').at(-1)!.features) {
      const lon = dataset.places.find((p) => p.id === f.properties.id)!.coord[0];
      expect(f.properties.labelSide.startsWith(lon < (frame[0] + frame[2]) / 2 ? 'west' : 'east'), f.properties.id).toBe(true);
    }
    expect(places(), 'a step change sends no place data').toBe(writes);
    // The same step again (a replay) sends nothing.
    const count = sent('active-places').length + sent('active-places-2').length;
    store.getState().setStep(3);
    expect(sent('active-places').length + sent('active-places-2').length).toBe(count);
    // The next change goes to the other source.
    store.getState().setStep(0);
    expect(ids(sent('active-places-2').at(-1))).toEqual([]);
    expect(ids(sent('active-places').at(-1))).toEqual([]);
    // A language switch re-sends the labels (new text), the active ones too, and keeps the step active.
    store.getState().setStep(3);
    store.getState().setLang('ko');
    const last = map.sourceData.places?.at(-1) as Sent;
    const koName = dataset.places.find((p) => p.id === active3[0])?.names.ko;
    expect(last.features.find((f) => f.properties.id === active3[0])?.properties.labelMain).toBe(koName);
    const activeNow = [sent('active-places').at(-1), sent('active-places-2').at(-1)].find((c) => (c?.features.length ?? 0) > 0);
    expect(activeNow?.features.find((f) => f.properties.id === active3[0])?.properties.labelMain).toBe(koName);
    expect(map.states.get(`places:${active3[0]!}`)).toEqual({ active: true });
  });

  it('sends nothing on the first step when told the style already holds its active places', () => {
    const dataset = miniDataset();
    const store = createAppStore({ step: 3 });
    const map = createFakeMap();
    bindMap(map, store, { dataset, geometry: buildRouteGeometry(dataset), reducedMotion: () => true, railLabel: () => 'x', styleStep: 3 });
    expect(map.sourceData['active-places']).toBeUndefined();
    expect(map.sourceData['active-places-2']).toBeUndefined();
    store.getState().setStep(0);
    expect(map.sourceData['active-places-2']?.length).toBe(1);
    expect(map.sourceData['active-places']?.length).toBe(1);
  });

  it("does not name places crowding the step's own at its frame, and names them again after", () => {
    const dataset = miniDataset();
    const geometry = buildRouteGeometry(dataset);
    const active = activePlaces(dataset, 3);
    const frame = geometry.bounds[3]!;
    const [lon, lat] = dataset.places.find((p) => p.id === active[0])!.coord;
    const degPerPx = (frame[2] - frame[0]) / 800;
    // A neighbour 10 px east of the active place is crowded; one 100 px east is not; the active places never are.
    const near = { ...dataset.places[0]!, id: 'near', coord: [lon + 10 * degPerPx, lat] as [number, number] };
    const far = { ...dataset.places[0]!, id: 'far', coord: [lon + 100 * degPerPx, lat] as [number, number] };
    const ds = { ...dataset, places: [...dataset.places, near, far] };
    const crowded = crowdedPlaces(ds, active, frame, 800);
    expect(crowded).toContain('near');
    expect(crowded).not.toContain('far');
    for (const id of active) expect(crowded).not.toContain(id);
    // On a map 80 px wide, 100 px at 800 is 10 px: crowded too.
    expect(crowdedPlaces(ds, active, frame, 80)).toContain('far');
    expect(crowdedPlaces(ds, [], frame, 800)).toEqual([]);
    // Bound to a map: the feature state follows the step.
    const store = createAppStore({ step: 3 });
    const map = createFakeMap();
    bindMap(map, store, { dataset: ds, geometry: buildRouteGeometry(ds), reducedMotion: () => true, railLabel: () => 'x' });
    expect(map.states.get('places:near')).toEqual({ crowded: true });
    store.getState().setStep(0);
    expect(map.states.get('places:near')).toEqual({ crowded: false });
  });

  it('sizes padding and crowding from the given frame box and never reads the container on a step change', () => {
    const dataset = miniDataset();
    const store = createAppStore({ step: 0 });
    const map = createFakeMap();
    let containerReads = 0;
    map.getContainer = () => {
      containerReads += 1;
      return { clientWidth: 800, clientHeight: 600 } as HTMLElement;
    };
    const box = { width: 1200, height: 300 };
    bindMap(map, store, { dataset, geometry: buildRouteGeometry(dataset), reducedMotion: () => true, railLabel: () => 'x', frameBox: () => box });
    store.getState().setStep(3);
    store.getState().setStep(4);
    expect(containerReads).toBe(0);
    // 8% of the short side (300) is 24; sides get the 112 px a port label needs.
    expect(map.fits.at(-1)?.options.padding).toEqual({ top: 24, bottom: 24, left: 112, right: 112 });
  });

  it('reports loading on a step change and ready once the map is idle at the end', () => {
    const { map, store, mc } = setup({ step: 1 });
    expect(store.getState().mapState).toBe('loading');
    mc.advance(500);
    map.fireIdle();
    expect(store.getState().mapState).toBe('loading');
    mc.advance(600);
    map.fireIdle();
    expect(store.getState().mapState).toBe('ready');
  });

  it('moves the marker along the path and ends at the last leg', () => {
    const { map, mc } = setup({ step: 1 });
    mc.advance(1000);
    const last = map.markerData[map.markerData.length - 1] as { features: { geometry: { coordinates: number[] }; properties: { mode: string } }[] };
    expect(last.features[0]!.geometry.coordinates[0]).toBeCloseTo(0.5, 3);
    expect(last.features[0]!.properties.mode).toBe('front');
  });

  it('opens on the sea close-up then frames the whole step', () => {
    const { map, mc } = setup({ step: 1 });
    expect(map.fits[map.fits.length - 1]!.bounds).toEqual([0, 0, 1, 0]);
    mc.advance(1000);
    expect(map.fits[map.fits.length - 1]!.bounds).toEqual([0, 0, 1, 10.5]);
  });

  it('cancels the running animation cleanly on a step change', () => {
    const { map, store, mc } = setup({ step: 1 });
    mc.advance(300);
    store.getState().setStep(2);
    expect(mc.pending()).toBe(0);
    const frames = map.markerData.length;
    mc.advance(2000);
    expect(map.markerData.length).toBe(frames);
    // A stale idle from step 1 must not mark step 2 ready early: only one idle wait per step.
    map.fireIdle();
    expect(store.getState().mapState).toBe('ready');
    expect(map.stops).toBeGreaterThanOrEqual(2);
  });

  it('frames the overview at once on load and flies only on later changes', () => {
    const { map, store } = setup({ step: 0 });
    expect(map.fits).toHaveLength(1);
    expect(map.fits[0]!.options).toMatchObject({ animate: false, duration: 0 });
    store.getState().setStep(2);
    store.getState().setStep(0);
    expect(map.fits.at(-1)!.options).toMatchObject({ animate: true, duration: 900 });
  });

  it('on reframe() sizes the map first, then frames the same step again', () => {
    const { map, store } = setup({ step: 4, reduced: true });
    const fits = map.fits.length;
    store.getState().setStep(4);
    expect(map.fits.length, 'setStep to the same step is not a reframe').toBe(fits);
    store.getState().reframe();
    expect(map.resizes).toBe(1);
    expect(map.fits.length).toBe(fits + 1);
    expect(map.fits.at(-1)!.bounds).toEqual(map.fits[fits - 1]!.bounds);
    expect(store.getState().step).toBe(4);
  });

  it('on reframe() with motion allowed, jumps to where the step ends: no flight, the marker at the end', () => {
    const { map, store, mc, geometry } = setup({ step: 1 });
    mc.advance(300);
    store.getState().reframe();
    expect(mc.pending(), 'the running animation is cancelled, none started').toBe(0);
    const plan = cameraPlan(geometry, 1);
    expect(map.fits.at(-1)).toMatchObject({ bounds: plan.at(-1)!.bounds, options: { animate: false, duration: 0 } });
    const last = map.markerData.at(-1) as { features: { geometry: { coordinates: number[] } }[] };
    const [x, y] = last.features[0]!.geometry.coordinates;
    expect(x).toBeCloseTo(0.5, 9);
    expect(y).toBeCloseTo(10.5, 9);
    map.fireIdle();
    expect(store.getState().mapState).toBe('ready');
  });

  it('jumps to the end state with reduced motion', () => {
    const { map, mc } = setup({ step: 1, reduced: true });
    expect(mc.pending()).toBe(0);
    expect(map.fits).toHaveLength(1);
    expect(map.fits[0]!.options).toMatchObject({ animate: false, duration: 0 });
    const last = map.markerData[map.markerData.length - 1] as { features: { geometry: { coordinates: number[] } }[] };
    const [x, y] = last.features[0]!.geometry.coordinates;
    expect(x).toBeCloseTo(0.5, 9);
    expect(y).toBeCloseTo(10.5, 9);
  });

  it('never passes essential: true, so the browser motion setting is honoured', () => {
    const { map, store, mc } = setup({ step: 1 });
    store.getState().setStep(4);
    mc.advance(2000);
    for (const f of map.fits) expect(f.options.essential).toBeUndefined();
  });

  it('hides the marker on steps without legs, and leaves the empty source of a new map alone', () => {
    const { map, store } = setup({ step: 2, reduced: true });
    // The style starts without a marker: clearing it again would only cost a worker round trip.
    expect(map.markerData).toHaveLength(0);
    store.getState().setStep(1);
    const drawn = map.markerData[map.markerData.length - 1] as { features: unknown[] };
    expect(drawn.features).toHaveLength(1);
    store.getState().setStep(2);
    const last = map.markerData[map.markerData.length - 1] as { features: unknown[] };
    expect(last.features).toHaveLength(0);
    expect(map.markerData).toHaveLength(2);
  });

  it('repaints for a theme and relabels for a language', () => {
    const { map, store } = setup();
    store.getState().setTheme('dark');
    expect(map.paint.some(([l, p, v]) => l === 'ocean' && p === 'background-color' && v === '#0f1c26')).toBe(true);
    store.getState().setLang('ko');
    const places = map.sourceData.places?.[0] as { features: { properties: { labelMain: string } }[] };
    expect(places.features[0]!.properties.labelMain).toBe('가');
  });

  it('stops reacting after unbind', () => {
    const { map, store, unbind } = setup();
    unbind();
    const n = map.fits.length;
    store.getState().setStep(5);
    expect(map.fits.length).toBe(n);
  });

  it('activeLegs and activePlaces follow the data', () => {
    const ds = miniDataset();
    expect(activeLegs(ds, 0)).toHaveLength(3);
    expect(activeLegs(ds, 2)).toEqual([]);
    expect(activePlaces(ds, 2)).toEqual(['a']);
    expect(activePlaces(ds, 0)).toEqual([]);
  });
});

describe('camera plan', () => {
  const g = buildRouteGeometry(miniDataset());
  it('has one shot for the overview and steps without legs', () => {
    expect(cameraPlan(g, 0)).toHaveLength(1);
    expect(cameraPlan(g, 2)).toHaveLength(1);
  });
  it('cuts from the sea close-up to the continent when the sea phase ends', () => {
    const plan = cameraPlan(g, 1);
    expect(plan.map((s) => s.bounds)).toEqual([[0, 0, 1, 0], [0, 0, 1, 10.5]]);
    expect(plan[1]!.at).toBeCloseTo(4 / 9.2, 6);
  });
  it('keeps a sea-only step on the close-up', () => {
    expect(cameraPlan(g, 3)).toEqual([{ bounds: [0, 0, 1, 0], at: 0, maxZoom: 7 }]);
  });
  it('opens a step where the binding first frames it: at rest when still or without a path, else on the first shot', () => {
    expect(openingShot(g, 0, false)).toEqual(cameraPlan(g, 0)[0]);
    expect(openingShot(g, 1, true)).toEqual(cameraPlan(g, 1)[1]);
    expect(openingShot(g, 1, true)?.bounds).toEqual([0, 0, 1, 10.5]);
    expect(openingShot(g, 1, false)?.bounds).toEqual([0, 0, 1, 0]);
    expect(openingShot(g, 2, false)).toEqual(cameraPlan(g, 2)[0]);
    // The map created at this view gets no second framing: the binding's first fit lands on it.
    const { map } = setup({ step: 1 });
    expect(map.fits[0]!.bounds).toEqual(openingShot(g, 1, false)?.bounds);
  });
  it('classifies boxes by size', () => {
    expect(isSmall([130, 42, 133, 43])).toBe(true);
    expect(isSmall([40, 42, 133, 56])).toBe(false);
  });
});
