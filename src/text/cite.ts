/**
 * "Cite this map": a plain-text citation and a BibTeX entry for the map as the reader sees
 * it (its title in the reader's language, the data version, the address and the day it was
 * read). Pure: the page gives the address and the date.
 */
import { PROJECT } from '../model/project';

export interface CiteInput {
  /** The map's title in the reader's language. */
  title: string;
  /** What it is, in the reader's language ("Interactive map"). */
  medium: string;
  /** The data version (YYYY-MM-DD), or null when the corrections log is empty. */
  version: string | null;
  /** The page's address (no query or hash). */
  url: string;
  /** The day it was read (YYYY-MM-DD). */
  accessed: string;
  /** "Data version" in the reader's language. */
  versionLabel: string;
  /** "Accessed" in the reader's language. */
  accessedLabel: string;
}

/** YYYY-MM-DD of a date, in the reader's own calendar day. */
export function isoDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The year the data is from: the data version's, else the day it was read. */
const yearOf = (c: CiteInput) => (c.version ?? c.accessed).slice(0, 4);

/** Publisher (year). Title [medium]. Data version …. URL (accessed …). */
export function citePlain(c: CiteInput): string {
  const version = c.version ? ` ${c.versionLabel} ${c.version}.` : '';
  return `${PROJECT.publisher} (${yearOf(c)}). ${c.title} [${c.medium}].${version} ${c.url} (${c.accessedLabel} ${c.accessed}).`;
}

/** Escapes text for a BibTeX field in braces: the characters TeX treats as commands. */
export function bibEscape(s: string): string {
  return s.replace(/[\\{}%&$#_^~]/g, (ch) => {
    if (ch === '\\') return '\\textbackslash{}';
    if (ch === '^') return '\\^{}';
    if (ch === '~') return '\\~{}';
    return `\\${ch}`;
  });
}

/** A @misc entry; the publisher in double braces so BibTeX keeps it whole as a corporate author. */
export function citeBibtex(c: CiteInput): string {
  const fields: [string, string][] = [
    ['author', `{${bibEscape(PROJECT.publisher)}}`],
    ['title', bibEscape(c.title)],
    ['howpublished', bibEscape(c.medium)],
    ['year', yearOf(c)],
    ...(c.version ? ([['version', c.version], ['note', bibEscape(`${c.versionLabel} ${c.version}`)]] as [string, string][]) : []),
    ['url', c.url],
    ['urldate', c.accessed],
  ];
  return `@misc{${PROJECT.bibKey}${yearOf(c)},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}`;
}
