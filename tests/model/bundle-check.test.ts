import { describe, expect, it } from 'vitest';
import places from '../../data/places.json';
import legs from '../../data/legs.geo.json';
import transfers from '../../data/transfers.json';
import events from '../../data/events.json';
import sources from '../../data/sources.json';
import { BUNDLE_FILES, checkBundle } from '../../src/model/bundle-check';
import { DATA_FILES, validateDataset } from '../../src/model/dataset';
import { loadBundledDataset } from '../../src/model/load';
import { omitFields, PAGE_OMITS } from '../../src/model/text-pack';

const raw = () => structuredClone({ places, legs, transfers, events, sources }) as unknown as Record<keyof typeof BUNDLE_FILES, Record<string, unknown[]>>;

describe('runtime bundle check', () => {
  it('names the same files as the full validator', () => {
    expect(BUNDLE_FILES).toEqual(DATA_FILES);
  });

  it('gives the page exactly the dataset that the full validation produces', () => {
    const full = validateDataset(raw());
    expect(full.ok).toBe(true);
    const light = loadBundledDataset();
    expect('dataset' in light).toBe(true);
    // Less the editorial fields the page never shows (PAGE_OMITS in src/model/text-pack.ts).
    if (full.ok && 'dataset' in light)
      expect(light.dataset).toEqual({ ...full.dataset, places: omitFields(full.dataset.places, PAGE_OMITS.places), legs: omitFields(full.dataset.legs, PAGE_OMITS.legs) });
  });

  it('reports a broken coordinate with its file and JSON path', () => {
    const r = raw();
    (r.places.places![0] as Record<string, unknown>).coord = ['x', 42];
    const out = checkBundle(r);
    expect('issues' in out && out.issues).toContainEqual({ file: 'data/places.json', path: 'places[0].coord', message: 'must be [lon, lat] in degrees' });
  });

  it('reports every problem, not just the first', () => {
    const r = raw();
    r.transfers.transfers = r.transfers.transfers!.slice(0, 9);
    ((r.transfers.transfers[0] as Record<string, unknown>).legs as string[]).push('no-such-leg');
    (r.legs.features![0] as { properties: { sources: string[] } }).properties.sources.push('no-such-source');
    const out = checkBundle(r);
    expect('issues' in out).toBe(true);
    const messages = 'issues' in out ? out.issues.map((i) => `${i.file}: ${i.path}: ${i.message}`) : [];
    expect(messages.some((m) => m.startsWith('data/transfers.json: transfers: expected the ten steps'))).toBe(true);
    expect(messages.some((m) => m.includes('unknown leg id "no-such-leg"'))).toBe(true);
    expect(messages.some((m) => m.startsWith('data/legs.geo.json: features[0].properties.sources[') && m.includes('no-such-source'))).toBe(true);
  });

  it('names an unknown source id by its exact JSON path, however deep it is cited', () => {
    const r = raw();
    type Cited = { sources: string[] };
    const list = r.transfers.transfers as { evidence?: Cited[]; vessel?: Cited }[];
    const i = list.findIndex((t) => (t.evidence?.length ?? 0) >= 2);
    expect(i, 'a transfer with two pieces of evidence').toBeGreaterThanOrEqual(0);
    const cited = list[i]!.evidence![1]!.sources;
    cited.push('ghost');
    (r.events.events![0] as Cited).sources.unshift('nowhere');
    const out = checkBundle(r);
    const issues = 'issues' in out ? out.issues : [];
    expect(issues).toEqual([
      { file: 'data/transfers.json', path: `transfers[${i}].evidence[1].sources[${cited.length - 1}]`, message: 'unknown source id "ghost"' },
      { file: 'data/events.json', path: 'events[0].sources[0]', message: 'unknown source id "nowhere"' },
    ]);
  });

  it('refuses a file that is not shaped like the data at all', () => {
    const r = raw() as Record<string, unknown>;
    r.sources = 'oops';
    const out = checkBundle(r as never);
    expect('issues' in out && out.issues[0]).toEqual({ file: 'data/sources.json', path: 'sources', message: 'must be an array' });
  });
});
