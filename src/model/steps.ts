/** Which legs and places a step lights: pure selectors over the dataset, for every renderer and text. */
import type { Dataset } from './types';

/** Leg ids active on a step: every leg on the overview, the step's own legs otherwise. */
export function activeLegs(dataset: Dataset, step: number): string[] {
  if (step === 0) return dataset.legs.map((l) => l.properties.id);
  return dataset.transfers[step - 1]?.legs ?? [];
}

/** Place ids active on a step: its origin and destination when known. */
export function activePlaces(dataset: Dataset, step: number): string[] {
  const t = dataset.transfers[step - 1];
  if (!t) return [];
  return [t.from.value, t.to.value].filter((v): v is string => typeof v === 'string');
}
