/** Types inferred from the data schemas, plus the validated Dataset that the app consumes. */
import type { z } from 'zod';
import type {
  CERTAINTIES,
  LANGS,
  LEG_MODES,
  TRANSFER_MODES,
  eventSchema,
  legFeatureSchema,
  placeSchema,
  sourceSchema,
  transferSchema,
  localized,
} from './schema';

export type Lang = (typeof LANGS)[number];
export type Certainty = (typeof CERTAINTIES)[number];
export type LegMode = (typeof LEG_MODES)[number];
export type TransferMode = (typeof TRANSFER_MODES)[number];
export type Localized = z.infer<typeof localized>;
export type Place = z.infer<typeof placeSchema>;
export type LegFeature = z.infer<typeof legFeatureSchema>;
export type Transfer = z.infer<typeof transferSchema>;
export type ContextEvent = z.infer<typeof eventSchema>;
export type Source = z.infer<typeof sourceSchema>;

/** The whole, validated data set. Every id in it resolves. */
export interface Dataset {
  places: Place[];
  legs: LegFeature[];
  /** Sorted by step, exactly ten. */
  transfers: Transfer[];
  events: ContextEvent[];
  sources: Source[];
}

/** One problem found in a data file, located by file and JSON path. */
export interface DataIssue {
  file: string;
  path: string;
  message: string;
}
