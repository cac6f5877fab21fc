/** The default language when the URL has no `lang`: the reader's browser preferences. */
import { LANGS } from '../model/constants';
import type { Lang } from '../model/types';

/**
 * Returns the first of `preferred` (navigator.languages, best first) whose primary subtag
 * is one of ours ("uk-UA" → uk, "ko" → ko, "RU" → ru), or English when none is.
 */
export function detectLang(preferred: readonly string[] | undefined | null): Lang {
  for (const tag of preferred ?? []) {
    if (typeof tag !== 'string') continue;
    const primary = tag.trim().split(/[-_]/)[0]?.toLowerCase();
    if (primary && (LANGS as readonly string[]).includes(primary)) return primary as Lang;
  }
  return 'en';
}

/** The browser's preferred languages, best first (navigator.languages, else navigator.language). */
export function browserLanguages(nav: Pick<Navigator, 'languages' | 'language'> | undefined = globalThis.navigator): string[] {
  if (!nav) return [];
  if (Array.isArray(nav.languages) && nav.languages.length) return [...nav.languages];
  return nav.language ? [nav.language] : [];
}
