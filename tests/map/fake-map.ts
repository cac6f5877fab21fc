/** A small fake of the maplibre Map surface that bind-map uses, recording every call. */
import type { MapLike } from '../../src/map/bind-map';

export interface FakeMap extends MapLike {
  states: Map<string, Record<string, unknown>>;
  fits: { bounds: unknown; options: Record<string, unknown> }[];
  markerData: unknown[];
  paint: [string, string, unknown][];
  layout: [string, string, unknown][];
  sourceData: Record<string, unknown[]>;
  stops: number;
  resizes: number;
  fireIdle: () => void;
}

export function createFakeMap(): FakeMap {
  const idle: (() => void)[] = [];
  const fake = {
    states: new Map<string, Record<string, unknown>>(),
    fits: [] as FakeMap['fits'],
    markerData: [] as unknown[],
    paint: [] as FakeMap['paint'],
    layout: [] as FakeMap['layout'],
    sourceData: {} as Record<string, unknown[]>,
    stops: 0,
    resizes: 0,
    setFeatureState(f: { source: string; id?: string | number }, state: Record<string, unknown>) {
      const key = `${f.source}:${String(f.id)}`;
      fake.states.set(key, { ...(fake.states.get(key) ?? {}), ...state });
    },
    getSource(id: string) {
      return {
        setData(data: unknown) {
          if (id === 'marker') fake.markerData.push(data);
          (fake.sourceData[id] ??= []).push(data);
        },
      };
    },
    fitBounds(bounds: unknown, options: Record<string, unknown>) {
      fake.fits.push({ bounds, options });
    },
    once(type: string, cb: () => void) {
      if (type === 'idle') idle.push(cb);
    },
    stop() {
      fake.stops += 1;
    },
    resize() {
      fake.resizes += 1;
    },
    setPaintProperty(layer: string, prop: string, value: unknown) {
      fake.paint.push([layer, prop, value]);
    },
    setLayoutProperty(layer: string, prop: string, value: unknown) {
      fake.layout.push([layer, prop, value]);
    },
    triggerRepaint() {},
    getContainer() {
      return { clientWidth: 800, clientHeight: 600 };
    },
    fireIdle() {
      for (const cb of idle.splice(0)) cb();
    },
  };
  return fake as unknown as FakeMap;
}
