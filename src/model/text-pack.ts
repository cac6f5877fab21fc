/**
 * Language packs for the data texts (bench: bytes until the map is ready).
 *
 * Every text in data/*.json is a `{ en, ko, uk, ru }` object, and most readers only ever
 * see one language. At build time (scripts/build/text-packs.ts) each data file is split into
 * the startup data, with English texts only, and one sparse "text pack" per other
 * language that mirrors the file's shape and holds only that language's strings. Before
 * that language is shown, the page reads its pack into a table keyed by the startup data's
 * text objects (readTextPack); `pick` looks texts up there, and the data is never changed. Place names stay in every language in the startup data: the map
 * labels show two scripts at once.
 *
 * Pure functions, no imports at runtime: used by the build plugin, the page and the tests.
 */
import { DATA_FILES, LANGS } from './constants';
import type { DataIssue, Lang } from './types';

export type OtherLang = Exclude<Lang, 'en'>;
export const OTHER_LANGS: readonly OtherLang[] = ['ko', 'uk', 'ru'];

/** The data files the text packs split (the same constant the validators use). */
export const TEXT_FILES = DATA_FILES;
export type DataKey = keyof typeof TEXT_FILES;
export type RawData = Record<DataKey, unknown>;

/**
 * A sparse mirror of a data file: objects keep only the keys that lead to a text, arrays
 * keep their length with 0 where an item has no text, and a text becomes its string.
 */
export type Sparse = string | 0 | Sparse[] | { [key: string]: Sparse };
/** One language's texts for every data file. */
export type TextPack = Partial<Record<DataKey, Sparse>>;

/** Fields kept whole (every language) in the startup data, by file. */
export const KEEP_WHOLE: Partial<Record<DataKey, readonly string[]>> = { places: ['names'] };

/**
 * Editorial fields the page never shows (the reader sees them in the data files and the
 * README): left out of the page's data in every language. Validated at build time like
 * everything else; tests/bench/bundle-boundary.test.ts fails if src/ starts reading them.
 */
export const PAGE_OMITS: Partial<Record<DataKey, readonly string[]>> = { places: ['note'], legs: ['label', 'basis'] };

/** A copy of a data file without the omitted keys (at any depth; they are unique names there). */
export function omitFields(value: unknown, omit: readonly string[] = []): unknown {
  if (!omit.length) return value;
  if (Array.isArray(value)) return value.map((v) => omitFields(v, omit));
  if (isRec(value)) {
    const out: Rec = {};
    for (const [k, v] of Object.entries(value)) if (!omit.includes(k)) out[k] = omitFields(v, omit);
    return out;
  }
  return value;
}

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A localized text: an object whose keys are languages, "en" among them, all strings. */
export function isLocalized(v: unknown): v is Partial<Record<Lang, string>> & { en: string } {
  if (!isRec(v) || typeof v.en !== 'string') return false;
  return Object.entries(v).every(([k, x]) => (LANGS as readonly string[]).includes(k) && typeof x === 'string');
}

/** The data file with English texts only (fields in `keep` stay whole). */
export function startupTexts(value: unknown, keep: readonly string[] = []): unknown {
  if (isLocalized(value)) return { en: value.en };
  if (Array.isArray(value)) return value.map((v) => startupTexts(v, keep));
  if (isRec(value)) {
    const out: Rec = {};
    for (const [k, v] of Object.entries(value)) out[k] = keep.includes(k) ? v : startupTexts(v, keep);
    return out;
  }
  return value;
}

