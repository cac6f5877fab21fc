/**
 * Unknown JSON → typed, cross-checked Dataset. Shape comes from schema.ts; this file adds
 * the rules that span fields and files (ids resolve, windows ordered, honesty rules,
 * leg geometry). Every problem is reported with its file and JSON path, never just the first.
 */
import distance from '@turf/distance';
import type { z } from 'zod';
import {
  CONTENT_FARM_HOSTS,
  correctionSchema,
  correctionsFileSchema,
  disagreementSchema,
  disagreementsFileSchema,
  estimateSchema,
  estimatesFileSchema,
  eventSchema,
  eventsFileSchema,
  hostIsOn,
  isoDate,
  legFeatureSchema,
  legsFileSchema,
  placeSchema,
  placesFileSchema,
  sourceSchema,
  sourcesFileSchema,
  transferSchema,
  transfersFileSchema,
} from './schema';
import type { ContextEvent, Correction, DataIssue, Dataset, Disagreement, Estimate, LegFeature, Place, Source, Transfer } from './types';
import { DATA_FILES } from './constants';

/** Where each part of the dataset lives, as shown in issue messages. */
export { DATA_FILES };

export type DataFileKey = keyof typeof DATA_FILES;
/** The data files as parsed JSON, not yet trusted. */
export type RawDataset = Record<DataFileKey, unknown>;

export type ValidationResult = { ok: true; dataset: Dataset; issues: [] } | { ok: false; issues: DataIssue[] };

/** Every date in the data must fall in this range (the story is 2023, with 2024 follow-ups). */
export const DATE_RANGE = { min: '2023-01-01', max: '2024-12-31' } as const;
/** A leg's first/last vertex must lie this close to its from/to place. */
export const LEG_ENDPOINT_MAX_KM = 3;
export const TRANSFER_COUNT = 10;

type Path = readonly PropertyKey[];

