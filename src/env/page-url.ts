/** The page's own address, as embed codes and citations give it. */

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
