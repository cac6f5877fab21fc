/**
 * Text for assistive technology, built only from the data and the catalogs: the map's
 * description (which legs the current step draws, from where to where, how certain) and
 * the short line the live region speaks when the step changes. Nothing here adds a claim.
 */
import type { Certainty, Dataset, Lang, LegFeature, LegMode, Transfer } from '../model/types';
import { TOTAL_STEPS } from '../state/store';
import { pick, t, type MessageKey } from '../i18n';
import { activePlaces } from '../model/steps';
import { drawnLegs, weakerLine } from '../model/drawn-certainty';
import { placeName } from './step-text';

/** One drawn line as a reader hears it: a leg, or a port line joined to the trunk it continues into. */
export interface DrawnRoute {
  mode: LegMode;
  from: string;
  /** null when the data gives no destination (the arrow toward Ukraine, the air arc). */
  to: string | null;
  certainty: Certainty;
}

/**
 * The routes a step draws, in travel order. A leg that `continuesInto` another drawn leg
 * is joined with it (Dunai → junction + trunk → depot is one rail route), and the leg it
 * continues into is not listed again on its own.
 */
export function drawnRoutes(dataset: Dataset, step: number): DrawnRoute[] {
  // Each leg as certain as the step draws it (drawn-certainty.ts), not only as the leg file says.
  const drawnAs = new Map(drawnLegs(dataset, step).map((d) => [d.id, d.certainty]));
  const ids = [...drawnAs.keys()];
  const byId = new Map<string, LegFeature>(dataset.legs.map((l) => [l.properties.id, l]));
  const drawn = ids.map((id) => byId.get(id)).filter((l): l is LegFeature => l !== undefined);
  const continued = new Set(drawn.map((l) => l.properties.continuesInto).filter((id): id is string => !!id && ids.includes(id)));
  const out: DrawnRoute[] = [];
  for (const leg of drawn) {
    const p = leg.properties;
    if (continued.has(p.id)) continue;
    let to = p.to;
    let certainty = drawnAs.get(p.id) ?? p.certainty;
    const seen = new Set([p.id]);
    let next = p.continuesInto && ids.includes(p.continuesInto) ? byId.get(p.continuesInto) : undefined;
    while (next && !seen.has(next.properties.id)) {
      seen.add(next.properties.id);
      to = next.properties.to;
      certainty = weakerLine(certainty, drawnAs.get(next.properties.id) ?? next.properties.certainty);
      const after = next.properties.continuesInto;
      next = after && ids.includes(after) ? byId.get(after) : undefined;
    }
    out.push({ mode: p.mode, from: p.from, to, certainty });
  }
  return out;
}

/** The legend's words for each kind of line (the same words the legend shows). */
const KIND: Record<LegMode, MessageKey> = {
  sea: 'legend.sea',
  rail: 'legend.rail',
  air: 'legend.air',
  front: 'legend.front',
};

/** "Najin (Rajin) to Dunai (Dunay)", or "from Pyongyang Sunan Airport" when no destination is given. */
export function routeWords(dataset: Dataset, from: string | null, to: string | null, lang: Lang): string {
  const f = placeName(dataset, from, lang);
  return to === null ? t(lang, 'route.fromOnly', { from: f }) : t(lang, 'route.fromTo', { from: f, to: placeName(dataset, to, lang) });
}

/**
 * The map's text description for a step: what the map shows, one sentence per drawn
 * route (kind of line, from where to where, certainty), or the marked places when a
 * step draws no route.
 */
export function mapSummary(dataset: Dataset, step: number, lang: Lang): string {
  const routes = drawnRoutes(dataset, step);
  const head = step === 0 ? t(lang, 'map.summary.overview') : t(lang, 'map.summary.step', { n: step, total: TOTAL_STEPS });
  if (!routes.length) {
    const places = activePlaces(dataset, step).map((id) => placeName(dataset, id, lang));
    return `${head} ${t(lang, 'map.summary.noRoute', { places: places.length ? places.join(', ') : t(lang, 'card.notStated') })}`;
  }
  const lines = routes.map((r) =>
    t(lang, 'map.summary.leg', {
      kind: t(lang, KIND[r.mode]),
      route: routeWords(dataset, r.from, r.to, lang),
      certainty: t(lang, `certainty.${r.certainty}`),
    }),
  );
  return [head, ...lines].join(' ');
}

/** "Step 3 of 10: 7–8 Sep 2023, by sea, Najin (Rajin) to Dunai (Dunay)": the slider's aria-valuetext. */
export function stepValueText(dataset: Dataset, transfer: Transfer | undefined, lang: Lang): string {
  if (!transfer) return t(lang, 'step.overview.valuetext');
  const mode = transfer.mode.value ? t(lang, `mode.${transfer.mode.value}`) : t(lang, 'route.modeNotDisclosed');
  return `${t(lang, 'stepN', { n: transfer.step, total: TOTAL_STEPS })}: ${pick(transfer.window.label, lang)}, ${mode}, ${transferRoute(dataset, transfer, lang)}`;
}

/** A transfer's route in words: "Najin (Rajin) to Dunai (Dunay)", or "from Najin (Rajin), destination not stated". */
export function transferRoute(dataset: Dataset, transfer: Transfer, lang: Lang): string {
  return transfer.to.value === null
    ? t(lang, 'route.toUnknown', { from: placeName(dataset, transfer.from.value, lang) })
    : routeWords(dataset, transfer.from.value, transfer.to.value, lang);
}

/** What the live region says on a step change: "Step 3 of 10: Containers staged at Najin". */
export function stepAnnouncement(dataset: Dataset, step: number, lang: Lang): string {
  const tr = step > 0 ? dataset.transfers[step - 1] : undefined;
  if (!tr) return `${t(lang, 'overview')}: ${t(lang, 'overview.heading')}`;
  return `${t(lang, 'stepN', { n: tr.step, total: TOTAL_STEPS })}: ${pick(tr.title, lang)}`;
}
