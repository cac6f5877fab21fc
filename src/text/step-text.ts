/**
 * One step as short lines of text: what the presenter bar, the speaker view, the saved
 * image and the handout show. Only the data's own words: nothing here adds a claim.
 */
import type { Certainty, Dataset, Lang, Transfer } from '../model/types';
import { TOTAL_STEPS } from '../state/store';
import { pick, t, type MessageKey } from '../i18n';
import { OVERVIEW_SOURCES } from './overview';
import { sourceByline } from './source-format';

export interface StepInfo {
  step: number;
  /** "Step 3 of 10" or "Overview". */
  eyebrow: string;
  title: string;
  /** Date window ("7–8 Sep 2023"); empty for the overview. */
  window: string;
  windowCertainty: Certainty;
  /** "by sea · Najin → Dunai"; the headline figure for step 0. */
  route: string;
  routeCertainty: Certainty;
  /** Source ids behind the step (claims and evidence), first cited first. */
  sources: string[];
}

/** Route certainty as the step card words it: both ends reported, else inferred, unknown without a destination. */
export function routeCertainty(tr: Transfer): Certainty {
  if (tr.from.certainty === 'reported' && tr.to.certainty === 'reported') return 'reported';
  return tr.to.value === null ? 'unknown' : 'inferred';
}

/** The name of a place in a language, or "not stated". */
export function placeName(dataset: Dataset, id: string | null, lang: Lang): string {
  const p = id ? dataset.places.find((x) => x.id === id) : undefined;
  return p ? p.names[lang] : t(lang, 'card.notStated');
}

/** Mode as words ("by sea", "not disclosed"). */
export function modeText(tr: Transfer, lang: Lang): string {
  return t(lang, (tr.mode.value ? `mode.${tr.mode.value}` : 'mode.not-disclosed') as MessageKey);
}

/** Every source id a transfer cites, in order of first use, without repeats. */
export function transferSources(tr: Transfer): string[] {
  const ids = [
    ...tr.window.sources,
    ...tr.mode.sources,
    ...tr.from.sources,
    ...tr.to.sources,
    ...tr.vessel.sources,
    ...tr.evidence.flatMap((e) => e.sources),
  ];
  return [...new Set(ids)];
}

/** "Step 3 of 10 · Official photograph": the step's place in the ten and the kind of record it is. */
export function stepEyebrow(tr: Transfer, lang: Lang): string {
  return `${t(lang, 'stepN', { n: tr.step, total: TOTAL_STEPS })} · ${t(lang, `record.${tr.record}`)}`;
}

/** The lines for a step (0 = overview). */
export function stepInfo(dataset: Dataset, step: number, lang: Lang): StepInfo {
  const tr = step > 0 ? dataset.transfers[step - 1] : undefined;
  if (!tr) {
    return {
      step: 0,
      eyebrow: t(lang, 'overview'),
      title: t(lang, 'overview.heading'),
      // The heading already gives the span (August – November 2023).
      window: '',
      windowCertainty: 'reported',
      route: t(lang, 'overview.headline'),
      routeCertainty: 'reported',
      sources: [...OVERVIEW_SOURCES.headline],
    };
  }
  return {
    step: tr.step,
    eyebrow: stepEyebrow(tr, lang),
    title: pick(tr.title, lang),
    window: pick(tr.window.label, lang),
    windowCertainty: tr.window.certainty,
    route: `${modeText(tr, lang)} · ${placeName(dataset, tr.from.value, lang)} → ${placeName(dataset, tr.to.value, lang)}`,
    routeCertainty: routeCertainty(tr),
    sources: transferSources(tr),
  };
}

/**
 * "News1, 2023-11-01; RUSI, 2023-10-16" for source ids: each the ORIGINAL publication
 * (publisher, author where known, the original's date), never the site a copy is on. Titles
 * stay out: the saved image's caption is one line, and a long line is cut with an ellipsis
 * (the handout's source list and the Sources panel give titles, copies and links).
 */
export function sourceLine(dataset: Dataset, ids: string[]): string {
  return ids
    .map((id) => dataset.sources.find((s) => s.id === id))
    .filter((s) => s !== undefined)
    .map((s) => `${sourceByline(s)}, ${s.date}`)
    .join('; ');
}

/** Lowercase ASCII slug for file names ("Containers staged at Najin" → "containers-staged-at-najin"). */
export function slug(text: string, max = 48): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s.slice(0, max).replace(/-+$/g, '');
}

/** The saved image's file name: it names the step ("shell-route-step-03-containers-staged-at-najin.png"). */
export function imageFileName(dataset: Dataset, step: number): string {
  const tr = step > 0 ? dataset.transfers[step - 1] : undefined;
  const name = tr ? slug(tr.title.en) : 'overview';
  return `shell-route-step-${String(step).padStart(2, '0')}${name ? `-${name}` : ''}.png`;
}
