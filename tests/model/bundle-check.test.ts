import { describe, expect, it } from 'vitest';
import places from '../../data/places.json';
import legs from '../../data/legs.geo.json';
import transfers from '../../data/transfers.json';
import events from '../../data/events.json';
import sources from '../../data/sources.json';
import disagreements from '../../data/disagreements.json';
import corrections from '../../data/corrections.json';
import estimates from '../../data/estimates.json';
import { BUNDLE_FILES, checkBundle } from '../../src/model/bundle-check';
import { DATA_FILES, validateDataset } from '../../src/model/dataset';
import { loadBundledDataset } from '../../src/model/load';
import { isLocalized, omitFields, PAGE_OMITS } from '../../src/model/text-pack';
import { pick } from '../../src/i18n';
import { LANGS } from '../../src/model/constants';

const raw = () =>
  structuredClone({ places, legs, transfers, events, sources, disagreements, corrections, estimates }) as unknown as Record<keyof typeof BUNDLE_FILES, Record<string, unknown[]>>;

describe('runtime bundle check', () => {
  it('names the same files as the full validator', () => {
    expect(BUNDLE_FILES).toEqual(DATA_FILES);
    expect(Object.keys(raw()).sort()).toEqual(Object.keys(DATA_FILES).sort());
  });

  it('gives the page exactly the dataset that the full validation produces, every text read as the page reads it', () => {
    const full = validateDataset(raw());
    expect(full.ok).toBe(true);
    const light = loadBundledDataset();
    expect('dataset' in light).toBe(true);
    // Every text as pick() gives it in each language (the packs are loaded: tests/setup/all-languages.ts).
    const asRead = (v: unknown): unknown => {
      if (isLocalized(v)) return Object.fromEntries(LANGS.map((l) => [l, pick(v, l)]));
      if (Array.isArray(v)) return v.map(asRead);
      if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, asRead(x)]));
      return v;
    };
    // Less the editorial fields the page never shows (PAGE_OMITS in src/model/text-pack.ts).
    if (full.ok && 'dataset' in light)
      expect(asRead(light.dataset)).toEqual({ ...full.dataset, places: omitFields(full.dataset.places, PAGE_OMITS.places), legs: omitFields(full.dataset.legs, PAGE_OMITS.legs) });
  });

  it('orders the corrections newest first and the estimates by date, as the full validation does', () => {
    const r = raw();
    // Shuffle the file order: the order comes from the dates, not from the files.
    r.corrections.corrections!.reverse();
    r.estimates.estimates!.reverse();
    // The log's entries may share a date; an older one listed first must still come last.
    const first = r.corrections.corrections![0] as { date: string };
    first.date = '2023-12-01';
    const full = validateDataset(r);
    const light = checkBundle(r);
    expect(full.ok && 'dataset' in light).toBe(true);
    if (!full.ok || !('dataset' in light)) return;
    const dates = (list: { date: string }[]) => list.map((x) => x.date);
    expect(dates(light.dataset.corrections)).toEqual([...dates(full.dataset.corrections)].sort().reverse());
    expect(light.dataset.corrections.at(-1)?.date).toBe('2023-12-01');
    expect(dates(light.dataset.estimates)).toEqual([...dates(full.dataset.estimates)].sort());
    expect(light.dataset.corrections).toEqual(full.dataset.corrections);
    expect(light.dataset.estimates).toEqual(full.dataset.estimates);
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
    const side = (r.disagreements.disagreements![0] as { sides: Cited[] }).sides[1]!.sources;
    side.push('phantom');
    (r.estimates.estimates![0] as Cited).sources.unshift('absent');
    const out = checkBundle(r);
    const issues = 'issues' in out ? out.issues : [];
    expect(issues).toEqual([
      { file: 'data/transfers.json', path: `transfers[${i}].evidence[1].sources[${cited.length - 1}]`, message: 'unknown source id "ghost"' },
      { file: 'data/events.json', path: 'events[0].sources[0]', message: 'unknown source id "nowhere"' },
      { file: 'data/disagreements.json', path: `disagreements[0].sides[1].sources[${side.length - 1}]`, message: 'unknown source id "phantom"' },
      { file: 'data/estimates.json', path: 'estimates[0].sources[0]', message: 'unknown source id "absent"' },
    ]);
    // The full validation names the same spots.
    const full = validateDataset(r);
    const paths = full.ok ? [] : full.issues.map((x) => `${x.file}: ${x.path}`);
    for (const x of issues) expect(paths).toContain(`${x.file}: ${x.path}`);
  });

  it('refuses a file that is not shaped like the data at all', () => {
    const r = raw() as Record<string, unknown>;
    r.sources = 'oops';
    const out = checkBundle(r as never);
    expect('issues' in out && out.issues[0]).toEqual({ file: 'data/sources.json', path: 'sources', message: 'must be an array' });
  });
});
