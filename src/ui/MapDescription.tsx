import { useApp, useAppState } from '../state/context';
import { mapSummary } from '../text/describe';
import { MAP_SUMMARY_ID } from './ids';

/** What the map shows for the current step, as text (the map's aria-describedby). */
export function MapDescription() {
  const { dataset } = useApp();
  const step = useAppState((s) => s.step);
  const lang = useAppState((s) => s.lang);
  return (
    <p id={MAP_SUMMARY_ID} className="sr-only">
      {mapSummary(dataset, step, lang)}
    </p>
  );
}
