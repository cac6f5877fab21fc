/**
 * Property-based tests: fast-check takes the real data/*.json, applies random mutations from a
 * catalogue (dropped and retyped fields, swapped or non-finite coordinates, dangling and duplicate
 * ids, bad dates, huge strings, deep junk, prototype keys, wrong transfer count or GeoJSON type)
 * and checks that validateDataset
 *   (a) never throws and answers quickly,
 *   (b) reports every issue with one of the data files, a JSON path and a short message,
 *   (c) never returns ok when an oracle written here (sharing no code with dataset.ts) finds a
 *       broken invariant,
 *   (d) names the file (and a path at or around the spot) that a mutation is certain to break.
 *
 * A failure prints fast-check's seed and path; replay it with FC_SEED=<seed> (and FC_PATH=<path>).
 * FC_RUNS=<n> scales the number of runs (default 1; the CI budget is about 20 s on 2 cores).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDataset, type RawDataset, type ValidationResult } from '../../src/model/dataset';
import { checkPlacesAgainstFacts, parseFactsPlaces } from '../../src/model/facts-coords';
import { placeSchema } from '../../src/model/schema';
import type { DataIssue } from '../../src/model/types';
import { repoRoot } from '../fixtures/data';

// ---------------------------------------------------------------------------------------------
// The real data, read once; every run mutates its own structured clone.

const FILES = ['places', 'legs', 'transfers', 'events', 'sources', 'disagreements', 'corrections', 'estimates'] as const;
type FileKey = (typeof FILES)[number];
type Raw = Record<FileKey, unknown>;

const FILE_NAME: Record<FileKey, string> = {
  places: 'data/places.json',
  legs: 'data/legs.geo.json',
  transfers: 'data/transfers.json',
  events: 'data/events.json',
  sources: 'data/sources.json',
  disagreements: 'data/disagreements.json',
  corrections: 'data/corrections.json',
  estimates: 'data/estimates.json',
};
const TOP_KEYS: Record<FileKey, readonly string[]> = {
  places: ['places'],
  legs: ['type', 'features'],
  transfers: ['transfers'],
  events: ['events'],
  sources: ['sources'],
  disagreements: ['disagreements'],
  corrections: ['corrections'],
  estimates: ['estimates'],
};

const BASE: Raw = Object.fromEntries(
  FILES.map((f) => [f, JSON.parse(readFileSync(path.join(repoRoot, FILE_NAME[f]), 'utf8')) as unknown]),
) as Raw;
const FACTS = parseFactsPlaces(readFileSync(path.join(repoRoot, 'data/reference/facts.md'), 'utf8'));

const RUNS = Math.max(1, Number(process.env.FC_RUNS ?? '1'));
const SEED = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
const PATH = process.env.FC_PATH;
function params(numRuns: number): fc.Parameters<unknown> {
  return { numRuns: Math.round(numRuns * RUNS), ...(SEED === undefined ? {} : { seed: SEED }), ...(PATH ? { path: PATH } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Small JSON helpers (paths are arrays of keys; printed like `transfers[3].window.start`).

type Key = string | number;
type JPath = readonly Key[];
type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function show(p: JPath): string {
  let out = '';
  for (const k of p) out += typeof k === 'number' ? `[${k}]` : out ? `.${k}` : k;
  return out || '(root)';
}
function getAt(root: unknown, p: JPath): unknown {
  let cur = root;
  for (const k of p) {
    if (typeof k === 'number' ? !Array.isArray(cur) : !isObj(cur)) return undefined;
    cur = (cur as Record<Key, unknown>)[k];
  }
  return cur;
}
/** Sets d[file] at path p (p = [] replaces the whole file). */
function setAt(d: Raw, file: FileKey, p: JPath, value: unknown): void {
  if (p.length === 0) {
    d[file] = value;
    return;
  }
  const parent = getAt(d[file], p.slice(0, -1));
  if (Array.isArray(parent) || isObj(parent)) (parent as Record<Key, unknown>)[p[p.length - 1]!] = value;
}
function typeOf(v: unknown): 'string' | 'number' | 'boolean' | 'null' | 'array' | 'object' | 'other' {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  const t = typeof v;
  return t === 'string' || t === 'number' || t === 'boolean' || t === 'object' ? t : 'other';
}

/**
 * Every path in a value, the value itself first. Long arrays (the rail corridor has ~850
 * vertices) contribute their ends and middle only, so picks spread over the kinds of field.
 */
function nodes(root: unknown): JPath[] {
  const out: JPath[] = [];
  const stack: JPath[] = [[]];
  while (stack.length > 0) {
    const p = stack.pop()!;
    out.push(p);
    if (p.length > 40) continue;
    const v = getAt(root, p);
    if (Array.isArray(v)) {
      const n = v.length;
      const idx = n <= 12 ? [...Array(n).keys()] : [0, 1, 2, Math.floor(n / 2), n - 3, n - 2, n - 1];
      for (const i of idx) stack.push([...p, i]);
    } else if (isObj(v)) {
      for (const k of Object.keys(v)) stack.push([...p, k]);
    }
  }
  return out;
}

function pickOf<T>(list: readonly T[], n: number): T | undefined {
  return list.length === 0 ? undefined : list[n % list.length];
}

// ---------------------------------------------------------------------------------------------
// The oracle: the invariants, checked from scratch on the raw JSON. It must never throw and
// must find nothing wrong with the real data.

const DATE_MIN = '2023-01-01';
const DATE_MAX = '2024-12-31';
const ALLOWED_TOTAL_STEPS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
/** YYYY-MM-DD (or YYYY-MM when allowed) that is on the calendar and inside the story's range. */
function goodDate(v: unknown, allowMonth = false): boolean {
  if (typeof v !== 'string') return false;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(v);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return allowMonth && v >= DATE_MIN.slice(0, 7) && v <= DATE_MAX.slice(0, 7);
  const day = Number(m[3]);
  return day >= 1 && day <= daysIn(year, month) && v >= DATE_MIN && v <= DATE_MAX;
}
/** YYYY-MM-DD on the calendar, any year (the corrections log and a copy's date are not story dates). */
function calendarDay(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(Number(m[1]), month);
}
function goodPosition(v: unknown): boolean {
  if (!Array.isArray(v) || v.length !== 2) return false;
  const [lon, lat] = v as unknown[];
  return (
    typeof lon === 'number' && typeof lat === 'number' && Number.isFinite(lon) && Number.isFinite(lat) &&
    lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90
  );
}

/** What kind of public record a step is (written from the data spec, not from constants.ts). */
const RECORD_KINDS = ['briefing', 'statement', 'photograph', 'imagery', 'voyages-tracked', 'sighting'];
/** Content-farm mirrors that no source may link to, copy or not (facts.md §11). */
const CONTENT_FARMS = ['fastseoul.com', 'glutenfreenews.net', 'newsrebeat.com'];
/** What a corrections entry may name, as `kind:id`; `text:` names a page text, not a data item. */
const CLAIM_KINDS = ['step', 'source', 'place', 'event', 'leg', 'disagreement', 'estimate', 'text'];
const HOW_SAID = ['more-than', 'about'];
const ROUNDS_BASES = ['sent', 'capacity', 'weight'];