/** One language's texts of a data file as a sparse mirror; undefined when it has none (fields in `keep` are skipped). */
export function packTexts(value: unknown, lang: OtherLang, keep: readonly string[] = []): Sparse | undefined {
  if (isLocalized(value)) return value[lang];
  if (Array.isArray(value)) {
    const out = value.map((v) => packTexts(v, lang, keep) ?? 0);
    return out.some((x) => x !== 0) ? out : undefined;
  }
  if (isRec(value)) {
    const out: Record<string, Sparse> = {};
    for (const [k, v] of Object.entries(value)) {
      if (keep.includes(k)) continue;
      const x = packTexts(v, lang, keep);
      if (x !== undefined) out[k] = x;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return undefined;
}

/** Splits the data files (less PAGE_OMITS): what the startup chunk holds, and a pack per other language. */
export function splitData(raw: RawData): { startup: RawData; packs: Record<OtherLang, TextPack> } {
  const keys = Object.keys(TEXT_FILES) as DataKey[];
  const startup = {} as RawData;
  const page = {} as RawData;
  for (const k of keys) page[k] = omitFields(raw[k], PAGE_OMITS[k]);
  for (const k of keys) startup[k] = startupTexts(page[k], KEEP_WHOLE[k]);
  const packs = {} as Record<OtherLang, TextPack>;
  for (const lang of OTHER_LANGS) {
    const pack: TextPack = {};
    for (const k of keys) {
      const s = packTexts(page[k], lang, KEEP_WHOLE[k]);
      if (s !== undefined) pack[k] = s;
    }
    packs[lang] = pack;
  }
  return { startup, packs };
}

/** One language's data texts, keyed by the startup data's own text objects (which stay as they are). */
export type TextTable = ReadonlyMap<object, string>;

/**
 * Reads a language's pack against the data without changing it: returns each text object's
 * string in that language, then checks that every text of the data has one (the runtime
 * check of the translated texts: the startup check, bundle-check.ts, sees English only).
 * Problems are located like the validator's.
 */
export function readTextPack(data: RawData, pack: unknown, lang: OtherLang): { texts: TextTable; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const texts = new Map<object, string>();
  if (!isRec(pack)) return { texts, issues: [{ file: `text pack "${lang}"`, path: '', message: 'must be an object' }] };
  const keys = Object.keys(TEXT_FILES) as DataKey[];
  for (const key of Object.keys(pack)) {
    if (!(keys as string[]).includes(key)) issues.push({ file: `text pack "${lang}"`, path: key, message: 'unknown data file' });
  }
  for (const key of keys) {
    const file = TEXT_FILES[key];
    const add = (path: string, message: string) => issues.push({ file, path, message });
    const read = (target: unknown, sparse: unknown, path: string): void => {
      if (sparse === undefined || sparse === 0) return;
      if (isLocalized(target)) {
        if (typeof sparse === 'string' && sparse.length > 0) texts.set(target, sparse);
        else add(`${path}.${lang}`, 'must be a non-empty string');
      } else if (Array.isArray(target) && Array.isArray(sparse)) {
        if (sparse.length !== target.length) add(path, `has ${target.length} items, the "${lang}" pack ${sparse.length}`);
        sparse.forEach((s, i) => read(target[i], s, `${path}[${i}]`));
      } else if (isRec(target) && isRec(sparse)) {
        for (const [k, s] of Object.entries(sparse)) read(target[k], s, path ? `${path}.${k}` : k);
      } else add(path, `the "${lang}" pack has a text where the data has none`);
    };
    read(data[key], pack[key], '');
    // Completeness: every text (including the fields kept whole) has this language.
    const walk = (v: unknown, path: string): void => {
      if (isLocalized(v)) {
        const has = typeof v[lang] === 'string' && (v[lang] as string).length > 0;
        if (!has && !texts.has(v)) add(`${path}.${lang}`, 'must be a non-empty string');
      } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
      else if (isRec(v)) for (const [k, x] of Object.entries(v)) if (k !== 'coordinates') walk(x, path ? `${path}.${k}` : k);
    };
    walk(data[key], '');
  }
  return { texts, issues };
}

/** A copy of the data with each language's texts written into its text objects (the build's round-trip check). */
export function withTexts(value: unknown, tables: Partial<Record<OtherLang, TextTable>>): unknown {
  if (isLocalized(value)) {
    const out: Rec = { ...value };
    for (const [lang, table] of Object.entries(tables)) {
      const x = table.get(value);
      if (x !== undefined) out[lang] = x;
    }
    return out;
  }
  if (Array.isArray(value)) return value.map((v) => withTexts(v, tables));
  if (isRec(value)) {
    const out: Rec = {};
    for (const [k, v] of Object.entries(value)) out[k] = withTexts(v, tables);
    return out;
  }
  return value;
}
