/**
 * The page's own check of the bundled data, without zod. The full validation (schemas
 * and cross-file rules in dataset.ts) refuses bad data before every build
 * (`npm run build` runs scripts/data/validate-data.ts) and in the tests, so running it again
 * in every reader's browser would only cost ~26 KB gzip of zod and schemas plus parse
 * time. This guard still stops a corrupted or hand-patched bundle with a clear message
 * (file and JSON path, like the validator) before the map or the UI trips over it: it
 * checks what the page relies on — shapes, coordinates, the ten steps, and that every
 * id resolves.
 */
import { DATA_FILES, LANGS, LEG_MODES } from './constants';
import type { Dataset, DataIssue } from './types';

/** The data files named in bundle issues (the same constant the validators use). */
export const BUNDLE_FILES = DATA_FILES;

type Key = keyof typeof BUNDLE_FILES;
type Rec = Record<string, unknown>;

const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isLonLat = (v: unknown): boolean =>
  Array.isArray(v) && v.length === 2 && isNum(v[0]) && isNum(v[1]) && Math.abs(v[0]) <= 180 && Math.abs(v[1]) <= 90;

/** Checks the bundled files; returns the dataset (transfers in step order) or every problem found. */
export function checkBundle(raw: Record<Key, unknown>): { dataset: Dataset } | { issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const add = (key: Key, path: string, message: string) => issues.push({ file: BUNDLE_FILES[key], path, message });
  const list = (key: Key, field: string): Rec[] => {
    const file = raw[key];
    const arr = isRec(file) ? file[field] : undefined;
    if (!Array.isArray(arr)) {
      add(key, field, 'must be an array');
      return [];
    }
    return arr.map((item, i) => {
      if (isRec(item)) return item;
      add(key, `${field}[${i}]`, 'must be an object');
      return {};
    });
  };
  const places = list('places', 'places');
  const legs = list('legs', 'features');
  const transfers = list('transfers', 'transfers');
  const events = list('events', 'events');
  const sources = list('sources', 'sources');
  const disagreements = list('disagreements', 'disagreements');
  const corrections = list('corrections', 'corrections');
  const estimates = list('estimates', 'estimates');

  const ids = (items: Rec[], key: Key, field: string, get: (r: Rec) => unknown) => {
    const out = new Set<string>();
    items.forEach((r, i) => {
      const id = get(r);
      if (!isStr(id)) add(key, `${field}[${i}].id`, 'must be a non-empty string');
      else if (out.has(id)) add(key, `${field}[${i}].id`, `duplicate id "${id}"`);
      else out.add(id);
    });
    return out;
  };
  const placeIds = ids(places, 'places', 'places', (r) => r.id);
  const legIds = ids(legs, 'legs', 'features', (r) => (isRec(r.properties) ? r.properties.id : undefined));
  ids(transfers, 'transfers', 'transfers', (r) => r.id);
  ids(events, 'events', 'events', (r) => r.id);
  const sourceIds = ids(sources, 'sources', 'sources', (r) => r.id);

  places.forEach((p, i) => {
    if (!isLonLat(p.coord)) add('places', `places[${i}].coord`, 'must be [lon, lat] in degrees');
    const names = p.names;
    for (const lang of LANGS) if (!isRec(names) || !isStr(names[lang])) add('places', `places[${i}].names.${lang}`, 'must be a non-empty string');
    if (!isNum(p.rank)) add('places', `places[${i}].rank`, 'must be a number');
  });
  legs.forEach((l, i) => {
    const props = isRec(l.properties) ? l.properties : {};
    if (!(LEG_MODES as readonly unknown[]).includes(props.mode)) add('legs', `features[${i}].properties.mode`, `must be one of ${LEG_MODES.join(', ')}`);
    const coords = isRec(l.geometry) ? l.geometry.coordinates : undefined;
    if (!Array.isArray(coords) || coords.length < 2 || !coords.every(isLonLat))
      add('legs', `features[${i}].geometry.coordinates`, 'must be a line of at least two [lon, lat] points');
  });

  const steps = new Set<number>();
  transfers.forEach((t, i) => {
    const at = `transfers[${i}]`;
    if (!isNum(t.step) || t.step < 1 || t.step > 10 || steps.has(t.step)) add('transfers', `${at}.step`, 'must be a unique step 1–10');
    else steps.add(t.step);
    if (!Array.isArray(t.legs)) add('transfers', `${at}.legs`, 'must be an array');
    else t.legs.forEach((id, j) => !legIds.has(id as string) && add('transfers', `${at}.legs[${j}]`, `unknown leg id "${String(id)}"`));
    for (const k of ['from', 'to'] as const) {
      const c = t[k];
      if (!isRec(c) || (c.value !== null && !placeIds.has(c.value as string))) add('transfers', `${at}.${k}.value`, 'must be null or a known place id');
    }
    if (!isRec(t.window) || !isStr(t.window.start) || !isStr(t.window.end)) add('transfers', `${at}.window`, 'must have start and end dates');
    if (!isRec(t.title) || !isStr(t.title.en)) add('transfers', `${at}.title.en`, 'must be a non-empty string');
  });
  if (transfers.length !== 10 || steps.size !== 10) add('transfers', 'transfers', `expected the ten steps 1–10, found ${transfers.length} transfer(s)`);
  events.forEach((e, i) => {
    if (!isStr(e.start)) add('events', `events[${i}].start`, 'must be a date');
  });

  // Every cited source id resolves, wherever a `sources` list appears.
  const cites = (key: Key, value: unknown, path: string): void => {
    if (Array.isArray(value)) value.forEach((v, i) => cites(key, v, `${path}[${i}]`));
    else if (isRec(value))
      for (const [k, v] of Object.entries(value)) {
        if (k === 'sources' && Array.isArray(v))
          v.forEach((id, j) => !sourceIds.has(id as string) && add(key, `${path}.${k}[${j}]`, `unknown source id "${String(id)}"`));
        else if (k !== 'geometry') cites(key, v, `${path}.${k}`);
      }
  };
  legs.forEach((l, i) => cites('legs', l, `features[${i}]`));
  transfers.forEach((t, i) => cites('transfers', t, `transfers[${i}]`));
  events.forEach((e, i) => cites('events', e, `events[${i}]`));
  disagreements.forEach((d, i) => cites('disagreements', d, `disagreements[${i}]`));
  estimates.forEach((e, i) => cites('estimates', e, `estimates[${i}]`));
  corrections.forEach((c, i) => {
    if (!isStr(c.date)) add('corrections', `corrections[${i}].date`, 'must be a date');
  });

  if (issues.length) return { issues };
  const byStep = [...transfers].sort((a, b) => (a.step as number) - (b.step as number));
  // Newest correction first (its date is the data's version); estimates by date.
  const byDate = (a: Rec, b: Rec) => String(a.date).localeCompare(String(b.date));
  const newestFirst = [...corrections].sort((a, b) => byDate(b, a));
  const estimatesByDate = [...estimates].sort(byDate);
  return { dataset: { places, legs, transfers: byStep, events, sources, disagreements, corrections: newestFirst, estimates: estimatesByDate } as unknown as Dataset };
}
