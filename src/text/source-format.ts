/**
 * How a source is named wherever it is shown (citations, the Sources panel, the handout,
 * the saved image's caption): the ORIGINAL publication (facts.md §11). A link to a copy
 * says so in its text and names the site; an unlinked source says why.
 */
import type { Lang, Source } from '../model/types';
import { formatSourceDate, pick, t } from '../i18n';

/** "RUSI", or "Politico Europe (Pierre Emmanuel Ngendakumana)" where the author is known. */
export function sourceByline(s: Source): string {
  return s.author ? `${s.publisher} (${s.author})` : s.publisher;
}

/** "copy on Wired-Gov" ("…, 17 Oct 2023" with `withDate` and a known copy date); '' when the link is the original. */
export function copyLabel(s: Source, lang: Lang, withDate = false): string {
  if (!s.copy) return '';
  const label = t(lang, 'source.copyOn', { site: s.copy.site });
  return withDate && s.copy.date ? `${label}, ${formatSourceDate(s.copy.date, lang)}` : label;
}

/** Why the source has no link, in `lang` ('' when it has one). */
export function noLinkReason(s: Source, lang: Lang): string {
  return s.url === null && s.noLink ? pick(s.noLink, lang) : '';
}
