/**
 * How certain a drawn line is on a step (DESIGN.md §2 rule 7): a leg takes the lower of its
 * own certainty and the claim of the step that draws it. The sea and air legs answer to the
 * step's route claim (where from, where to); the rail legs and the arrow toward Ukraine answer
 * to its onward claim (where the cargo went after the port). Pure: used by the map, the SVG
 * map, the text description, the list view, the legend and the exports alike.
 */
import type { Certainty, Dataset, LegFeature, LegMode, Transfer } from './types';

/**
 * Order for lines, strongest first. `illustrative` on a leg means the connection is reported
 * and only the drawn path is a sketch (the rail corridor no source names); `inferred` means
 * the connection itself is our reading. So a reported connection on a sketched path ranks
 * above an inferred one.
 */
const LINE_STRENGTH: Record<Certainty, number> = { reported: 3, illustrative: 2, inferred: 1, unknown: 0 };

/** The less certain of two certainties, for a line (see LINE_STRENGTH). */
export function weakerLine(a: Certainty, b: Certainty): Certainty {
  return LINE_STRENGTH[a] <= LINE_STRENGTH[b] ? a : b;
}

/** Legs that carry the cargo on from the port: they answer to the step's onward claim. */
export function isOnwardMode(mode: LegMode): boolean {
  return mode === 'rail' || mode === 'front';
}

/**
 * The step's claim behind a line: the route (origin and, where the line has one, destination)
 * for sea and air legs; where the cargo went onward for rail legs and the arrow.
 */
export function stepClaimFor(transfer: Transfer, leg: LegFeature): Certainty {
  if (isOnwardMode(leg.properties.mode)) return transfer.onward.certainty;
  const from = transfer.from.certainty;
  return leg.properties.to === null || transfer.to.value === null ? from : weakerLine(from, transfer.to.certainty);
}

/** One leg as a step draws it. */
export interface DrawnLeg {
  id: string;
  mode: LegMode;
  /** The leg's own certainty (what the overview and unlit steps draw). */
  own: Certainty;
  /** How certain it is drawn on this step: the lower of `own` and the step's claim. */
  certainty: Certainty;
}

/** The legs a step draws with their certainty there: every leg as itself on the overview (step 0). */
export function drawnLegs(dataset: Dataset, step: number): DrawnLeg[] {
  const byId = new Map(dataset.legs.map((l) => [l.properties.id, l]));
  const transfer = step > 0 ? dataset.transfers[step - 1] : undefined;
  const ids = step === 0 ? dataset.legs.map((l) => l.properties.id) : (transfer?.legs ?? []);
  const out: DrawnLeg[] = [];
  for (const id of ids) {
    const leg = byId.get(id);
    if (!leg) continue;
    const own = leg.properties.certainty;
    const certainty = transfer ? weakerLine(own, stepClaimFor(transfer, leg)) : own;
    out.push({ id, mode: leg.properties.mode, own, certainty });
  }
  return out;
}

/**
 * Every (leg, certainty) pair some step draws below the leg's own certainty: the map keeps a
 * copy of the leg per pair, in that certainty's line style, and a step lights the right copy.
 */
export function cappedLegs(dataset: Dataset): { id: string; certainty: Certainty }[] {
  const seen = new Set<string>();
  const out: { id: string; certainty: Certainty }[] = [];
  for (let step = 1; step <= dataset.transfers.length; step++) {
    for (const d of drawnLegs(dataset, step)) {
      const key = `${d.id}|${d.certainty}`;
      if (d.certainty === d.own || seen.has(key)) continue;
      seen.add(key);
      out.push({ id: d.id, certainty: d.certainty });
    }
  }
  return out;
}
