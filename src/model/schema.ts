/**
 * Zod schemas for every file in data/. The schemas check shape; cross-file rules
 * (ids resolve, windows ordered, coordinates near the fact sheet) live in dataset.ts.
 */
import { z } from 'zod';

import { CERTAINTIES, LANGS, LEG_MODES, PLACE_KINDS, RECORD_KINDS, STRENGTHS, TRANSFER_MODES } from './constants';

// Defined in constants.ts (no zod there, so the UI can import them without the schemas).
export { CERTAINTIES, LANGS, LEG_MODES, PLACE_KINDS, RECORD_KINDS, STRENGTHS, TRANSFER_MODES };

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
    /** The kind of public record the step is (a briefing, a photograph, satellite imagery…). */
    record: z.enum(RECORD_KINDS),
    window: windowSchema,
    mode: claim(z.enum(TRANSFER_MODES)),
    from: claim(id),
    to: claim(id),
    vessel: vesselClaim,
    /**
     * Where this step's cargo went after the port (the rail legs and the arrow toward
     * Ukraine): reported only where a source says so for this cargo. The rail and front
     * legs a step draws are drawn no more certain than this claim.
     */
    onward: claim(id),
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

/**
 * Sites that republish other outlets' articles wholesale (content farms, facts.md §11): a
 * source is never linked there, copy or not. A host matches an entry or any subdomain of it.
 */
export const CONTENT_FARM_HOSTS = ['fastseoul.com', 'glutenfreenews.net', 'newsrebeat.com'] as const;

/** True when `host` is `domain` or a subdomain of it (news1.kr, www.news1.kr; not evilnews1.kr). */
export function hostIsOn(host: string, domain: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  const d = domain.toLowerCase();
  return h === d || h.endsWith(`.${d}`);
}

/** A lowercase domain name, no scheme or path ("rusi.org", "hani.co.kr"). */
const domain = z
  .string()
  .max(253, 'is longer than 253 characters')
  .regex(/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'must be a lowercase domain name such as "rusi.org"');

/**
 * A cited publication. `publisher`, `author`, `title` and `date` describe the ORIGINAL
 * (facts.md §11), never the site a copy sits on. `url` is the link shown: on one of
 * `publisherSites`, or a copy (then `copy` says so and names the site), or null (then
 * `noLink` says why). Content-farm hosts are never linked. dataset.ts checks these rules.
 */
export const sourceSchema = z
  .object({
    id,
    /** The original publisher ("Associated Press", "RUSI"); a relay that writes its own story is the publisher. */
    publisher: text,
    /** The author, where the original names one. */
    author: text.optional(),
    /** The original's title; a bracketed description ("[AP report on …]") where the page gives none. */
    title: text,
    /** The original's date: YYYY-MM-DD, or YYYY-MM when the day is not known. */
    date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be YYYY-MM or YYYY-MM-DD'),
    /** ISO 639-1 language of the text the link leads to (of the original when there is no link); left out when not known. */
    language: z.string().regex(/^[a-z]{2}$/, 'must be a two-letter language code').optional(),
    supports: localized,
    /** The link shown: the original, or a copy (see `copy`); null when nothing is linked (see `noLink`). */
    url: z
      .string()
      .max(2000, 'is longer than 2000 characters')
      .url()
      .refine((u) => /^https?:\/\//.test(u), 'must be an http(s) URL')
      .nullable(),
    /** The original publisher's own domains ("rusi.org"); a URL on none of them is a copy. Empty when it has none online. */
    publisherSites: z.array(domain).max(10),
    /** Set when `url` goes to a copy: the site it is on, and the copy's date where known. */
    copy: z.object({ site: text, date: isoDate.optional() }).strict().optional(),
    /** Why the source is not linked (url: null), in every language. */
    noLink: localized.optional(),
  })
  .strict();
/**
 * Where sources disagree (facts.md §11): the claim, and each side with its own sources.
 * Shown as "sources differ" wherever the claim appears (the steps listed; 0 = overview).
 */
export const disagreementSchema = z
  .object({
    id,
    claim: localized,
    /** Steps whose card, list row and handout row show it (0 = the overview). */
    steps: z.array(z.number().int().min(0).max(10)).min(1).max(11),
    sides: z
      .array(z.object({ text: localized, sources: sourceIds.min(1, 'each side of a disagreement must cite a source') }).strict())
      .min(2, 'a disagreement has at least two sides')
      .max(6),
  })
  .strict();
export const disagreementsFileSchema = z.object({ disagreements: z.array(disagreementSchema).max(50) }).strict();

/** One entry of the corrections log (data/corrections.json); the newest date is the data's version. */
export const correctionSchema = z
  .object({
    id,
    date: isoDate,
    what: localized,
    why: localized,
    /** What the correction touched, as `kind:id` (step:3, source:ap-2023-11-01, place:dunai, event:…, disagreement:…, text:overview). */
    claims: z.array(z.string().max(100, 'is longer than 100 characters').regex(/^(step|source|place|event|leg|disagreement|estimate|text):[a-z0-9][a-z0-9.-]*$/, 'must be kind:id (step, source, place, event, leg, disagreement, estimate or text)')).min(1).max(30),
  })
  .strict();
export const correctionsFileSchema = z.object({ corrections: z.array(correctionSchema).min(1).max(500) }).strict();

/**
 * Later official and research estimates (facts.md §5), for the "how the estimate grew" chart.
 * Each is a separate body's estimate, never one measured series.
 */
export const estimateSchema = z
  .object({
    id,
    /** The date the figure was given. */
    date: isoDate,
    /** Who gave it ("South Korea's NIS", "US State Department"). */
    who: localized,
    /** The figure as reported, in words. */
    figure: localized,
    /** Containers, where the figure counts them ("more than 10,000" → 10000, "about 6,700" → 6700: see `said`). */
    containers: z.number().int().positive().nullable(),
    /** Rounds or shells, where the figure gives a number (see `said` and `roundsBasis`). */
    rounds: z.number().int().positive().nullable(),
    /** How each number was said: "more than" (a lower bound) or "about". One entry per number given. */
    said: z.object({ containers: z.enum(['more-than', 'about']).optional(), rounds: z.enum(['more-than', 'about']).optional() }).strict(),
    /**
     * What the rounds figure is: the body's estimate of rounds sent ("sent"), what the reported
     * containers could hold ("capacity"), or a conversion of a reported tonnage ("weight").
     * Required with a rounds number; allowed without one for a figure in words only.
     */
    roundsBasis: z.enum(['sent', 'capacity', 'weight']).optional(),
    /**
     * What a reader must know to read the figure: how it is dated (a range or "early November"
     * placed on one day), what the chart plots of it, a different start date. Required when
     * the figure gives no number (it is then in the table only, not on the chart).
     */
    caveat: localized.optional(),
    sources: sourceIds.min(1, 'an estimate must cite a source'),
  })
  .strict();
export const estimatesFileSchema = z.object({ estimates: z.array(estimateSchema).min(1).max(50) }).strict();

export const sourcesFileSchema = z.object({ sources: z.array(sourceSchema).min(1).max(200) }).strict();
