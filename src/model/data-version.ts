/**
 * The data's version: the date of the newest entry in the corrections log
 * (data/corrections.json). One definition for every place that shows it (Sources & method,
 * the handout, the embed, the saved image) and for the downloads' README. Pure, no imports
 * at runtime.
 */
import type { Correction } from './types';

/** The newest correction's date (YYYY-MM-DD), whatever the log's order; null for an empty log. */
export function dataVersion(corrections: readonly Pick<Correction, 'date'>[]): string | null {
  let newest: string | null = null;
  for (const c of corrections) if (newest === null || c.date > newest) newest = c.date;
  return newest;
}