/** The host is the domain or a subdomain of it (www.news1.kr is on news1.kr; evilnews1.kr is not). */
function onDomain(host: string, domain: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  const dom = domain.toLowerCase();
  return h === dom || h.endsWith(`.${dom}`);
}
/** A link's host, or undefined when the text is not an http(s) URL with a host. */
function hostOf(url: string): string | undefined {
  if (!/^https?:\/\//.test(url)) return undefined;
  try {
    return new URL(url).hostname.toLowerCase() || undefined;
  } catch {
    return undefined;
  }
}

/** Returns the broken invariants (empty when the data keeps them all). */
function oracle(d: Raw): string[] {
  const bad: string[] = [];
  const list = (file: FileKey, key: string): unknown[] => {
    const f = d[file];
    const v = isObj(f) ? f[key] : undefined;
    if (!Array.isArray(v)) {
      bad.push(`${file}: no "${key}" list`);
      return [];
    }
    return v;
  };
  const places = list('places', 'places');
  const features = list('legs', 'features');
  const transfers = list('transfers', 'transfers');
  const events = list('events', 'events');
  const sources = list('sources', 'sources');
  const disagreements = list('disagreements', 'disagreements');
  const corrections = list('corrections', 'corrections');
  const estimates = list('estimates', 'estimates');
  if (isObj(d.corrections) && corrections.length === 0) bad.push('corrections: an empty log');
  if (isObj(d.estimates) && estimates.length === 0) bad.push('estimates: none');

  // ids: strings, unique within each file
  const idsOf = (file: FileKey, items: unknown[], get: (o: Obj) => unknown): Set<string> => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const id = isObj(item) ? get(item) : undefined;
      if (typeof id !== 'string') bad.push(`${file}[${i}]: no string id`);
      else if (seen.has(id)) bad.push(`${file}[${i}]: duplicate id ${id}`);
      else seen.add(id);
    });
    return seen;
  };
  const placeIds = idsOf('places', places, (o) => o.id);
  const legIds = idsOf('legs', features, (o) => (isObj(o.properties) ? o.properties.id : undefined));
  idsOf('transfers', transfers, (o) => o.id);
  const eventIds = idsOf('events', events, (o) => o.id);
  const sourceIds = idsOf('sources', sources, (o) => o.id);
  const disagreementIds = idsOf('disagreements', disagreements, (o) => o.id);
  idsOf('corrections', corrections, (o) => o.id);
  const estimateIds = idsOf('estimates', estimates, (o) => o.id);
  /** Legs by id (the first of a duplicate id; a duplicate is broken anyway). */
  const legById = new Map<string, Obj>();
  for (const f of features) {
    const props = isObj(f) ? f.properties : undefined;
    if (isObj(props) && typeof props.id === 'string' && !legById.has(props.id)) legById.set(props.id, props);
  }

  const refs = (where: string, v: unknown, known: Set<string>, min = 0): void => {
    if (!Array.isArray(v)) bad.push(`${where}: not a list`);
    else {
      if (v.length < min) bad.push(`${where}: fewer than ${min}`);
      for (const x of v) if (typeof x !== 'string' || !known.has(x)) bad.push(`${where}: ${String(x)} does not resolve`);
    }
  };
  const ref = (where: string, v: unknown, known: Set<string>, nullable: boolean): void => {
    if (v === null && nullable) return;
    if (typeof v !== 'string' || !known.has(v)) bad.push(`${where}: ${String(v)} does not resolve`);
  };

  // transfers: exactly ten, steps 1..10
  if (transfers.length !== 10) bad.push(`transfers: ${transfers.length} instead of 10`);
  const steps = transfers.map((t) => (isObj(t) ? t.step : undefined));
  const sorted = [...steps].sort((a, b) => Number(a) - Number(b));
  if (JSON.stringify(sorted) !== JSON.stringify(ALLOWED_TOTAL_STEPS)) bad.push(`transfers: steps ${JSON.stringify(sorted)}`);

  places.forEach((p, i) => {
    if (!isObj(p) || !goodPosition(p.coord)) bad.push(`places[${i}].coord: not a [lon, lat] in range`);
  });

  const legsFile = d.legs;
  if (!isObj(legsFile) || legsFile.type !== 'FeatureCollection') bad.push('legs: not a FeatureCollection');
  if (features.length === 0) bad.push('legs: no features');
  features.forEach((f, i) => {
    const at = `legs[${i}]`;
    if (!isObj(f) || f.type !== 'Feature') bad.push(`${at}: not a Feature`);
    const props = isObj(f) ? f.properties : undefined;
    const geom = isObj(f) ? f.geometry : undefined;
    if (!isObj(props)) bad.push(`${at}: no properties`);
    else {
      ref(`${at}.from`, props.from, placeIds, false);
      ref(`${at}.to`, props.to, placeIds, true);
      refs(`${at}.sources`, props.sources, sourceIds);
      if (props.continuesInto !== undefined) ref(`${at}.continuesInto`, props.continuesInto, legIds, false);
    }
    if (!isObj(geom) || geom.type !== 'LineString' || !Array.isArray(geom.coordinates) || geom.coordinates.length < 2)
      bad.push(`${at}: not a LineString of 2+ positions`);
    else geom.coordinates.forEach((c: unknown, j) => { if (!goodPosition(c)) bad.push(`${at}.coordinates[${j}]: bad position`); });
  });

  transfers.forEach((t, i) => {
    const at = `transfers[${i}]`;
    if (!isObj(t)) {
      bad.push(`${at}: not an object`);
      return;
    }
    const w = t.window;
    if (!isObj(w)) bad.push(`${at}.window: missing`);
    else {
      if (!goodDate(w.start) || !goodDate(w.end)) bad.push(`${at}.window: bad date`);
      else if (String(w.start) > String(w.end)) bad.push(`${at}.window: ends before it starts`);
      refs(`${at}.window.sources`, w.sources, sourceIds);
    }
    if (typeof t.record !== 'string' || !RECORD_KINDS.includes(t.record)) bad.push(`${at}.record: not a kind of record`);
    for (const key of ['mode', 'from', 'to', 'vessel', 'onward']) {
      const c = t[key];
      if (!isObj(c)) bad.push(`${at}.${key}: missing`);
      else {
        refs(`${at}.${key}.sources`, c.sources, sourceIds);
        // A claim's value is null exactly when its certainty is "unknown".
        if ((c.value === null) !== (c.certainty === 'unknown')) bad.push(`${at}.${key}: value ${String(c.value)} with certainty ${String(c.certainty)}`);
      }
    }
    for (const key of ['from', 'to', 'onward']) {
      const c = t[key];
      if (isObj(c)) ref(`${at}.${key}.value`, c.value, placeIds, true);
    }
    // The rail and front legs a step draws need an onward claim, and a claimed onward place is reached.
    const onward = isObj(t.onward) ? t.onward.value : undefined;
    const drawn = Array.isArray(t.legs) ? t.legs.map((id: unknown) => (typeof id === 'string' ? legById.get(id) : undefined)) : [];
    if (onward === null && drawn.some((l) => l?.mode === 'rail' || l?.mode === 'front')) bad.push(`${at}.onward: draws rail or front legs without saying where the cargo went`);
    if (typeof onward === 'string' && !drawn.some((l) => l?.to === onward)) bad.push(`${at}.onward: no leg of the step reaches ${onward}`);
    if (!Array.isArray(t.evidence) || t.evidence.length === 0) bad.push(`${at}.evidence: none`);
    else t.evidence.forEach((e: unknown, j) => refs(`${at}.evidence[${j}].sources`, isObj(e) ? e.sources : undefined, sourceIds, 1));
    refs(`${at}.legs`, t.legs, legIds);
  });

  events.forEach((e, i) => {
    const at = `events[${i}]`;
    if (!isObj(e)) {
      bad.push(`${at}: not an object`);
      return;
    }
    if (!goodDate(e.start)) bad.push(`${at}.start: bad date`);
    if (e.end !== undefined) {
      if (!goodDate(e.end)) bad.push(`${at}.end: bad date`);
      else if (goodDate(e.start) && String(e.end) < String(e.start)) bad.push(`${at}: ends before it starts`);
    }
    refs(`${at}.sources`, e.sources, sourceIds, 1);
  });

  sources.forEach((s, i) => {
    const at = `sources[${i}]`;
    if (!isObj(s)) {
      bad.push(`${at}: not an object`);
      return;
    }
    if (!goodDate(s.date, true)) bad.push(`${at}.date: bad date`);
    // Originals, not mirrors: a link is on the publisher's own sites or says it is a copy; no link says why.
    const sites = s.publisherSites;
    if (!Array.isArray(sites) || sites.some((x) => typeof x !== 'string' || x.length > 253 || !/^[a-z0-9.-]+\.[a-z]{2,63}$/.test(x)))
      bad.push(`${at}.publisherSites: not a list of domains`);
    if (s.copy !== undefined && (!isObj(s.copy) || (s.copy.date !== undefined && !calendarDay(s.copy.date)))) bad.push(`${at}.copy: not a copy label`);
    if (s.url === null) {
      if (s.noLink === undefined) bad.push(`${at}: no link and no reason why`);
      if (s.copy !== undefined) bad.push(`${at}: a copy with no link`);
    } else if (typeof s.url !== 'string') bad.push(`${at}.url: neither a link nor null`);
    else {
      if (s.noLink !== undefined) bad.push(`${at}: a link with a reason for no link`);
      const host = hostOf(s.url);
      if (host === undefined) bad.push(`${at}.url: not an http(s) URL`);
      else if (CONTENT_FARMS.some((farm) => onDomain(host, farm))) bad.push(`${at}.url: a content-farm mirror`);
      else if (Array.isArray(sites)) {
        const own = sites.some((x) => typeof x === 'string' && onDomain(host, x));
        if (!own && s.copy === undefined) bad.push(`${at}.url: off the publisher's sites and not labelled a copy`);
        if (own && s.copy !== undefined) bad.push(`${at}.copy: the link is on the publisher's own site`);
      }
    }
  });

  disagreements.forEach((x, i) => {
    const at = `disagreements[${i}]`;
    if (!isObj(x)) {
      bad.push(`${at}: not an object`);
      return;
    }
    if (!isObj(x.claim)) bad.push(`${at}.claim: missing`);
    const st = x.steps;
    if (!Array.isArray(st) || st.length === 0 || st.length > 11) bad.push(`${at}.steps: not 1–11 steps`);
    else {
      if (st.some((n) => !Number.isInteger(n) || (n as number) < 0 || (n as number) > 10)) bad.push(`${at}.steps: not a step 0–10`);
      if (new Set(st).size !== st.length) bad.push(`${at}.steps: a step listed twice`);
    }
    if (!Array.isArray(x.sides) || x.sides.length < 2 || x.sides.length > 6) bad.push(`${at}.sides: not 2–6 sides`);
    else
      x.sides.forEach((side: unknown, j) => {
        if (!isObj(side) || !isObj(side.text)) bad.push(`${at}.sides[${j}]: no text`);
        refs(`${at}.sides[${j}].sources`, isObj(side) ? side.sources : undefined, sourceIds, 1);
      });
  });

  // Each `kind:id` a correction names is in the data (steps 0–10, 0 being the overview).
  const claimIds: Record<string, Set<string>> = {
    step: new Set(ALLOWED_TOTAL_STEPS.map(String).concat('0')),
    source: sourceIds,
    place: placeIds,
    event: eventIds,
    leg: legIds,
    disagreement: disagreementIds,
    estimate: estimateIds,
  };
  corrections.forEach((c, i) => {
    const at = `corrections[${i}]`;
    if (!isObj(c)) {
      bad.push(`${at}: not an object`);
      return;
    }
    if (!calendarDay(c.date)) bad.push(`${at}.date: not a calendar date`);
    if (!isObj(c.what) || !isObj(c.why)) bad.push(`${at}: says not what or why`);
    if (!Array.isArray(c.claims) || c.claims.length === 0 || c.claims.length > 30) bad.push(`${at}.claims: not 1–30 claims`);
    else
      c.claims.forEach((ref: unknown, j) => {
        const m = typeof ref === 'string' ? /^([a-z]+):([a-z0-9][a-z0-9.-]*)$/.exec(ref) : null;
        if (!m || !CLAIM_KINDS.includes(m[1]!)) bad.push(`${at}.claims[${j}]: not kind:id`);
        else if (m[1] !== 'text' && !claimIds[m[1]!]!.has(m[2]!)) bad.push(`${at}.claims[${j}]: ${String(ref)} does not resolve`);
      });
  });

  estimates.forEach((e, i) => {
    const at = `estimates[${i}]`;
    if (!isObj(e)) {
      bad.push(`${at}: not an object`);
      return;
    }
    if (!goodDate(e.date)) bad.push(`${at}.date: bad date`);
    if (!isObj(e.who) || !isObj(e.figure)) bad.push(`${at}: says not who or what`);
    refs(`${at}.sources`, e.sources, sourceIds, 1);
    const said = e.said;
    if (!isObj(said)) bad.push(`${at}.said: missing`);
    for (const k of ['containers', 'rounds']) {
      const n = e[k];
      if (n !== null && !(Number.isInteger(n) && (n as number) > 0)) bad.push(`${at}.${k}: neither null nor a positive whole number`);
      // Every number says how it was said ("more than", "about"); no qualifier without a number.
      const how = isObj(said) ? said[k] : undefined;
      if (how !== undefined && !HOW_SAID.includes(how as string)) bad.push(`${at}.said.${k}: ${String(how)}`);
      if ((n === null) !== (how === undefined)) bad.push(`${at}.said.${k}: does not match the number`);
    }
    if (e.roundsBasis !== undefined && !ROUNDS_BASES.includes(e.roundsBasis as string)) bad.push(`${at}.roundsBasis: ${String(e.roundsBasis)}`);
    if (e.rounds !== null && e.roundsBasis === undefined) bad.push(`${at}.roundsBasis: a rounds number without its basis`);
    if (e.caveat !== undefined && !isObj(e.caveat)) bad.push(`${at}.caveat: not a text`);
    if (e.containers === null && e.rounds === null && e.caveat === undefined) bad.push(`${at}.caveat: no number and no caveat`);
  });

  // Everywhere: reported claims cite a source; no prototype keys; no runaway strings.
  for (const file of FILES) {
    const stack: unknown[] = [d[file]];
    let guard = 0;
    while (stack.length > 0 && guard++ < 1_000_000) {
      const v = stack.pop();
      if (typeof v === 'string' && v.length > 2000) bad.push(`${file}: a string of ${v.length} characters`);
      if (Array.isArray(v)) stack.push(...(v as unknown[]));
      else if (isObj(v)) {
        for (const k of ['__proto__', 'constructor', 'prototype'])
          if (Object.prototype.hasOwnProperty.call(v, k)) bad.push(`${file}: an object has the key "${k}"`);
        if (v.certainty === 'reported' && (!Array.isArray(v.sources) || v.sources.length === 0))
          bad.push(`${file}: a reported claim without sources`);
        stack.push(...Object.values(v));
      }
    }
  }
  return bad;
}

