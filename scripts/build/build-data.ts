/**
 * The data and words the build's own pages are made from (the load guard's texts, the scroll
 * demo, the share entries): the data files, fully validated, once per process, and every
 * language's catalog loaded so `t()` speaks them all.
 */
import { readData } from './text-packs.ts';
import { validateDataset } from '../../src/model/dataset.ts';
import type { Dataset } from '../../src/model/types.ts';
import { addCatalog } from '../../src/i18n/index.ts';
import ko from '../../src/i18n/ko.json' with { type: 'json' };
import uk from '../../src/i18n/uk.json' with { type: 'json' };
import ru from '../../src/i18n/ru.json' with { type: 'json' };

const checked = new Map<string, Dataset>();

/** The validated dataset of the project at `root`; throws (npm run validate says why) when it does not validate. */
export function buildDataset(root: string): Dataset {
  let dataset = checked.get(root);
  if (!dataset) {
    const r = validateDataset(readData(root));
    if (!r.ok) throw new Error('the data files do not validate (npm run validate says why)');
    checked.set(root, (dataset = r.dataset));
    addCatalog('ko', ko);
    addCatalog('uk', uk);
    addCatalog('ru', ru);
  }
  return dataset;
}
