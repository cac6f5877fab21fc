/**
 * Warms the browser's date formatting before the first render needs it.
 *
 * The first Intl.DateTimeFormat a page builds loads ICU's locale data, which costs 40–90 ms
 * on this project's bench machine, and the first render needs one (the step card and the
 * slider show dates), inside what is already a long task. ICU keeps that data per process:
 * once one formatter is built, the next costs ~1 ms whatever its locale (a Korean one
 * after an English one, measured in Chromium). The built page runs this from a tiny async
 * script of its own (scripts/build/warm-intl-plugin.ts), which arrives while the main thread is
 * idle waiting for the big bundles to finish their background compile: the setup is done
 * then, instead of inside the first render. (A worker was tried first, since ICU's data is
 * shared by the threads of a page: no better in 13 alternating loads, and more moving parts.)
 *
 * Self-contained on purpose (no imports, only its arguments and globals): the plugin
 * compiles this file on its own into that script. Never throws: it is an optimisation.
 */
export function warmDateFormats(locale: string, intl: Pick<typeof Intl, 'DateTimeFormat'> = globalThis.Intl): void {
  try {
    new intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(0);
  } catch {
    // No Intl, or a locale it refuses: the first render then pays the setup itself.
  }
}
