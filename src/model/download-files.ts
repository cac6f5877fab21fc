/**
 * The data downloads the build writes beside the page (scripts/build/data-downloads.ts) and that
 * Sources & method links to. Paths are relative to the page, so the links work under any
 * base path. Pure constants: the page imports them without the generator.
 */
import type { Lang } from './types';

/** The folder of the build output that holds the downloads. */
export const DOWNLOAD_DIR = 'data';

/** File names inside DOWNLOAD_DIR. */
export const DOWNLOAD_FILES = {
  /** One row per step, its texts in one language. */
  steps: (lang: Lang) => `steps.${lang}.csv`,
  route: 'route.geojson',
  sources: 'sources.csv',
  readme: 'README.md',
} as const;

/** The relative link to a download ("data/steps.ko.csv"). */
export function downloadHref(file: string): string {
  return `${DOWNLOAD_DIR}/${file}`;
}
