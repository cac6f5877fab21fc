/** UI strings. English is complete; other languages fall back to it key by key. */
import en from './en.json';
import type { Lang, Localized } from '../model/types';

export type MessageKey = keyof typeof en;
type Messages = Partial<Record<MessageKey, string>>;

const catalogs: Record<Lang, Messages> = { en, ko: {}, uk: {}, ru: {} };

/** Translates a key, filling {name} placeholders. */
export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const raw = catalogs[lang][key] ?? en[key];
  return raw.replace(/\{(\w+)\}/g, (_, k: string) => (k in vars ? String(vars[k]) : `{${k}}`));
}

/** Picks the text for a language from a data field, falling back to English. */
export function pick(text: Localized | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] ?? text.en;
}

/** Formats an ISO date for the locale (UTC, so a date never shifts a day). */
export function formatDate(iso: string, lang: Lang, opts: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' }): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return new Intl.DateTimeFormat(lang, { ...opts, timeZone: 'UTC' }).format(d);
}