/** Formats a zod-style path as `places[3].coord[0]`. */
export function formatPath(path: Path): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    // A key like "a.b", "" or "x[0]" would make the path ambiguous: quote it as ["a.b"].
    else if (typeof key === 'string' && !/^[A-Za-z_$][\w$-]*$/.test(key)) out += `[${JSON.stringify(key)}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

export { formatIssues } from './issues';

interface Item<T> {
  index: number;
  value: T;
}

class IssueList {
  readonly all: DataIssue[] = [];
  add(file: string, path: Path | string, message: string): void {
    this.all.push({ file, path: typeof path === 'string' ? path : formatPath(path), message });
  }
  addZod(file: string, error: z.ZodError, prefix: Path = []): void {
    for (const issue of error.issues) {
      const path = [...prefix, ...issue.path];
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys)
          this.add(file, [...path, key], `unknown property "${key.length > 60 ? `${key.slice(0, 60)}…` : key}" (not in the schema)`);
      } else {
        this.add(file, path, issue.message);
      }
    }
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The raw array inside a file ({places: [...]}), or [] when the file is not shaped like one. */
function rawArray(raw: unknown, key: string): unknown[] {
  if (!isRecord(raw)) return [];
  const arr = raw[key];
  return Array.isArray(arr) ? arr : [];
}

/**
 * Parses a whole file; when it fails, reports the file's issues once and keeps the items
 * that are valid on their own, so cross-file checks still run on the rest.
 */
function parseCollection<T>(
  issues: IssueList,
  file: string,
  raw: unknown,
  fileSchema: z.ZodType,
  key: string,
  itemSchema: z.ZodType<T>,
): { items: Item<T>[]; complete: boolean } {
  const whole = fileSchema.safeParse(raw);
  if (!whole.success) issues.addZod(file, whole.error);
  const items: Item<T>[] = [];
  rawArray(raw, key).forEach((value, index) => {
    const r = itemSchema.safeParse(value);
    if (r.success) items.push({ index, value: r.data });
  });
  return { items, complete: whole.success };
}

/** Ids present in a raw file, valid items or not: a reference to a broken item is not dangling. */
function rawIds(raw: unknown, key: string, pick: (item: Record<string, unknown>) => unknown): Set<string> {
  const out = new Set<string>();
  for (const item of rawArray(raw, key)) {
    if (!isRecord(item)) continue;
    const id = pick(item);
    if (typeof id === 'string') out.add(id);
  }
  return out;
}

function checkUnique<T>(issues: IssueList, file: string, items: Item<T>[], idOf: (v: T) => string, pathOf: (i: number) => Path): void {
  const first = new Map<string, number>();
  for (const { index, value } of items) {
    const id = idOf(value);
    const seen = first.get(id);
    if (seen === undefined) first.set(id, index);
    else issues.add(file, pathOf(index), `duplicate id "${id}" (first used at ${formatPath(pathOf(seen))})`);
  }
}

function checkRefs(issues: IssueList, file: string, ids: readonly string[], known: Set<string>, what: string, path: Path): void {
  ids.forEach((id, j) => {
    if (!known.has(id)) issues.add(file, [...path, j], `unknown ${what} id "${id}"`);
  });
}

function checkDateInRange(issues: IssueList, file: string, date: string, path: Path): void {
  // YYYY-MM sorts correctly against YYYY-MM-DD bounds when compared by month.
  const lo = date.length === 7 ? DATE_RANGE.min.slice(0, 7) : DATE_RANGE.min;
  const hi = date.length === 7 ? DATE_RANGE.max.slice(0, 7) : DATE_RANGE.max;
  if (date < lo || date > hi) issues.add(file, path, `date ${date} is outside ${DATE_RANGE.min} … ${DATE_RANGE.max}`);
}

/**
 * Originals, not mirrors (facts.md §11): a link on none of the publisher's own sites must be
 * labelled as a copy; a source with no link says why; content-farm mirrors are never linked.
 */
function checkSourceLink(issues: IssueList, file: string, s: Source, base: Path): void {
  if (s.url === null) {
    if (!s.noLink) issues.add(file, [...base, 'noLink'], 'a source without a link (url: null) must say why in "noLink"');
    if (s.copy) issues.add(file, [...base, 'copy'], 'names a copy but has no URL (url is null)');
    return;
  }
  if (s.noLink) issues.add(file, [...base, 'noLink'], 'is only for a source without a link (url: null)');
  let host: string;
  try {
    host = new URL(s.url).hostname.toLowerCase();
  } catch {
    issues.add(file, [...base, 'url'], 'is not a URL with a host');
    return;
  }
  const farm = CONTENT_FARM_HOSTS.find((d) => hostIsOn(host, d));
  if (farm) {
    issues.add(file, [...base, 'url'], `"${host}" is a content-farm mirror (${farm}), never linked: cite the original with url null and say why in "noLink"`);
    return;
  }
  const own = s.publisherSites.some((d) => hostIsOn(host, d));
  if (!own && !s.copy) {
    const sites = s.publisherSites.length ? s.publisherSites.join(', ') : 'none listed';
    issues.add(file, [...base, 'url'], `"${host}" is not one of the publisher's sites (${sites}): a link to a copy must say so in "copy" ({ "site": … })`);
  }
  if (own && s.copy) issues.add(file, [...base, 'copy'], `the URL is on the publisher's own site "${host}", so it is not a copy`);
}

type LonLat = [number, number];

function km(a: LonLat, b: LonLat): number {
  return distance(a, b, { units: 'kilometers' });
}

function hasMoreThan4Decimals(n: number): boolean {
  return Math.abs(Math.round(n * 1e4) / 1e4 - n) > 1e-9;
}

/** Validates the data files together; never throws, lists every problem found. */
export function validateDataset(raw: RawDataset): ValidationResult {
  const issues = new IssueList();
  try {
    return runValidation(raw, issues);
  } catch (err) {
    issues.add('(validator)', '(internal)', `validation stopped on an unexpected error: ${err instanceof Error ? err.message : String(err)}`);
    return { ok: false, issues: issues.all };
  }
}