// ---------------------------------------------------------------------------------------------
// The mutation catalogue. Each mutation is a plain record (so a counterexample prints readably);
// applying it says which file and paths it is certain to break, when it is certain.

interface Expect {
  file: FileKey;
  /** Some issue in `file` must sit at, inside or above one of these paths. */
  paths: string[];
  /** Only the fact-sheet check (run by scripts/data/validate-data.ts) can see it. */
  viaFacts?: boolean;
}
interface Applied {
  what: string;
  expect?: Expect;
}

const RETYPE_TO = ['string', 'number', 'null', 'array', 'object'] as const;
const NUMBERS = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e308, -1e308];
const BAD_DATES = [
  '2023-13-01', '2023-02-30', '', 'yesterday', '2022-12-31', '2025-01-01', '2023-1-1', '2023-02-29',
  '2023-06-31', '2023-00-10', '2023-13', '20230801', '2023-08-01T00:00:00Z', ' 2023-08-01', '0000-00-00',
];
const GEOJSON_TYPES = ['Feature', 'FeatureCollection', 'LineString', 'MultiLineString', 'Point', 'GeometryCollection', 'linestring', 'Polygon'];
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

const fileArb = fc.constantFrom(...FILES);
const pick = fc.nat();

const mutationArbs = {
  drop: fc.record({ kind: fc.constant('drop' as const), file: fileArb, pick }),
  retype: fc.record({ kind: fc.constant('retype' as const), file: fileArb, pick, to: fc.constantFrom(...RETYPE_TO), variant: fc.nat(4) }),
  swap: fc.record({ kind: fc.constant('swap' as const), target: fc.constantFrom('place' as const, 'vertex' as const), pick }),
  badCoord: fc.record({
    kind: fc.constant('badCoord' as const),
    target: fc.constantFrom('place' as const, 'vertex' as const),
    pick,
    axis: fc.constantFrom(0 as const, 1 as const),
    value: fc.oneof(fc.constantFrom(...NUMBERS), fc.constant('out-of-range' as const)),
  }),
  dangling: fc.record({ kind: fc.constant('dangling' as const), pick }),
  duplicate: fc.record({ kind: fc.constant('duplicate' as const), file: fileArb, a: pick, b: pick, mode: fc.constantFrom('rename' as const, 'copy' as const) }),
  reverse: fc.record({ kind: fc.constant('reverse' as const), target: fc.constantFrom('transfer' as const, 'event' as const), pick }),
  badDate: fc.record({ kind: fc.constant('badDate' as const), pick, value: fc.constantFrom(...BAD_DATES) }),
  huge: fc.record({ kind: fc.constant('huge' as const), file: fileArb, pick, mode: fc.constantFrom('replace' as const, 'append' as const, 'key' as const) }),
  deep: fc.record({ kind: fc.constant('deep' as const), file: fileArb, pick, depth: fc.integer({ min: 50, max: 3000 }), shape: fc.constantFrom('array' as const, 'object' as const, 'mixed' as const) }),
  proto: fc.record({ kind: fc.constant('proto' as const), file: fileArb, pick, key: fc.constantFrom(...PROTO_KEYS) }),
  count: fc.record({ kind: fc.constant('count' as const), mode: fc.constantFrom('remove' as const, 'add' as const, 'empty' as const), pick }),
  geojson: fc.record({ kind: fc.constant('geojson' as const), level: fc.constantFrom('collection' as const, 'feature' as const, 'geometry' as const, 'multi' as const), pick, value: fc.nat() }),
  step: fc.record({ kind: fc.constant('step' as const), pick, value: fc.constantFrom(0, 11, -1, 1.5, 'dup' as const) }),
  unsourced: fc.record({ kind: fc.constant('unsourced' as const), pick }),
};
type Mutation = { [K in keyof typeof mutationArbs]: (typeof mutationArbs)[K] extends fc.Arbitrary<infer T> ? T : never }[keyof typeof mutationArbs];
const anyMutation: fc.Arbitrary<Mutation> = fc.oneof(...Object.values(mutationArbs));

