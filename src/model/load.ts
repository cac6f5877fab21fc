/** The bundled data files, validated at the app's boundary like any other input. */
import places from '../../data/places.json';
import legs from '../../data/legs.geo.json';
import transfers from '../../data/transfers.json';
import events from '../../data/events.json';
import sources from '../../data/sources.json';
import { validateDataset } from './dataset';
import type { Dataset, DataIssue } from './types';

/** Validates the bundled data; the build already refuses bad data, this guards the runtime. */
export function loadBundledDataset(): { dataset: Dataset } | { issues: DataIssue[] } {
  const result = validateDataset({ places, legs, transfers, events, sources });
  return result.ok ? { dataset: result.dataset } : { issues: result.issues };
}
