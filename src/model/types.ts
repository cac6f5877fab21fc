/** Types inferred from the data schemas, plus the validated Dataset that the app consumes. */
import type { z } from 'zod';
import type {
  CERTAINTIES,
  LANGS,
  LEG_MODES,
  eventSchema,
  legFeatureSchema,
  placeSchema,
  sourceSchema,
  transferSchema,
  disagreementSchema,
  correctionSchema,
  estimateSchema,
  localized,
} from './schema';

export type Lang = (typeof LANGS)[number];
export type Certainty = (typeof CERTAINTIES)[number];
export type LegMode = (typeof LEG_MODES)[number];
export type Localized = z.infer<typeof localized>;
export type Place = z.infer<typeof placeSchema>;
export type LegFeature = z.infer<typeof legFeatureSchema>;
export type Transfer = z.infer<typeof transferSchema>;
export type ContextEvent = z.infer<typeof eventSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Disagreement = z.infer<typeof disagreementSchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type Estimate = z.infer<typeof estimateSchema>;

/** The whole, validated data set. Every id in it resolves. */
export interface Dataset {
  places: Place[];
  legs: LegFeature[];
  /** Sorted by step, exactly ten. */
  transfers: Transfer[];
  events: ContextEvent[];
  sources: Source[];
  disagreements: Disagreement[];
  /** The corrections log, newest first. */
  corrections: Correction[];
  /** Later estimates, by date. */
  estimates: Estimate[];
}

/** One problem found in a data file, located by file and JSON path. */
export interface DataIssue {
  file: string;
  path: string;
  message: string;
}
