import { describe, expect, it } from 'vitest';
import { formatIssues, validateDataset, type RawDataset, type ValidationResult } from '../../src/model/dataset';
import type { DataIssue } from '../../src/model/types';
import { brokenData, byId, indexOfId, leg, legIndex, loose, realData, transferByStep } from '../fixtures/data';

function issuesOf(result: ValidationResult): DataIssue[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues;
}

/** Asserts an issue exists at exactly this file and path, optionally with a message fragment. */
function expectIssue(result: ValidationResult, file: string, path: string, message?: string | RegExp): void {
  const issues = issuesOf(result);
  const hit = issues.find((i) => i.file === file && i.path === path && (message === undefined || (typeof message === 'string' ? i.message.includes(message) : message.test(i.message))));
  expect(hit, `expected ${file}: ${path}: ${String(message ?? '')}\ngot:\n${formatIssues(issues)}`).toBeDefined();
}

const P = 'data/places.json';
const L = 'data/legs.geo.json';
const T = 'data/transfers.json';
const E = 'data/events.json';

describe('validateDataset on the real data', () => {
  it('accepts data/*.json with no issues', () => {
    const result = validateDataset(realData());
    expect(result.ok ? [] : formatIssues(result.issues)).toEqual([]);
    expect(result.issues).toEqual([]);
  });

  it('returns exactly ten transfers sorted by step', () => {
    const d = realData();
    d.transfers.transfers.reverse();
    const result = validateDataset(d);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.transfers.map((t) => t.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('keeps every place, leg, event and source', () => {
    const d = realData();
    const result = validateDataset(realData());
    if (!result.ok) throw new Error(formatIssues(result.issues));
    expect(result.dataset.places).toHaveLength(d.places.places.length);
    expect(result.dataset.legs).toHaveLength(d.legs.features.length);
    expect(result.dataset.events).toHaveLength(d.events.events.length);
    expect(result.dataset.sources).toHaveLength(d.sources.sources.length);
  });
});

describe('validateDataset rejects broken data, naming file and path', () => {
  it('reports a duplicate place id at the second occurrence', () => {
    const r = validateDataset(brokenData((d) => { (d.places.places[1] as { id: string }).id = d.places.places[0]?.id ?? ''; }));
    expectIssue(r, P, 'places[1].id', 'duplicate id');
  });

  it('reports a duplicate leg id', () => {
    const r = validateDataset(brokenData((d) => { leg(d, 'rail-trunk').properties.id = 'sea-najin-dunai'; }));
    const d = realData();
    expectIssue(r, L, `features[${legIndex(d, 'rail-trunk')}].properties.id`, 'duplicate id "sea-najin-dunai"');
  });

  it('reports a transfer that lists a leg id that does not exist', () => {
    const d = realData();
    const { index } = transferByStep(d, 2);
    const r = validateDataset(brokenData((x) => { transferByStep(x, 2).transfer.legs[0] = 'sea-najin-atlantis'; }));
    expectIssue(r, T, `transfers[${index}].legs[0]`, 'unknown leg id "sea-najin-atlantis"');
  });

  it('reports a source id that is not in sources.json', () => {
    const r = validateDataset(brokenData((d) => { (d.events.events[0] as { sources: string[] }).sources[0] = 'nowhere-2023'; }));
    expectIssue(r, E, 'events[0].sources[0]', 'unknown source id "nowhere-2023"');
  });

  it('reports a dangling source id inside a claim and inside evidence', () => {
    const d = realData();
    const { index } = transferByStep(d, 3);
    const r = validateDataset(brokenData((x) => {
      const t = transferByStep(x, 3).transfer;
      t.vessel.sources[0] = 'ghost';
      (t.evidence[1] as { sources: string[] }).sources[0] = 'ghost';
    }));
    expectIssue(r, T, `transfers[${index}].vessel.sources[0]`, 'unknown source id "ghost"');
    expectIssue(r, T, `transfers[${index}].evidence[1].sources[0]`, 'unknown source id "ghost"');
  });

  it('reports a leg whose place id does not exist', () => {
    const d = realData();
    const r = validateDataset(brokenData((x) => { leg(x, 'sea-najin-dunai').properties.to = 'atlantis'; }));
    expectIssue(r, L, `features[${legIndex(d, 'sea-najin-dunai')}].properties.to`, 'unknown place id "atlantis"');
  });

  it('reports a transfer claim whose place id does not exist', () => {
    const d = realData();
    const { index } = transferByStep(d, 9);
    const r = validateDataset(brokenData((x) => { transferByStep(x, 9).transfer.to.value = 'vostochny'; }));
    expectIssue(r, T, `transfers[${index}].to.value`, 'unknown place id "vostochny"');
  });

  it('rejects a date that is not on the calendar (2023-02-30)', () => {
    const r = validateDataset(brokenData((d) => { (d.events.events[0] as { start: string }).start = '2023-02-30'; }));
    expectIssue(r, E, 'events[0].start', 'not a real calendar date');
  });

  it('rejects a date outside 2023–2024', () => {
    const r = validateDataset(brokenData((d) => { (d.events.events[0] as { start: string }).start = '2022-12-31'; }));
    expectIssue(r, E, 'events[0].start', 'outside 2023-01-01');
  });

  it('rejects a transfer window that ends before it starts', () => {
    const d = realData();
    const { index } = transferByStep(d, 4);
    const r = validateDataset(brokenData((x) => { transferByStep(x, 4).transfer.window.end = '2023-09-01'; }));
    expectIssue(r, T, `transfers[${index}].window.end`, 'ends (2023-09-01) before it starts (2023-09-07)');
  });

  it('rejects an event that ends before it starts', () => {
    const d = realData();
    const i = indexOfId(d.events.events, 'lavrov-in-pyongyang');
    const r = validateDataset(brokenData((x) => { byId(x.events.events, 'lavrov-in-pyongyang').end = '2023-10-17'; }));
    expectIssue(r, E, `events[${i}].end`, 'before it starts');
  });

  it('rejects a place with lon and lat swapped when the latitude is impossible', () => {
    const r = validateDataset(brokenData((d) => { (d.places.places[0] as { coord: [number, number] }).coord = [42.24, 130.3]; }));
    expectIssue(r, P, 'places[0].coord[1]');
  });

  it('catches swapped lon/lat through the legs that end at the place', () => {
    const d = realData();
    const r = validateDataset(brokenData((x) => { byId(x.places.places, 'tikhoretsk-depot').coord = [45.8547, 40.1253]; }));
    const trunk = leg(d, 'rail-trunk').geometry.coordinates.length - 1;
    expectIssue(r, L, `features[${legIndex(d, 'rail-trunk')}].geometry.coordinates[${trunk}]`, 'from its "to" place "tikhoretsk-depot"');
    expectIssue(r, L, `features[${legIndex(d, 'front-tikhoretsk')}].geometry.coordinates[0]`, 'from its "from" place "tikhoretsk-depot"');
  });

  it('requires a source for every claim marked reported', () => {
    const d = realData();
    const { index } = transferByStep(d, 3);
    const r = validateDataset(brokenData((x) => { transferByStep(x, 3).transfer.vessel.sources = []; }));
    expectIssue(r, T, `transfers[${index}].vessel.sources`, 'must cite at least one source');
  });

  it('requires a source for every leg marked reported', () => {
    const d = realData();
    const r = validateDataset(brokenData((x) => { leg(x, 'sea-najin-dunai').properties.sources = []; }));
    expectIssue(r, L, `features[${legIndex(d, 'sea-najin-dunai')}].properties.sources`, 'must cite at least one source');
  });

  it('requires certainty "unknown" when a claim value is null', () => {
    const d = realData();
    const { index } = transferByStep(d, 1);
    const r = validateDataset(brokenData((x) => { transferByStep(x, 1).transfer.to.certainty = 'inferred'; }));
    expectIssue(r, T, `transfers[${index}].to.certainty`, 'must be "unknown"');
  });

  it('requires a null value when a claim is marked unknown', () => {
    const d = realData();
    const { index } = transferByStep(d, 1);
    const r = validateDataset(brokenData((x) => { transferByStep(x, 1).transfer.from.certainty = 'unknown'; }));
    expectIssue(r, T, `transfers[${index}].from.value`, 'must be null');
  });

  it('rejects nine transfers', () => {
    const r = validateDataset(brokenData((d) => { d.transfers.transfers = d.transfers.transfers.filter((t) => t.step !== 10); }));
    expectIssue(r, T, 'transfers', 'expected exactly 10 transfers, found 9');
    expectIssue(r, T, 'transfers', 'step 10 is missing');
  });

  it('rejects eleven transfers', () => {
    const r = validateDataset(brokenData((d) => {
      const extra = structuredClone(transferByStep(d, 10).transfer);
      extra.id = 'step-11';
      d.transfers.transfers.push(extra);
    }));
    expectIssue(r, T, 'transfers', 'expected exactly 10 transfers, found 11');
    expectIssue(r, T, 'transfers[10].step', 'step 10 appears more than once');
  });

  it('rejects a step number used twice', () => {
    const d = realData();
    const { index } = transferByStep(d, 2);
    const r = validateDataset(brokenData((x) => { transferByStep(x, 2).transfer.step = 1; }));
    expectIssue(r, T, `transfers[${index}].step`, 'step 1 appears more than once');
    expectIssue(r, T, 'transfers', 'step 2 is missing');
  });

  it('rejects a leg whose geometry is not a LineString', () => {
    const d = realData();
    const i = legIndex(d, 'front-tikhoretsk');
    const r = validateDataset(brokenData((x) => { loose(leg(x, 'front-tikhoretsk')).geometry = { type: 'Point', coordinates: [40.1253, 45.8547] }; }));
    expectIssue(r, L, `features[${i}].geometry.type`);
  });

  it('rejects a leg that starts or ends more than 3 km from its place', () => {
    const d = realData();
    const i = legIndex(d, 'sea-najin-dunai');
    const last = leg(d, 'sea-najin-dunai').geometry.coordinates.length - 1;
    const r = validateDataset(brokenData((x) => {
      const c = leg(x, 'sea-najin-dunai').geometry.coordinates;
      c[last] = [132.6, 42.87];
      c[0] = [130.3, 42.1];
    }));
    expectIssue(r, L, `features[${i}].geometry.coordinates[${last}]`, /km from its "to" place "dunai" \(max 3 km\)/);
    expectIssue(r, L, `features[${i}].geometry.coordinates[0]`, /km from its "from" place "najin"/);
  });

  it('rejects a leg with the same vertex twice in a row', () => {
    const d = realData();
    const i = legIndex(d, 'air-sunan');
    const r = validateDataset(brokenData((x) => {
      const c = leg(x, 'air-sunan').geometry.coordinates;
      c.splice(2, 0, [...(c[1] as [number, number])]);
    }));
    expectIssue(r, L, `features[${i}].geometry.coordinates[2]`, 'repeats the previous vertex');
  });

  it('rejects coordinates with more than 4 decimals', () => {
    const d = realData();
    const i = legIndex(d, 'air-sunan');
    const r = validateDataset(brokenData((x) => { (leg(x, 'air-sunan').geometry.coordinates[1] as [number, number])[0] = 128.00001; }));
    expectIssue(r, L, `features[${i}].geometry.coordinates[1]`, 'more than 4 decimals');
  });

  it('rejects a non-finite coordinate', () => {
    const d = realData();
    const i = legIndex(d, 'air-sunan');
    const r = validateDataset(brokenData((x) => {
      (leg(x, 'air-sunan').geometry.coordinates[1] as [number, number])[0] = Number.POSITIVE_INFINITY;
      (leg(x, 'air-sunan').geometry.coordinates[2] as [number, number])[1] = Number.NaN;
    }));
    expectIssue(r, L, `features[${i}].geometry.coordinates[1][0]`);
    expectIssue(r, L, `features[${i}].geometry.coordinates[2][1]`);
  });

  it('rejects a position that is not a pair of numbers', () => {
    const d = realData();
    const i = legIndex(d, 'air-sunan');
    const r = validateDataset(brokenData((x) => { loose(leg(x, 'air-sunan').geometry).coordinates = [[125.67, 39.2239, 10], [134, 46]]; }));
    expectIssue(r, L, `features[${i}].geometry.coordinates[0]`);
  });

  it('rejects a property the schema does not know, naming it in the path', () => {
    const r = validateDataset(brokenData((d) => { loose(d.places.places[2] as object).population = 1200; }));
    expectIssue(r, P, 'places[2].population', 'unknown property "population"');
  });

  it('rejects extra GeoJSON members beyond the schema (RFC 7946 foreign members)', () => {
    const d = realData();
    const i = legIndex(d, 'rail-trunk');
    const r = validateDataset(brokenData((x) => { loose(leg(x, 'rail-trunk')).bbox = [0, 0, 1, 1]; }));
    expectIssue(r, L, `features[${i}].bbox`, 'unknown property "bbox"');
  });

  it('requires joined rail sections to share their junction vertex exactly', () => {
    const d = realData();
    const i = legIndex(d, 'rail-vostochny-junction');
    const last = leg(d, 'rail-vostochny-junction').geometry.coordinates.length - 1;
    const r = validateDataset(brokenData((x) => { leg(x, 'rail-vostochny-junction').geometry.coordinates[last] = [132.4538, 43.2614]; }));
    expectIssue(r, L, `features[${i}].geometry.coordinates[${last}]`, 'first vertex of "rail-trunk" exactly');
  });

  it('requires a transfer to list its legs in travel order', () => {
    const d = realData();
    const { index } = transferByStep(d, 4);
    const r = validateDataset(brokenData((x) => { transferByStep(x, 4).transfer.legs.reverse(); }));
    expectIssue(r, T, `transfers[${index}].legs[0]`, 'not at the transfer\'s origin "najin"');
    expectIssue(r, T, `transfers[${index}].legs[1]`);
  });

  it('reports several problems in different files at once, each with its own file and path', () => {
    const d = realData();
    const { index } = transferByStep(d, 6);
    const r = validateDataset(brokenData((x) => {
      (x.places.places[3] as { coord: [number, number] }).coord = [200, 42];
      transferByStep(x, 6).transfer.window.start = '2023-13-01';
      byId(x.sources.sources, 'yonhap-2023-10-14').url = 'not a url';
      (x.events.events[1] as { sources: string[] }).sources = ['missing-source'];
      leg(x, 'air-sunan').properties.from = 'pyongyang';
    }));
    const issues = issuesOf(r);
    expectIssue(r, P, 'places[3].coord[0]');
    expectIssue(r, T, `transfers[${index}].window.start`);
    expectIssue(r, 'data/sources.json', `sources[${indexOfId(d.sources.sources, 'yonhap-2023-10-14')}].url`);
    expectIssue(r, E, 'events[1].sources[0]', 'unknown source id "missing-source"');
    expectIssue(r, L, `features[${legIndex(d, 'air-sunan')}].properties.from`, 'unknown place id "pyongyang"');
    // The broken yonhap entry is still a known id: references to it do not dangle.
    expect(issues.some((i) => i.message.includes('unknown source id "yonhap-2023-10-14"'))).toBe(false);
  });

  it('never throws: any input becomes a list of issues', () => {
    const inputs: RawDataset[] = [
      { places: null, legs: 42, transfers: 'x', events: [], sources: undefined, disagreements: 0, corrections: null, estimates: 'x' },
      { places: {}, legs: {}, transfers: {}, events: {}, sources: {}, disagreements: {}, corrections: {}, estimates: {} },
    ];
    for (const input of inputs) {
      const r = validateDataset(input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(new Set(r.issues.map((i) => i.file)).size).toBe(8);
    }
    const hostile = { get places(): unknown { throw new Error('boom'); }, legs: null, transfers: null, events: null, sources: null, disagreements: null, corrections: null, estimates: null };
    const r = validateDataset(hostile);
    expect(r.ok).toBe(false);
    expect(issuesOf(r).some((i) => i.message.includes('boom'))).toBe(true);
  });
});

describe('formatIssues', () => {
  it('prints one "file: path: message" line per issue', () => {
    expect(
      formatIssues([
        { file: 'data/places.json', path: 'places[3].coord[0]', message: 'too big' },
        { file: 'data/events.json', path: '(root)', message: 'missing' },
      ]),
    ).toBe('data/places.json: places[3].coord[0]: too big\ndata/events.json: (root): missing');
  });
});
