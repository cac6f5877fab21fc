/**
 * The bundled data files. The full validation runs before every build and in the tests;
 * the page runs the lighter bundle check (see bundle-check.ts for why and what it covers).
 *
 * The startup data holds English texts only (place names in every language): the other
 * languages' texts are lazy packs, read into a lookup keyed by these objects before the
 * language is shown; the data is never changed (src/i18n/lang-pack.ts, scripts/build/text-packs.ts).
 */
import data from 'virtual:shell-route/data';
import { checkBundle } from './bundle-check';
import type { Dataset, DataIssue } from './types';

/** The raw startup data; language packs are read against it and never change it. */
export const bundledData = data;

/** Checks the bundled data; the build already refuses bad data, this guards the runtime. */
export function loadBundledDataset(): { dataset: Dataset } | { issues: DataIssue[] } {
  return checkBundle(data);
}
