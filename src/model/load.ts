/**
 * The bundled data files. The full validation runs before every build and in the tests;
 * the page runs the lighter bundle check (see bundle-check.ts for why and what it covers).
 */
import places from '../../data/places.json';
import legs from '../../data/legs.geo.json';
import transfers from '../../data/transfers.json';
import events from '../../data/events.json';
import sources from '../../data/sources.json';
import { checkBundle } from './bundle-check';
import type { Dataset, DataIssue } from './types';

/** Checks the bundled data; the build already refuses bad data, this guards the runtime. */
export function loadBundledDataset(): { dataset: Dataset } | { issues: DataIssue[] } {
  return checkBundle({ places, legs, transfers, events, sources });
}
