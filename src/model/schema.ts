/**
 * Zod schemas for every file in data/. The schemas check shape; cross-file rules
 * (ids resolve, windows ordered, coordinates near the fact sheet) live in dataset.ts.
 */
import { z } from 'zod';

import { CERTAINTIES, LANGS, LEG_MODES, PLACE_KINDS, STRENGTHS, TRANSFER_MODES } from './constants';

// Defined in constants.ts (no zod there, so the UI can import them without the schemas).
export { CERTAINTIES, LANGS, LEG_MODES, PLACE_KINDS, STRENGTHS, TRANSFER_MODES };

const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be a lowercase id (a-z, 0-9, -)');
/** Calendar date as YYYY-MM-DD, checked for a real day (no 2023-02-30). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'is not a real calendar date');

const text = z.string().trim().min(1, 'must not be empty').max(2000, 'is longer than 2000 characters');
/** Text in all four languages: a data text without its ko, uk or ru version does not validate. */
export const localized = z.object({ en: text, ko: text, uk: text, ru: text }).strict();
/** Place names: the same rule as every other data text. */
export const allLangs = localized;

export const certainty = z.enum(CERTAINTIES);
const sourceIds = z.array(id).max(20);

const lon = z.number().finite().min(-180).max(180);
const lat = z.number().finite().min(-90).max(90);
export const lonLat = z.tuple([lon, lat]);

export const placeSchema = z
  .object({
    id,
    names: allLangs,
    kind: z.enum(PLACE_KINDS),
    /** ISO 3166 country the place lies in; picks the script of its local label. */
    country: z.enum(['KP', 'RU']),
    /** [lon, lat] in WGS84 (RFC 7946 order). */
    coord: lonLat,
    /** Row number of the place in facts.md section 6. */
    factsRow: z.number().int().min(1).max(200),
    provenance: z.enum(['cited', 'general-knowledge']),
    note: localized.optional(),
    /** Lower draws first and labels at lower zoom. */
    rank: z.number().int().min(1).max(5),
  })
  .strict();
export const placesFileSchema = z.object({ places: z.array(placeSchema).min(1).max(200) }).strict();

export const legPropsSchema = z
  .object({
    id,
    mode: z.enum(LEG_MODES),
    from: id,
    /** null when the destination is not disclosed (air). */
    to: id.nullable(),
    certainty,
    sources: sourceIds,
    label: localized,
    basis: localized,
    /**
     * Set when this leg is the first section of a longer route that goes on as another
     * leg (two port lines joining one rail trunk): that leg's id. Its first vertex is this
     * leg's last vertex, and `to` names the place the whole route reaches.
     */
    continuesInto: id.optional(),
  })
  .strict();
export const legFeatureSchema = z
  .object({
    type: z.literal('Feature'),
    properties: legPropsSchema,
    geometry: z
      .object({ type: z.literal('LineString'), coordinates: z.array(lonLat).min(2).max(5000) })
      .strict(),
  })
  .strict();
export const legsFileSchema = z
  .object({ type: z.literal('FeatureCollection'), features: z.array(legFeatureSchema).min(1).max(50) })
  .strict();

/** A displayed claim: its value (null = unknown), how certain it is, who says it. */
export function claim<T extends z.ZodTypeAny>(value: T) {
  return z
    .object({ value: value.nullable(), certainty, sources: sourceIds, basis: localized.optional() })
    .strict();
}

/**
 * The vessel: `value` is the data (a ship's name, kept in Latin script in every language);
 * `label` is how the UI says it when the value is a description or a choice
 * ("Angara or Maria", "unidentified ship, about 115 m long").
 */
export const vesselClaim = claim(text).extend({ label: localized.optional() });

export const windowSchema = z
  .object({
    start: isoDate,
    end: isoDate,
    /** Human wording of the window, e.g. "early Aug 2023"; the dates are its bounds. */
    label: localized,
    /** False when no source dates this transfer (the air step). */
    dated: z.boolean(),
    certainty,
    sources: sourceIds,
    basis: localized.optional(),
  })
  .strict();

export const evidenceSchema = z
  .object({ text: localized, sources: sourceIds.min(1, 'evidence must cite a source'), strength: z.enum(STRENGTHS) })
  .strict();

export const teachingSchema = z
  .object({ known: localized, unknown: localized, question: localized })
  .strict();

export const transferSchema = z
  .object({
    id,
    step: z.number().int().min(1).max(10),
    title: localized,
    summary: localized,
    window: windowSchema,
    mode: claim(z.enum(TRANSFER_MODES)),
    from: claim(id),
    to: claim(id),
    vessel: vesselClaim,
    /** Legs drawn and animated for this step, in travel order. */
    legs: z.array(id).max(10),
    evidence: z.array(evidenceSchema).min(1).max(10),
    teaching: teachingSchema.optional(),
  })
  .strict();
export const transfersFileSchema = z
  .object({ transfers: z.array(transferSchema).max(50) })
  .strict();

export const eventSchema = z
  .object({
    id,
    start: isoDate,
    end: isoDate.optional(),
    /** Set when the source gives only an approximate date ("~18 Sep"). */
    approximate: z.boolean(),
    title: localized,
    sources: sourceIds.min(1, 'an event must cite a source'),
    strength: z.enum(STRENGTHS),
  })
  .strict();
export const eventsFileSchema = z.object({ events: z.array(eventSchema).max(100) }).strict();

export const sourceSchema = z
  .object({
    id,
    publisher: text,
    title: text,
    /** YYYY-MM-DD or YYYY-MM when the day is not known. */
    date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be YYYY-MM or YYYY-MM-DD'),
    url: z.string().max(2000, 'is longer than 2000 characters').url().refine((u) => /^https?:\/\//.test(u), 'must be an http(s) URL'),
    language: z.string().regex(/^[a-z]{2}$/),
    supports: localized,
  })
  .strict();
export const sourcesFileSchema = z.object({ sources: z.array(sourceSchema).min(1).max(200) }).strict();
