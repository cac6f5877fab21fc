/**
 * UI strings in four languages. tests/i18n/catalog.test.ts fails when a key of en.json is
 * missing or empty in another catalog; at runtime a missing key still falls back to English.
 *
 * Only English is in the startup chunk: the Korean, Ukrainian and Russian catalogs come
 * with their language pack (./lang-pack.ts), loaded before that language is shown.
 */
import en from './en.json';
import type { Lang, Localized } from '../model/types';

export type MessageKey = keyof typeof en;
export type Messages = Partial<Record<MessageKey, string>>;

/** The catalogs loaded so far, by language. */
const catalogs: Partial<Record<Lang, Messages>> = { en };

/** Adds a language's catalog (from its lazy pack). */
export function addCatalog(lang: Lang, messages: Messages): void {
  catalogs[lang] = messages;
}

/**
 * Each loaded language's data texts, keyed by the startup data's text objects
 * (model/text-pack.ts readTextPack): the data itself only ever holds English.
 */
const dataTexts: Partial<Record<Lang, ReadonlyMap<object, string>>> = {};

/** Adds a language's data texts (from its lazy pack). */
export function addDataTexts(lang: Lang, texts: ReadonlyMap<object, string>): void {
  dataTexts[lang] = texts;
}

/** True once the language's catalog is loaded. */
export function hasCatalog(lang: Lang): boolean {
  return catalogs[lang] !== undefined;
}

/** The Intl locale for each language: British English matches the data texts ("14 Oct 2023"). */
export const LOCALES: Record<Lang, string> = { en: 'en-GB', ko: 'ko-KR', uk: 'uk-UA', ru: 'ru-RU' };

/** Each language's name in that language, for the language switch. */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', ko: '한국어', uk: 'Українська', ru: 'Русский' };

/** Translates a key, filling {name} placeholders. */
export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const raw = catalogs[lang]?.[key] ?? en[key];
  return raw.replace(/\{(\w+)\}/g, (_, k: string) => (k in vars ? String(vars[k]) : `{${k}}`));
}

/** A data text as the page holds it: English, the other languages in their packs. */
export type LocalizedEn = Partial<Record<Lang, string>> & { en: string };

/** Picks the text for a language from a data field (its own or its pack's), falling back to English. */
export function pick(text: Localized | LocalizedEn | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] ?? dataTexts[lang]?.get(text) ?? text.en;
}

/** The vessel as the UI says it: its translated label when the data has one, else its name; null when unknown. */
export function vesselText(vessel: { value: string | null; label?: Localized }, lang: Lang): string | null {
  if (vessel.value === null) return null;
  return vessel.label ? pick(vessel.label, lang) : vessel.value;
}

/** One Intl.DisplayNames per UI language: building one loads locale data. */
const displayNames = new Map<Lang, Intl.DisplayNames>();
/** A language code ("pl") named in the UI language ("Polish", "폴란드어"); the code itself if Intl cannot. */
export function languageName(code: string, lang: Lang): string {
  try {
    let names = displayNames.get(lang);
    if (!names) displayNames.set(lang, (names = new Intl.DisplayNames([LOCALES[lang]], { type: 'language' })));
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Formats a source date, YYYY-MM-DD or YYYY-MM (day unknown), for the locale. */
export function formatSourceDate(date: string, lang: Lang): string {
  return date.length === 7
    ? formatDate(`${date}-01`, lang, { month: 'short', year: 'numeric' })
    : formatDate(date, lang);
}

/** The page's date format (the warm-up, i18n/warm-intl.ts, builds the same one). */
export const DAY_MONTH_YEAR: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
/**
 * Formatted dates by language, options and date, and the formatters by language and
 * options. Building an Intl.DateTimeFormat costs a millisecond or more (the first of a
 * locale far more), and the first render formats dozens of distinct dates (step card,
 * slider, list, sources): one formatter per language and options, not per date, took
 * ~100 ms of main-thread time off the page's start (CPU profile of a cold load), and
 * each distinct date is formatted once (bench: step change).
 */
const formatted = new Map<string, string>();
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Formats an ISO date for the locale (UTC, so a date never shifts a day). */
export function formatDate(iso: string, lang: Lang, opts: Intl.DateTimeFormatOptions = DAY_MONTH_YEAR): string {
  const fmtKey = `${lang}|${opts === DAY_MONTH_YEAR ? '' : JSON.stringify(opts)}`;
  const key = `${fmtKey}|${iso}`;
  const known = formatted.get(key);
  if (known !== undefined) return known;
  let fmt = formatters.get(fmtKey);
  if (!fmt) formatters.set(fmtKey, (fmt = new Intl.DateTimeFormat(LOCALES[lang], { ...opts, timeZone: 'UTC' })));
  const text = fmt.format(new Date(`${iso}T00:00:00Z`));
  formatted.set(key, text);
  return text;
}
