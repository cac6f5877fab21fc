/** The page's own address, as embed codes, citations and share links give it. */
import type { Lang } from '../model/types';
import { guardOpenUrl } from './load-guard';

/** Query flags that only make sense inside a frame, or are added by pym.js. */
export const FRAME_ONLY = ['embed', 'childId', 'initialWidth', 'parentTitle', 'parentUrl', 'controls', 'autoplay'];

/** The full page for a step (the frame-only flags dropped, the hash too). */
export function fullMapUrl(href: string, step: number): string {
  return guardOpenUrl(href, step, FRAME_ONLY);
}

/** The link that shares a step: the full page at that step, in the reader's language (English needs no flag). */
export function shareUrl(href: string, step: number, lang: Lang): string {
  const u = new URL(fullMapUrl(href, step));
  if (lang === 'en') u.searchParams.delete('lang');
  else u.searchParams.set('lang', lang);
  return u.href;
}

/** The page URL without query and hash. */
export function pageBase(href: string): string {
  const u = new URL(href);
  return `${u.origin}${u.pathname}`;
}

/** This page's URL without query or hash; relative if even reading the URL fails (an opaque frame). */
export function safePageBase(): string {
  try {
    return pageBase(window.location.href);
  } catch {
    return './';
  }
}
