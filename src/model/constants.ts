/**
 * The data's closed vocabularies, free of zod so that UI code can import them without
 * pulling the schema library into the page (schema.ts re-exports them for the validators).
 */
export const LANGS = ['en', 'ko', 'uk', 'ru'] as const;
export const CERTAINTIES = ['reported', 'inferred', 'illustrative', 'unknown'] as const;
export const LEG_MODES = ['sea', 'rail', 'front', 'air'] as const;
export const TRANSFER_MODES = ['sea', 'sea+rail', 'air', 'not-disclosed'] as const;
export const PLACE_KINDS = ['port', 'depot', 'crossing', 'airport', 'city', 'context'] as const;
export const STRENGTHS = ['A', 'B', 'C'] as const;
/**
 * What kind of public record a step is: the ten steps are ten dated pieces of the record,
 * not the NIS's "ten-odd" transfers one by one, and each says which kind it is.
 */
export const RECORD_KINDS = ['briefing', 'statement', 'photograph', 'imagery', 'voyages-tracked', 'sighting'] as const;

/** The data files, by key (paths from the project root). */
export const DATA_FILES = {
  places: 'data/places.json',
  legs: 'data/legs.geo.json',
  transfers: 'data/transfers.json',
  events: 'data/events.json',
  sources: 'data/sources.json',
  disagreements: 'data/disagreements.json',
  corrections: 'data/corrections.json',
  estimates: 'data/estimates.json',
} as const;