/**
 * Object keys the schema lets you leave out (written from the data spec, not from schema.ts).
 * `at` reads the file before the drop (for keys that some items need and others do not).
 */
function isOptionalKey(file: FileKey, p: JPath, at: (q: JPath) => unknown): boolean {
  const key = p[p.length - 1];
  const parent = p[p.length - 2];
  if (file === 'estimates' && p.length === 3) {
    // A rounds number says what it counts; a figure with no number says why it is not plotted.
    if (key === 'roundsBasis') return at([...p.slice(0, 2), 'rounds']) === null;
    if (key === 'caveat') return at([...p.slice(0, 2), 'containers']) !== null || at([...p.slice(0, 2), 'rounds']) !== null;
  }
  // said.containers / said.rounds: present exactly when the estimate gives that number.
  if (file === 'estimates' && p.length === 4 && parent === 'said') return at([...p.slice(0, 2), key!]) === null;
  if (key === 'note' || key === 'teaching' || key === 'continuesInto') return true;
  if (key === 'basis') return parent !== 'properties'; // a leg must explain itself
  if (key === 'end') return file === 'events' && p.length === 3; // events[i].end; a window has both ends
  if (key === 'label') return parent === 'vessel'; // the UI wording of a vessel is optional; other labels are not
  // A source's author, language, copy label and no-link reason are optional (the link rules that need them name url, copy or noLink).
  if (file === 'sources' && p.length === 3 && (key === 'author' || key === 'language' || key === 'copy' || key === 'noLink')) return true;
  if (file === 'sources' && key === 'date' && parent === 'copy') return true;
  // Translations: required in place names; elsewhere the rule has changed over time, so make no claim.
  if (key === 'ko' || key === 'uk' || key === 'ru') return parent !== 'names';
  return false;
}
/** Fields where null is a legal value: a leg's destination, a claim's value, a source's link, an estimate's numbers. */
function isNullable(file: FileKey, p: JPath): boolean {
  const key = p[p.length - 1];
  if (file === 'legs') return key === 'to' && p[p.length - 2] === 'properties';
  if (file === 'sources') return key === 'url' && p.length === 3; // a source cited without a link (then noLink says why)
  if (file === 'estimates') return (key === 'containers' || key === 'rounds') && p.length === 3; // a figure that gives no such number
  return file === 'transfers' && key === 'value';
}

function retypeValue(to: (typeof RETYPE_TO)[number], variant: number): unknown {
  // Each value is wrong for every field of that type (no schema field accepts it).
  switch (to) {
    case 'string': return variant % 2 === 0 ? '' : '  \t ';
    case 'number': return NUMBERS[variant % NUMBERS.length];
    case 'null': return null;
    case 'array': return variant % 2 === 0 ? [[]] : [null];
    case 'object': return variant % 2 === 0 ? {} : { junk: true };
  }
}

function deepValue(depth: number, shape: 'array' | 'object' | 'mixed'): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) {
    const asArray = shape === 'array' || (shape === 'mixed' && i % 2 === 0);
    v = asArray ? [v] : { a: v };
  }
  return v;
}

/** Paths of all vertices of all legs (not sampled: any vertex can be picked). */
function vertexPaths(d: Raw): JPath[] {
  const out: JPath[] = [];
  const feats = getAt(d.legs, ['features']);
  if (!Array.isArray(feats)) return out;
  feats.forEach((_, i) => {
    const coords = getAt(d.legs, ['features', i, 'geometry', 'coordinates']);
    if (Array.isArray(coords)) coords.forEach((c, j) => { if (Array.isArray(c) && c.length === 2) out.push(['features', i, 'geometry', 'coordinates', j]); });
  });
  return out;
}
function placeCoordPaths(d: Raw): JPath[] {
  const list = getAt(d.places, ['places']);
  if (!Array.isArray(list)) return [];
  return list.flatMap((p, i) => (isObj(p) && Array.isArray(p.coord) && p.coord.length === 2 ? [['places', i, 'coord'] as JPath] : []));
}

/** Every reference to another item, as [file, path, the dangling value to write there]. */
function refSites(d: Raw): [FileKey, JPath, string][] {
  const out: [FileKey, JPath, string][] = [];
  const DANGLING = 'no-such-id-anywhere';
  const each = (file: FileKey, key: string, fn: (item: Obj, at: JPath) => void): void => {
    const list = getAt(d[file], [key]);
    if (Array.isArray(list)) list.forEach((item, i) => { if (isObj(item)) fn(item, [key, i]); });
  };
  const arr = (file: FileKey, at: JPath, v: unknown): void => {
    if (Array.isArray(v)) v.forEach((_, j) => out.push([file, [...at, j], DANGLING]));
  };
  each('legs', 'features', (f, at) => {
    const p = f.properties;
    if (!isObj(p)) return;
    const pa = [...at, 'properties'];
    if (typeof p.from === 'string') out.push(['legs', [...pa, 'from'], DANGLING]);
    if (typeof p.to === 'string') out.push(['legs', [...pa, 'to'], DANGLING]);
    if (typeof p.continuesInto === 'string') out.push(['legs', [...pa, 'continuesInto'], DANGLING]);
    arr('legs', [...pa, 'sources'], p.sources);
  });
  each('transfers', 'transfers', (t, at) => {
    if (isObj(t.window)) arr('transfers', [...at, 'window', 'sources'], t.window.sources);
    for (const key of ['mode', 'from', 'to', 'vessel', 'onward']) {
      const c = t[key];
      if (!isObj(c)) continue;
      arr('transfers', [...at, key, 'sources'], c.sources);
      if ((key === 'from' || key === 'to' || key === 'onward') && typeof c.value === 'string') out.push(['transfers', [...at, key, 'value'], DANGLING]);
    }
    if (Array.isArray(t.evidence)) t.evidence.forEach((e: unknown, j) => { if (isObj(e)) arr('transfers', [...at, 'evidence', j, 'sources'], e.sources); });
    arr('transfers', [...at, 'legs'], t.legs);
  });
  each('events', 'events', (e, at) => arr('events', [...at, 'sources'], e.sources));
  each('disagreements', 'disagreements', (x, at) => {
    if (Array.isArray(x.sides)) x.sides.forEach((side: unknown, j) => { if (isObj(side)) arr('disagreements', [...at, 'sides', j, 'sources'], side.sources); });
  });
  each('estimates', 'estimates', (e, at) => arr('estimates', [...at, 'sources'], e.sources));
  // A correction's `kind:id` keeps its kind and loses its item (`text:` names no data item).
  each('corrections', 'corrections', (c, at) => {
    if (!Array.isArray(c.claims)) return;
    c.claims.forEach((ref: unknown, j) => {
      const kind = typeof ref === 'string' ? ref.split(':')[0] : undefined;
      if (kind !== undefined && kind !== 'text') out.push(['corrections', [...at, 'claims', j], `${kind}:${DANGLING}`]);
    });
  });
  return out;
}