function runValidation(raw: RawDataset, issues: IssueList): ValidationResult {
  const F = DATA_FILES;
  const places = parseCollection<Place>(issues, F.places, raw.places, placesFileSchema, 'places', placeSchema);
  const legs = parseCollection<LegFeature>(issues, F.legs, raw.legs, legsFileSchema, 'features', legFeatureSchema);
  const transfers = parseCollection<Transfer>(issues, F.transfers, raw.transfers, transfersFileSchema, 'transfers', transferSchema);
  const events = parseCollection<ContextEvent>(issues, F.events, raw.events, eventsFileSchema, 'events', eventSchema);
  const sources = parseCollection<Source>(issues, F.sources, raw.sources, sourcesFileSchema, 'sources', sourceSchema);
  const disagreements = parseCollection<Disagreement>(issues, F.disagreements, raw.disagreements, disagreementsFileSchema, 'disagreements', disagreementSchema);
  const corrections = parseCollection<Correction>(issues, F.corrections, raw.corrections, correctionsFileSchema, 'corrections', correctionSchema);
  const estimates = parseCollection<Estimate>(issues, F.estimates, raw.estimates, estimatesFileSchema, 'estimates', estimateSchema);

  // --- ids are unique within each file
  checkUnique(issues, F.places, places.items, (p) => p.id, (i) => ['places', i, 'id']);
  checkUnique(issues, F.legs, legs.items, (l) => l.properties.id, (i) => ['features', i, 'properties', 'id']);
  checkUnique(issues, F.transfers, transfers.items, (t) => t.id, (i) => ['transfers', i, 'id']);
  checkUnique(issues, F.events, events.items, (e) => e.id, (i) => ['events', i, 'id']);
  checkUnique(issues, F.sources, sources.items, (s) => s.id, (i) => ['sources', i, 'id']);
  checkUnique(issues, F.disagreements, disagreements.items, (d) => d.id, (i) => ['disagreements', i, 'id']);
  checkUnique(issues, F.corrections, corrections.items, (c) => c.id, (i) => ['corrections', i, 'id']);
  checkUnique(issues, F.estimates, estimates.items, (e) => e.id, (i) => ['estimates', i, 'id']);

  const placeIds = rawIds(raw.places, 'places', (p) => p.id);
  const sourceIds = rawIds(raw.sources, 'sources', (s) => s.id);
  const legIds = rawIds(raw.legs, 'features', (f) => (isRecord(f.properties) ? f.properties.id : undefined));
  const placeById = new Map(places.items.map(({ value }) => [value.id, value]));
  const legById = new Map(legs.items.map(({ value }) => [value.properties.id, value]));

  // --- sources (the schema checks only the YYYY-MM(-DD) shape; 2023-13 or 2023-02-30 are not dates)
  for (const { index, value: s } of sources.items) {
    if (!isoDate.safeParse(s.date.length === 7 ? `${s.date}-01` : s.date).success)
      issues.add(F.sources, ['sources', index, 'date'], `${s.date} is not a real calendar date`);
    else checkDateInRange(issues, F.sources, s.date, ['sources', index, 'date']);
    checkSourceLink(issues, F.sources, s, ['sources', index]);
  }

  // --- legs: references, certainty, geometry
  const joinedStarts = new Set<string>();
  for (const { value: l } of legs.items) if (l.properties.continuesInto) joinedStarts.add(l.properties.continuesInto);

  for (const { index, value: leg } of legs.items) {
    const p = leg.properties;
    const base: Path = ['features', index];
    if (!placeIds.has(p.from)) issues.add(F.legs, [...base, 'properties', 'from'], `unknown place id "${p.from}"`);
    if (p.to !== null && !placeIds.has(p.to)) issues.add(F.legs, [...base, 'properties', 'to'], `unknown place id "${p.to}"`);
    checkRefs(issues, F.legs, p.sources, sourceIds, 'source', [...base, 'properties', 'sources']);
    if (p.certainty === 'reported' && p.sources.length === 0)
      issues.add(F.legs, [...base, 'properties', 'sources'], 'a leg with certainty "reported" must cite at least one source');

    const coords = leg.geometry.coordinates as LonLat[];
    const cpath: Path = [...base, 'geometry', 'coordinates'];
    let firstUnrounded = -1;
    let unrounded = 0;
    coords.forEach((c, j) => {
      const prev = coords[j - 1];
      if (prev && prev[0] === c[0] && prev[1] === c[1]) issues.add(F.legs, [...cpath, j], 'repeats the previous vertex');
      if (hasMoreThan4Decimals(c[0]) || hasMoreThan4Decimals(c[1])) {
        unrounded += 1;
        if (firstUnrounded < 0) firstUnrounded = j;
      }
    });
    if (unrounded > 0)
      issues.add(F.legs, [...cpath, firstUnrounded], `${unrounded} vertex(es) have more than 4 decimals; round coordinates to 4 decimals`);

    const first = coords[0];
    const last = coords[coords.length - 1];
    if (!first || !last) continue;
    // A leg that another leg continues into starts at that junction, not at its `from` place.
    const fromPlace = placeById.get(p.from);
    if (!joinedStarts.has(p.id) && fromPlace) {
      const d = km(first, fromPlace.coord as LonLat);
      if (d > LEG_ENDPOINT_MAX_KM)
        issues.add(F.legs, [...cpath, 0], `first vertex is ${d.toFixed(1)} km from its "from" place "${p.from}" (max ${LEG_ENDPOINT_MAX_KM} km)`);
    }
    if (p.continuesInto !== undefined) {
      const next = legById.get(p.continuesInto);
      const cont: Path = [...base, 'properties', 'continuesInto'];
      if (!legIds.has(p.continuesInto)) issues.add(F.legs, cont, `unknown leg id "${p.continuesInto}"`);
      else if (p.continuesInto === p.id) issues.add(F.legs, cont, 'a leg cannot continue into itself');
      else if (next) {
        if (next.properties.mode !== p.mode)
          issues.add(F.legs, cont, `continues into a ${next.properties.mode} leg but is a ${p.mode} leg`);
        if (next.properties.to !== p.to)
          issues.add(F.legs, [...base, 'properties', 'to'], `must match the "to" of "${next.properties.id}" (${String(next.properties.to)}), the leg it continues into`);
        const nextFirst = next.geometry.coordinates[0];
        if (!nextFirst || nextFirst[0] !== last[0] || nextFirst[1] !== last[1])
          issues.add(F.legs, [...cpath, coords.length - 1], `last vertex must equal the first vertex of "${next.properties.id}" exactly (the lines must join)`);
      }
    } else if (p.to !== null) {
      const toPlace = placeById.get(p.to);
      if (toPlace) {
        const d = km(last, toPlace.coord as LonLat);
        if (d > LEG_ENDPOINT_MAX_KM)
          issues.add(F.legs, [...cpath, coords.length - 1], `last vertex is ${d.toFixed(1)} km from its "to" place "${p.to}" (max ${LEG_ENDPOINT_MAX_KM} km)`);
      }
    }
  }

  // --- transfers: exactly ten, steps 1..10 once each (counted on the raw file, valid or not)
  const rawTransfers = rawArray(raw.transfers, 'transfers');
  if (isRecord(raw.transfers) && Array.isArray(raw.transfers.transfers) && rawTransfers.length !== TRANSFER_COUNT)
    issues.add(F.transfers, 'transfers', `expected exactly ${TRANSFER_COUNT} transfers, found ${rawTransfers.length}`);
  const stepAt = new Map<number, number>();
  rawTransfers.forEach((t, i) => {
    if (!isRecord(t) || typeof t.step !== 'number') return;
    const seen = stepAt.get(t.step);
    if (seen === undefined) stepAt.set(t.step, i);
    else issues.add(F.transfers, ['transfers', i, 'step'], `step ${t.step} appears more than once (also at transfers[${seen}])`);
  });
  if (Array.isArray(isRecord(raw.transfers) ? raw.transfers.transfers : undefined)) {
    for (let s = 1; s <= TRANSFER_COUNT; s++)
      if (!stepAt.has(s)) issues.add(F.transfers, 'transfers', `step ${s} is missing`);
  }

  for (const { index, value: t } of transfers.items) {
    const base: Path = ['transfers', index];
    const w = t.window;
    checkDateInRange(issues, F.transfers, w.start, [...base, 'window', 'start']);
    checkDateInRange(issues, F.transfers, w.end, [...base, 'window', 'end']);
    if (w.end < w.start) issues.add(F.transfers, [...base, 'window', 'end'], `window ends (${w.end}) before it starts (${w.start})`);
    checkRefs(issues, F.transfers, w.sources, sourceIds, 'source', [...base, 'window', 'sources']);
    if (w.certainty === 'reported' && w.sources.length === 0)
      issues.add(F.transfers, [...base, 'window', 'sources'], 'a window with certainty "reported" must cite at least one source');

    for (const key of ['mode', 'from', 'to', 'vessel', 'onward'] as const) {
      const c = t[key];
      const cp: Path = [...base, key];
      checkRefs(issues, F.transfers, c.sources, sourceIds, 'source', [...cp, 'sources']);
      if (c.value === null && c.certainty !== 'unknown')
        issues.add(F.transfers, [...cp, 'certainty'], `value is null, so certainty must be "unknown" (is "${c.certainty}")`);
      if (c.value !== null && c.certainty === 'unknown')
        issues.add(F.transfers, [...cp, 'value'], 'certainty is "unknown", so the value must be null');
      if (c.certainty === 'reported' && c.sources.length === 0)
        issues.add(F.transfers, [...cp, 'sources'], 'a claim with certainty "reported" must cite at least one source');
    }
    for (const key of ['from', 'to', 'onward'] as const) {
      const v = t[key].value;
      if (v !== null && !placeIds.has(v)) issues.add(F.transfers, [...base, key, 'value'], `unknown place id "${v}"`);
    }
    // The rail legs and the arrow a step draws are drawn only as certain as its onward claim:
    // a step that draws them must make that claim, and a claimed onward place must be reached.
    const onwardLegs = t.legs.filter((id) => {
      const mode = legById.get(id)?.properties.mode;
      return mode === 'rail' || mode === 'front';
    });
    if (onwardLegs.length > 0 && t.onward.value === null)
      issues.add(F.transfers, [...base, 'onward'], `the step draws ${onwardLegs.join(', ')}, so it must say where the cargo went onward (value, certainty, sources)`);
    if (t.onward.value !== null && !t.legs.some((id) => legById.get(id)?.properties.to === t.onward.value))
      issues.add(F.transfers, [...base, 'onward', 'value'], `no leg of the step reaches "${t.onward.value}"`);
    // A label says the value in each language; with no value it would show a vessel no source gives.
    if (t.vessel.label && t.vessel.value === null)
      issues.add(F.transfers, [...base, 'vessel', 'label'], 'a vessel label needs a vessel value (an unknown vessel shows as "not identified")');
    t.evidence.forEach((e, j) => checkRefs(issues, F.transfers, e.sources, sourceIds, 'source', [...base, 'evidence', j, 'sources']));

    // Legs resolve and run in travel order: each starts where the previous one ends.
    checkRefs(issues, F.transfers, t.legs, legIds, 'leg', [...base, 'legs']);
    const chain = t.legs.map((id) => legById.get(id));
    chain.forEach((leg, j) => {
      const prev = chain[j - 1];
      if (!leg) return;
      const lp: Path = [...base, 'legs', j];
      if (j === 0 && t.from.value !== null && leg.properties.from !== t.from.value)
        issues.add(F.transfers, lp, `first leg "${leg.properties.id}" starts at "${leg.properties.from}", not at the transfer's origin "${t.from.value}"`);
      if (prev) {
        const pp = prev.properties;
        if (pp.continuesInto !== undefined) {
          if (pp.continuesInto !== leg.properties.id)
            issues.add(F.transfers, lp, `"${pp.id}" continues into "${pp.continuesInto}", which must come next (found "${leg.properties.id}")`);
        } else if (pp.to !== leg.properties.from) {
          const end = pp.to === null ? 'has no destination' : `ends at "${pp.to}"`;
          issues.add(F.transfers, lp, `leg "${leg.properties.id}" starts at "${leg.properties.from}" but the previous leg "${pp.id}" ${end}`);
        }
      }
      if (j === chain.length - 1 && leg.properties.continuesInto !== undefined)
        issues.add(F.transfers, lp, `"${leg.properties.id}" continues into "${leg.properties.continuesInto}", which must follow it`);
    });
    const dest = t.to.value;
    if (dest !== null && chain.length > 0 && chain.every(Boolean) && !chain.some((l) => l?.properties.to === dest))
      issues.add(F.transfers, [...base, 'legs'], `no leg reaches the transfer's destination "${dest}"`);
  }

  // --- events
  for (const { index, value: e } of events.items) {
    const base: Path = ['events', index];
    checkDateInRange(issues, F.events, e.start, [...base, 'start']);
    if (e.end !== undefined) {
      checkDateInRange(issues, F.events, e.end, [...base, 'end']);
      if (e.end < e.start) issues.add(F.events, [...base, 'end'], `event ends (${e.end}) before it starts (${e.start})`);
    }
    checkRefs(issues, F.events, e.sources, sourceIds, 'source', [...base, 'sources']);
  }

  // --- disagreements: each side cites a source that exists; steps are real steps
  for (const { index, value: d } of disagreements.items) {
    const base: Path = ['disagreements', index];
    d.sides.forEach((side, j) => checkRefs(issues, F.disagreements, side.sources, sourceIds, 'source', [...base, 'sides', j, 'sources']));
    const seenSteps = new Set<number>();
    d.steps.forEach((s, j) => {
      if (seenSteps.has(s)) issues.add(F.disagreements, [...base, 'steps', j], `step ${s} is listed twice`);
      seenSteps.add(s);
    });
  }

  // --- corrections: dates not in the future of the log's order; every claim reference resolves
  const refIds: Record<string, Set<string>> = {
    step: new Set(Array.from({ length: TRANSFER_COUNT + 1 }, (_, i) => String(i))),
    source: sourceIds,
    place: placeIds,
    event: rawIds(raw.events, 'events', (e) => e.id),
    leg: legIds,
    disagreement: rawIds(raw.disagreements, 'disagreements', (d) => d.id),
    estimate: rawIds(raw.estimates, 'estimates', (e) => e.id),
  };
  for (const { index, value: c } of corrections.items) {
    c.claims.forEach((ref, j) => {
      const [kind = '', refId = ''] = ref.split(':');
      const known = refIds[kind];
      if (known && !known.has(refId)) issues.add(F.corrections, ['corrections', index, 'claims', j], `"${ref}" names no ${kind} in the data`);
    });
  }

  // --- estimates: sources resolve, dates in range, every number says how it was said,
  // a rounds number says what it is, and a figure with no number says why it is not plotted
  for (const { index, value: e } of estimates.items) {
    const base: Path = ['estimates', index];
    checkRefs(issues, F.estimates, e.sources, sourceIds, 'source', [...base, 'sources']);
    checkDateInRange(issues, F.estimates, e.date, [...base, 'date']);
    for (const k of ['containers', 'rounds'] as const) {
      if (e[k] !== null && !e.said[k]) issues.add(F.estimates, [...base, 'said', k], `says ${k} but not whether "more-than" or "about"`);
      if (e[k] === null && e.said[k]) issues.add(F.estimates, [...base, 'said', k], `qualifies a ${k} number the estimate does not give`);
    }
    if (e.rounds !== null && !e.roundsBasis) issues.add(F.estimates, [...base, 'roundsBasis'], 'a rounds number must say whether it is "sent", "capacity" or "weight"');
    if (e.containers === null && e.rounds === null && !e.caveat)
      issues.add(F.estimates, [...base, 'caveat'], 'a figure with no number is in the table only: say so in "caveat"');
  }

  const complete =
    places.complete && legs.complete && transfers.complete && events.complete && sources.complete && disagreements.complete && corrections.complete && estimates.complete;
  if (issues.all.length > 0 || !complete) return { ok: false, issues: issues.all };
  return {
    ok: true,
    issues: [],
    dataset: {
      places: places.items.map((i) => i.value),
      legs: legs.items.map((i) => i.value),
      transfers: transfers.items.map((i) => i.value).sort((a, b) => a.step - b.step),
      events: events.items.map((i) => i.value),
      sources: sources.items.map((i) => i.value),
      disagreements: disagreements.items.map((i) => i.value),
      corrections: corrections.items.map((i) => i.value).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)),
      estimates: estimates.items.map((i) => i.value).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    },
  };
}