function dateSites(d: Raw): [FileKey, JPath][] {
  const out: [FileKey, JPath][] = [];
  const list = (file: FileKey, key: string): unknown[] => {
    const v = getAt(d[file], [key]);
    return Array.isArray(v) ? v : [];
  };
  list('transfers', 'transfers').forEach((t, i) => {
    if (isObj(t) && isObj(t.window)) out.push(['transfers', ['transfers', i, 'window', 'start']], ['transfers', ['transfers', i, 'window', 'end']]);
  });
  list('events', 'events').forEach((e, i) => {
    if (!isObj(e)) return;
    out.push(['events', ['events', i, 'start']]);
    if (e.end !== undefined) out.push(['events', ['events', i, 'end']]);
  });
  list('sources', 'sources').forEach((s, i) => {
    if (!isObj(s)) return;
    out.push(['sources', ['sources', i, 'date']]);
    if (isObj(s.copy) && s.copy.date !== undefined) out.push(['sources', ['sources', i, 'copy', 'date']]);
  });
  list('estimates', 'estimates').forEach((e, i) => { if (isObj(e)) out.push(['estimates', ['estimates', i, 'date']]); });
  list('corrections', 'corrections').forEach((c, i) => { if (isObj(c)) out.push(['corrections', ['corrections', i, 'date']]); });
  return out;
}
/** Dates that need only be on the calendar: the corrections log (dated after the story) and a copy's date. */
function calendarOnly(file: FileKey, p: JPath): boolean {
  return file === 'corrections' || p[p.length - 2] === 'copy';
}

function idPath(file: FileKey, i: number): JPath {
  return file === 'legs' ? ['features', i, 'properties', 'id'] : [TOP_KEYS[file][0]!, i, 'id'];
}
function itemsOf(d: Raw, file: FileKey): unknown[] | undefined {
  const v = getAt(d[file], [file === 'legs' ? 'features' : TOP_KEYS[file][0]!]);
  return Array.isArray(v) ? v : undefined;
}

/** Great-circle distance in km (independent of turf). */
function haversineKm(a: readonly number[], b: readonly number[]): number {
  const rad = Math.PI / 180;
  const [lon1 = 0, lat1 = 0] = a;
  const [lon2 = 0, lat2 = 0] = b;
  const h = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function apply(d: Raw, m: Mutation): Applied {
  const skip = (why: string): Applied => ({ what: `${m.kind}: skipped (${why})` });
  switch (m.kind) {
    case 'drop': {
      const keys = nodes(d[m.file]).filter((p) => typeof p[p.length - 1] === 'string');
      const p = pickOf(keys, m.pick);
      if (!p) return skip('no keys');
      const optional = isOptionalKey(m.file, p, (q) => getAt(d[m.file], q));
      const parent = getAt(d[m.file], p.slice(0, -1));
      if (isObj(parent)) Reflect.deleteProperty(parent, p[p.length - 1]!);
      const what = `drop ${m.file}:${show(p)}`;
      return optional ? { what } : { what, expect: { file: m.file, paths: [show(p)] } };
    }
    case 'retype': {
      const p = pickOf(nodes(d[m.file]), m.pick);
      if (!p) return skip('no nodes');
      const current = typeOf(getAt(d[m.file], p));
      const to = m.to === current ? RETYPE_TO[(RETYPE_TO.indexOf(m.to) + 1) % RETYPE_TO.length]! : m.to;
      const value = retypeValue(to, m.variant);
      setAt(d, m.file, p, value);
      const what = `retype ${m.file}:${show(p)} ${current} → ${JSON.stringify(value) ?? String(value)}`;
      if (to === 'null' && isNullable(m.file, p)) return { what };
      // 1e308 is a whole positive number: as an estimate's containers or rounds (null before, so
      // with no "said" entry) it is caught as a number said neither "more than" nor "about".
      const key = p[p.length - 1];
      if (m.file === 'estimates' && p.length === 3 && (key === 'containers' || key === 'rounds'))
        return { what, expect: { file: m.file, paths: [show(p), show([...p.slice(0, 2), 'said', key])] } };
      return { what, expect: { file: m.file, paths: [show(p)] } };
    }
    case 'swap': {
      const file: FileKey = m.target === 'place' ? 'places' : 'legs';
      const p = pickOf(m.target === 'place' ? placeCoordPaths(d) : vertexPaths(d), m.pick);
      if (!p) return skip('no positions');
      const before = getAt(d[file], p) as unknown[];
      const after = [before[1], before[0]];
      setAt(d, file, p, after);
      const what = `swap lon/lat ${file}:${show(p)} ${JSON.stringify(before)} → ${JSON.stringify(after)}`;
      if (!goodPosition(after)) return { what, expect: { file, paths: [show(p)] } };
      // In range but moved: only the fact-sheet check (5 km) can tell for a place; the original
      // is within 5 km of its facts row, so a move of more than 10 km must be caught.
      if (file === 'places' && goodPosition(before) && haversineKm(before as number[], after as number[]) > 10.5)
        return { what, expect: { file, paths: [show(p)], viaFacts: true } };
      return { what };
    }
    case 'badCoord': {
      const file: FileKey = m.target === 'place' ? 'places' : 'legs';
      const p = pickOf(m.target === 'place' ? placeCoordPaths(d) : vertexPaths(d), m.pick);
      if (!p) return skip('no positions');
      const value = m.value === 'out-of-range' ? (m.axis === 0 ? 180.5 : -90.5) : m.value;
      setAt(d, file, [...p, m.axis], value);
      return { what: `coordinate ${file}:${show([...p, m.axis])} = ${value}`, expect: { file, paths: [show([...p, m.axis])] } };
    }
    case 'dangling': {
      const site = pickOf(refSites(d), m.pick);
      if (!site) return skip('no references');
      const [file, p, value] = site;
      setAt(d, file, p, value);
      return { what: `dangling ${file}:${show(p)} = ${value}`, expect: { file, paths: [show(p)] } };
    }
    case 'duplicate': {
      const items = itemsOf(d, m.file);
      if (!items || items.length < 2) return skip('fewer than two items');
      const a = m.a % items.length;
      let b = m.b % items.length;
      if (a === b) b = (a + 1) % items.length;
      const idA = getAt(d[m.file], idPath(m.file, a));
      const idB = getAt(d[m.file], idPath(m.file, b));
      if (typeof idA !== 'string' || typeof idB !== 'string' || idA === idB) return skip('ids not usable');
      if (m.mode === 'rename') {
        setAt(d, m.file, idPath(m.file, a), idB);
        return { what: `rename ${m.file}:${show(idPath(m.file, a))} to "${idB}"`, expect: { file: m.file, paths: [show(idPath(m.file, a)), show(idPath(m.file, b))] } };
      }
      items.push(structuredClone(items[a]));
      return { what: `copy ${m.file} item ${a} to the end`, expect: { file: m.file, paths: [show(idPath(m.file, items.length - 1))] } };
    }
    case 'reverse': {
      const file: FileKey = m.target === 'transfer' ? 'transfers' : 'events';
      const items = itemsOf(d, file) ?? [];
      const ranges: [JPath, JPath][] = [];
      items.forEach((item, i) => {
        const base: JPath = file === 'transfers' ? ['transfers', i, 'window'] : ['events', i];
        const s = getAt(d[file], [...base, 'start']);
        const e = getAt(d[file], [...base, 'end']);
        if (typeof s === 'string' && typeof e === 'string' && s !== e) ranges.push([[...base, 'start'], [...base, 'end']]);
      });
      const r = pickOf(ranges, m.pick);
      if (!r) return skip('no ranges');
      const s = getAt(d[file], r[0]);
      const e = getAt(d[file], r[1]);
      setAt(d, file, r[0], e);
      setAt(d, file, r[1], s);
      // An earlier mutation may have left the range reversed already; reversing it restores it.
      const was = typeof s === 'string' && typeof e === 'string' && s < e;
      return was ? { what: `reverse ${file}:${show(r[0])}`, expect: { file, paths: [show(r[0]), show(r[1])] } } : { what: `reverse back ${file}:${show(r[0])}` };
    }
    case 'badDate': {
      const site = pickOf(dateSites(d), m.pick);
      if (!site) return skip('no dates');
      const [file, p] = site;
      setAt(d, file, p, m.value);
      const what = `date ${file}:${show(p)} = ${JSON.stringify(m.value)}`;
      // 2022-12-31 and 2025-01-01 are outside the story but still days: fine in the corrections log.
      return calendarOnly(file, p) && calendarDay(m.value) ? { what } : { what, expect: { file, paths: [show(p)] } };
    }
    case 'huge': {
      if (m.mode === 'key') {
        const objects = nodes(d[m.file]).filter((p) => isObj(getAt(d[m.file], p)));
        const p = pickOf(objects, m.pick);
        if (!p) return skip('no objects');
        const key = 'k'.repeat(100_000);
        (getAt(d[m.file], p) as Obj)[key] = 1;
        return { what: `a 100k-character key in ${m.file}:${show(p)}`, expect: { file: m.file, paths: [show([...p, key])] } };
      }
      const strings = nodes(d[m.file]).filter((p) => typeof getAt(d[m.file], p) === 'string');
      const p = pickOf(strings, m.pick);
      if (!p) return skip('no strings');
      const before = getAt(d[m.file], p) as string;
      setAt(d, m.file, p, m.mode === 'replace' ? 'x'.repeat(100_000) : before + 'y'.repeat(100_000));
      return { what: `${m.mode} 100k characters at ${m.file}:${show(p)}`, expect: { file: m.file, paths: [show(p)] } };
    }
    case 'deep': {
      const p = pickOf(nodes(d[m.file]), m.pick);
      if (!p) return skip('no nodes');
      setAt(d, m.file, p, deepValue(m.depth, m.shape));
      return { what: `${m.depth} levels of ${m.shape} junk at ${m.file}:${show(p)}`, expect: { file: m.file, paths: [show(p)] } };
    }
    case 'proto': {
      const objects = nodes(d[m.file]).filter((p) => isObj(getAt(d[m.file], p)));
      const p = pickOf(objects, m.pick);
      if (!p) return skip('no objects');
      const text = JSON.stringify(getAt(d[m.file], p));
      // Only JSON.parse makes "__proto__" an own key (an object literal would set the prototype).
      const withKey = JSON.parse(`{"${m.key}":{"polluted":"yes"}${text === '{}' ? '' : ','}${text.slice(1)}`) as unknown;
      setAt(d, m.file, p, withKey);
      return { what: `key "${m.key}" in ${m.file}:${show(p)}`, expect: { file: m.file, paths: [show([...p, m.key])] } };
    }
    case 'count': {
      const items = itemsOf(d, 'transfers');
      if (!items) return skip('no transfer list');
      const i = items.length === 0 ? 0 : m.pick % items.length;
      if (m.mode === 'empty') items.splice(0, items.length);
      else if (m.mode === 'remove') items.splice(i, 1);
      else {
        const copy = structuredClone(items[i]);
        if (isObj(copy)) copy.id = `extra-${items.length}`;
        items.push(copy);
      }
      return { what: `${m.mode} transfer ${i}, now ${items.length}`, expect: { file: 'transfers', paths: ['transfers'] } };
    }
    case 'geojson': {
      if (m.level === 'collection') {
        if (!isObj(d.legs)) return skip('legs not an object');
        const current = d.legs.type;
        const value = GEOJSON_TYPES.filter((t) => t !== 'FeatureCollection')[m.value % (GEOJSON_TYPES.length - 1)];
        d.legs.type = value;
        return { what: `legs type ${String(current)} → ${String(value)}`, expect: { file: 'legs', paths: ['type'] } };
      }
      const items = itemsOf(d, 'legs');
      if (!items || items.length === 0) return skip('no features');
      const i = m.pick % items.length;
      const f = items[i];
      if (!isObj(f)) return skip('feature not an object');
      if (m.level === 'feature') {
        f.type = GEOJSON_TYPES.filter((t) => t !== 'Feature')[m.value % (GEOJSON_TYPES.length - 1)];
        return { what: `features[${i}].type → ${String(f.type)}`, expect: { file: 'legs', paths: [`features[${i}].type`] } };
      }
      if (!isObj(f.geometry)) return skip('no geometry');
      if (m.level === 'multi') {
        f.geometry = { type: 'MultiLineString', coordinates: [f.geometry.coordinates] };
        return { what: `features[${i}] as a MultiLineString`, expect: { file: 'legs', paths: [`features[${i}].geometry`] } };
      }
      f.geometry.type = GEOJSON_TYPES.filter((t) => t !== 'LineString')[m.value % (GEOJSON_TYPES.length - 1)];
      return { what: `features[${i}].geometry.type → ${String(f.geometry.type)}`, expect: { file: 'legs', paths: [`features[${i}].geometry.type`] } };
    }
    case 'step': {
      const items = itemsOf(d, 'transfers');
      if (!items || items.length < 2) return skip('too few transfers');
      const i = m.pick % items.length;
      const o = (i + 1) % items.length;
      const t = items[i];
      const other = items[o];
      if (!isObj(t) || !isObj(other)) return skip('not objects');
      const value = m.value === 'dup' ? other.step : m.value;
      if (value === t.step) return skip('same step');
      t.step = value;
      return { what: `transfers[${i}].step = ${String(value)}`, expect: { file: 'transfers', paths: [`transfers[${i}].step`, `transfers[${o}].step`, 'transfers'] } };
    }
    case 'unsourced': {
      const sites: [FileKey, JPath][] = [];
      for (const file of FILES)
        for (const p of nodes(d[file])) {
          const v = getAt(d[file], p);
          if (isObj(v) && 'certainty' in v && 'sources' in v) sites.push([file, p]);
        }
      const site = pickOf(sites, m.pick);
      if (!site) return skip('no claims');
      const [file, p] = site;
      const claim = getAt(d[file], p) as Obj;
      claim.certainty = 'reported';
      claim.sources = [];
      return { what: `reported without sources at ${file}:${show(p)}`, expect: { file, paths: [show(p)] } };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Running validation and checking properties (a)–(d).

const MAX_MS = 3000;

function validate(d: Raw): { result: ValidationResult; ms: number } {
  const t0 = performance.now();
  let result: ValidationResult;
  try {
    result = validateDataset(d as RawDataset);
  } catch (err) {
    throw new Error(`(a) validateDataset threw: ${err instanceof Error ? err.stack ?? err.message : String(err)}`, { cause: err });
  }
  return { result, ms: performance.now() - t0 };
}

/** The same fact-sheet check scripts/data/validate-data.ts runs after validateDataset. */
function factsIssues(d: Raw): DataIssue[] {
  const list = getAt(d.places, ['places']);
  const places = Array.isArray(list) ? list.map((p) => placeSchema.safeParse(p).data ?? null) : [];
  return checkPlacesAgainstFacts(places, FACTS);
}

function related(issuePath: string, expected: string): boolean {
  if (issuePath === '(root)' || expected === '(root)' || issuePath === expected) return true;
  const under = (a: string, b: string): boolean => a.startsWith(`${b}.`) || a.startsWith(`${b}[`);
  return under(issuePath, expected) || under(expected, issuePath);
}

/** The first key of a printed path: `places[0].id` → places, `["a.b"].x` → a.b. */
function headKey(p: string): string {
  const quoted = /^\[("(?:[^"\\]|\\.)*")\]/.exec(p);
  if (quoted) return JSON.parse(quoted[1]!) as string;
  return /^[^.[]+/.exec(p)?.[0] ?? '';
}

function describeIssues(issues: readonly DataIssue[]): string {
  const shown = issues.slice(0, 15).map((i) => `  ${i.file}: ${i.path}: ${i.message.slice(0, 200)}`);
  return [...shown, ...(issues.length > 15 ? [`  … ${issues.length - 15} more`] : [])].join('\n');
}

function checkRun(d: Raw, applied: Applied[], opts: { expectFiles: boolean }): void {
  const broken = oracle(d);
  const { result, ms } = validate(d);
  const trail = `mutations:\n  ${applied.map((a) => a.what).join('\n  ')}`;
  const fail = (msg: string): never => {
    throw new Error(`${msg}\n${trail}\nissues:\n${describeIssues(result.issues)}`);
  };

  // (a) never throws (including the validator's own catch-all) and answers in time
  if (ms > MAX_MS) fail(`(a) validation took ${ms.toFixed(0)} ms`);
  const internal = result.issues.find((i) => i.file === '(validator)');
  if (internal) fail(`(a) validation stopped on an internal error: ${internal.message}`);
  if (({} as Record<string, unknown>).polluted !== undefined) fail('(a) Object.prototype was polluted');

  // (b) every issue names a data file, a path inside it and a short message
  if (result.ok !== (result.issues.length === 0)) fail('(b) ok disagrees with the issue list');
  for (const issue of result.issues) {
    const file = FILES.find((f) => FILE_NAME[f] === issue.file);
    if (!file) fail(`(b) issue names no data file: ${JSON.stringify(issue.file)}`);
    if (typeof issue.path !== 'string' || issue.path.length === 0) fail(`(b) issue without a path: ${JSON.stringify(issue)}`);
    if (typeof issue.message !== 'string' || issue.message.trim().length === 0) fail(`(b) issue without a message at ${issue.path}`);
    if (issue.message.length > 1000) fail(`(b) message of ${issue.message.length} characters at ${issue.path} (echoes input?)`);
    const root = d[file!];
    const head = headKey(issue.path);
    const known = [...TOP_KEYS[file!], ...(isObj(root) ? Object.keys(root) : []), '(root)'];
    if (!known.includes(head)) fail(`(b) path ${issue.path} does not start inside ${issue.file}`);
  }

  // (c) the oracle's verdict: a broken invariant is never ok
  if (broken.length > 0 && result.ok) fail(`(c) validation accepted data the oracle rejects:\n  ${broken.slice(0, 10).join('\n  ')}`);

  // (d) the file (and spot) a mutation is certain to break is named
  if (!opts.expectFiles) return;
  for (const a of applied) {
    const e = a.expect;
    if (!e) continue;
    const pool = e.viaFacts ? [...result.issues, ...factsIssues(d)] : result.issues;
    const inFile = pool.filter((i) => i.file === FILE_NAME[e.file]);
    if (inFile.length === 0) fail(`(d) no issue names ${FILE_NAME[e.file]} after: ${a.what}`);
    if (!inFile.some((i) => e.paths.some((p) => related(i.path, p))))
      fail(`(d) no issue in ${FILE_NAME[e.file]} at or around ${e.paths.join(' | ')} after: ${a.what}`);
  }
}

function fresh(): Raw {
  return structuredClone(BASE);
}

// ---------------------------------------------------------------------------------------------

/** The first step that draws a rail or front leg (so it makes an onward claim). */
function drawsRail(d: Raw): number {
  const modes = new Map((itemsOf(d, 'legs') ?? []).map((f) => [getAt(f, ['properties', 'id']), getAt(f, ['properties', 'mode'])]));
  const i = (itemsOf(d, 'transfers') ?? []).findIndex((t) => isObj(t) && Array.isArray(t.legs) && t.legs.some((id) => modes.get(id) === 'rail' || modes.get(id) === 'front'));
  if (i < 0) throw new Error('fixture: no step draws a rail or front leg');
  return i;
}
/** A place that none of transfer i's legs reaches. */
function unreached(d: Raw, i: number): string {
  const legs = getAt(d.transfers, ['transfers', i, 'legs']) as string[];
  const reached = new Set((itemsOf(d, 'legs') ?? []).filter((f) => legs.includes(getAt(f, ['properties', 'id']) as string)).map((f) => getAt(f, ['properties', 'to'])));
  const place = (itemsOf(d, 'places') ?? []).map((p) => getAt(p, ['id'])).find((id) => !reached.has(id));
  if (typeof place !== 'string') throw new Error('fixture: every place is reached');
  return place;
}
/** The first source linked on its publisher's own site (a link, no copy label). */
function linked(d: Raw): number {
  const i = (itemsOf(d, 'sources') ?? []).findIndex((s) => isObj(s) && typeof s.url === 'string' && s.copy === undefined);
  if (i < 0) throw new Error('fixture: no source is linked on its own site');
  return i;
}
function estimateWhere(d: Raw, pred: (e: Obj) => boolean): number {
  const i = (itemsOf(d, 'estimates') ?? []).findIndex((e) => isObj(e) && pred(e));
  if (i < 0) throw new Error('fixture: no such estimate');
  return i;
}

describe('the oracle (independent of dataset.ts)', () => {
  it('finds nothing wrong with the real data, which validation accepts', () => {
    expect(oracle(fresh())).toEqual([]);
    expect(validateDataset(fresh() as RawDataset).ok).toBe(true);
  });

  it('sees each kind of broken invariant on its own', () => {
    const cases: [string, (d: Raw) => void][] = [
      ['nine transfers', (d) => (itemsOf(d, 'transfers') ?? []).pop()],
      ['a duplicate source id', (d) => setAt(d, 'sources', ['sources', 1, 'id'], getAt(d.sources, ['sources', 0, 'id']))],
      ['a dangling leg id', (d) => setAt(d, 'transfers', ['transfers', 0, 'legs'], ['nope'])],
      ['lat 130', (d) => setAt(d, 'places', ['places', 0, 'coord'], [42, 130])],
      ['a reversed window', (d) => setAt(d, 'transfers', ['transfers', 3, 'window', 'end'], '2023-01-02')],
      ['2023-02-30', (d) => setAt(d, 'events', ['events', 0, 'start'], '2023-02-30')],
      ['2023-13 as a source month', (d) => setAt(d, 'sources', ['sources', 0, 'date'], '2023-13')],
      ['reported without sources', (d) => setAt(d, 'transfers', ['transfers', 3, 'vessel', 'sources'], [])],
      ['a Point geometry', (d) => setAt(d, 'legs', ['features', 0, 'geometry', 'type'], 'Point')],
      ['a __proto__ key', (d) => setAt(d, 'places', ['places', 0], JSON.parse('{"__proto__":{}}'))],
      ['a 100k string', (d) => setAt(d, 'sources', ['sources', 0, 'url'], `https://example.org/${'a'.repeat(100_000)}`)],
      // Steps: the kind of record, and where the cargo went onward.
      ['an unknown kind of record', (d) => setAt(d, 'transfers', ['transfers', 0, 'record'], 'rumour')],
      ['no onward claim on a step that draws rail legs', (d) => setAt(d, 'transfers', ['transfers', drawsRail(d), 'onward'], { value: null, certainty: 'unknown', sources: [] })],
      ['an onward place no leg of the step reaches', (d) => setAt(d, 'transfers', ['transfers', drawsRail(d), 'onward', 'value'], unreached(d, drawsRail(d)))],
      ['a value with certainty "unknown"', (d) => setAt(d, 'transfers', ['transfers', drawsRail(d), 'from', 'certainty'], 'unknown')],
      ['a null value with certainty "inferred"', (d) => setAt(d, 'transfers', ['transfers', 0, 'onward'], { value: null, certainty: 'inferred', sources: [] })],
      // Sources: originals, not mirrors.
      ['no link and no reason why', (d) => setAt(d, 'sources', ['sources', linked(d), 'url'], null)],
      ['a content-farm link', (d) => setAt(d, 'sources', ['sources', linked(d)], { ...(getAt(d.sources, ['sources', linked(d)]) as Obj), url: 'https://www.fastseoul.com/a', copy: { site: 'Fast Seoul' } })],
      ['a link off the publisher\'s sites, not labelled a copy', (d) => setAt(d, 'sources', ['sources', linked(d), 'url'], 'https://example.org/a')],
      ['a copy label on the publisher\'s own site', (d) => setAt(d, 'sources', ['sources', linked(d), 'copy'], { site: 'Elsewhere' })],
      ['a link with a reason for no link', (d) => setAt(d, 'sources', ['sources', linked(d), 'noLink'], { en: 'a', ko: 'a', uk: 'a', ru: 'a' })],
      ['a publisher site that is no domain', (d) => setAt(d, 'sources', ['sources', 0, 'publisherSites'], ['https://news1.kr/'])],
      // Disagreements, the corrections log, the later estimates.
      ['a disagreement with one side', (d) => (getAt(d.disagreements, ['disagreements', 0, 'sides']) as unknown[]).splice(1)],
      ['a side that cites nothing', (d) => setAt(d, 'disagreements', ['disagreements', 0, 'sides', 0, 'sources'], [])],
      ['a side citing an unknown source', (d) => setAt(d, 'disagreements', ['disagreements', 0, 'sides', 1, 'sources'], ['nope'])],
      ['a step listed twice', (d) => (getAt(d.disagreements, ['disagreements', 0, 'steps']) as unknown[]).push(getAt(d.disagreements, ['disagreements', 0, 'steps', 0]))],
      ['step 11', (d) => setAt(d, 'disagreements', ['disagreements', 0, 'steps'], [11])],
      ['a correction naming an estimate that is not there', (d) => setAt(d, 'corrections', ['corrections', 0, 'claims'], ['estimate:nope'])],
      ['a correction naming an unknown kind', (d) => setAt(d, 'corrections', ['corrections', 0, 'claims'], ['page:overview'])],
      ['a correction dated 2026-02-30', (d) => setAt(d, 'corrections', ['corrections', 0, 'date'], '2026-02-30')],
      ['an empty corrections log', (d) => setAt(d, 'corrections', ['corrections'], [])],
      ['a number not said "more than" or "about"', (d) => setAt(d, 'estimates', ['estimates', estimateWhere(d, (e) => e.containers !== null), 'said'], {})],
      ['"about" with no number', (d) => setAt(d, 'estimates', ['estimates', estimateWhere(d, (e) => e.rounds === null), 'said', 'rounds'], 'about')],
      ['a rounds number without its basis', (d) => Reflect.deleteProperty(getAt(d.estimates, ['estimates', estimateWhere(d, (e) => e.rounds !== null)]) as Obj, 'roundsBasis')],
      ['no number and no caveat', (d) => Reflect.deleteProperty(getAt(d.estimates, ['estimates', estimateWhere(d, (e) => e.containers === null && e.rounds === null)]) as Obj, 'caveat')],
      ['a number of containers that is not whole', (d) => setAt(d, 'estimates', ['estimates', estimateWhere(d, (e) => e.containers !== null), 'containers'], 1000.5)],
      ['an estimate dated 2025-01-01', (d) => setAt(d, 'estimates', ['estimates', 0, 'date'], '2025-01-01')],
      ['an estimate that cites nothing', (d) => setAt(d, 'estimates', ['estimates', 0, 'sources'], [])],
    ];
    for (const [name, mutate] of cases) {
      const d = fresh();
      mutate(d);
      expect(oracle(d), name).not.toEqual([]);
      // Every rule the oracle knows is a rule of the validation, not a stricter wish.
      expect(validateDataset(d as RawDataset).ok, name).toBe(false);
    }
  });
});

describe('validateDataset under fuzzed data (fast-check; replay with FC_SEED / FC_PATH)', () => {
  for (const [name, arb] of Object.entries(mutationArbs)) {
    it(`one "${name}" mutation: no throw, well-formed issues, never ok when the oracle objects, the broken file named`, () => {
      fc.assert(
        fc.property(arb as fc.Arbitrary<Mutation>, (m) => {
          const d = fresh();
          const applied = apply(d, m);
          checkRun(d, [applied], { expectFiles: true });
        }),
        params(25),
      );
    });
  }

  it('1–6 mutations of any kind at once: no throw, well-formed issues, never ok when the oracle objects', () => {
    fc.assert(
      fc.property(fc.array(anyMutation, { minLength: 1, maxLength: 6 }), (ms) => {
        const d = fresh();
        const applied = ms.map((m) => apply(d, m));
        checkRun(d, applied, { expectFiles: false });
      }),
      params(150),
    );
  });

  it('whole files replaced by junk of every JSON type', () => {
    const junk = fc.oneof(fc.jsonValue({ maxDepth: 6 }), fc.constantFrom<unknown>(undefined, Number.NaN, [], {}, ''));
    fc.assert(
      fc.property(fc.record(Object.fromEntries(FILES.map((f) => [f, junk])) as Record<FileKey, typeof junk>, { requiredKeys: [] }), (partial) => {
        const d = { ...fresh(), ...partial } as Raw;
        const applied = FILES.filter((f) => f in partial).map((f) => ({ what: `replace ${f} with ${JSON.stringify(partial[f])?.slice(0, 80) ?? 'undefined'}` }));
        checkRun(d, applied, { expectFiles: false });
      }),
      params(60),
    );
  });
});

describe('regressions the fuzzer found (kept as plain examples)', () => {
  const only = (file: FileKey, mutate: (d: Raw) => void): DataIssue[] => {
    const d = fresh();
    mutate(d);
    const r = validateDataset(d as RawDataset);
    expect(r.ok).toBe(false);
    return r.issues.filter((i) => i.file === FILE_NAME[file]);
  };

  it('rejects a source date that matches YYYY-MM(-DD) but is not on the calendar (2023-13-01, 2023-02-30, 2023-13)', () => {
    for (const date of ['2023-13-01', '2023-02-30', '2023-13', '2023-00']) {
      const issues = only('sources', (d) => setAt(d, 'sources', ['sources', 0, 'date'], date));
      expect(issues.map((i) => `${i.path}: ${i.message}`)).toEqual([`sources[0].date: ${date} is not a real calendar date`]);
    }
  });

  it('rejects a source URL longer than 2000 characters', () => {
    const issues = only('sources', (d) => setAt(d, 'sources', ['sources', 0, 'url'], `https://example.org/${'a'.repeat(100_000)}`));
    expect(issues.map((i) => i.path)).toEqual(['sources[0].url']);
  });

  it('refuses a 100k-character correction reference, and keeps it out of the message', () => {
    // "kind:id" had no length bound: a `text:` reference of any length passed, and an unknown
    // one was echoed whole into its message.
    for (const ref of ['text:overview', 'step:1']) {
      const issues = only('corrections', (d) => setAt(d, 'corrections', ['corrections', 0, 'claims', 0], ref + 'y'.repeat(100_000)));
      expect(issues.map((i) => i.path), ref).toEqual(['corrections[0].claims[0]']);
      expect(Math.max(...issues.map((i) => i.message.length)), ref).toBeLessThan(200);
    }
  });

  it('quotes a JSON key that would make the path ambiguous, and keeps a huge key out of the message', () => {
    const issues = only('legs', (d) => {
      const root = d.legs as Obj;
      root['.'] = 0;
      root[''] = 0;
      root['k'.repeat(100_000)] = 0;
    });
    const paths = issues.map((i) => i.path);
    expect(paths).toContain('["."]');
    expect(paths).toContain('[""]');
    expect(Math.max(...issues.map((i) => i.message.length))).toBeLessThan(200);
  });
});
