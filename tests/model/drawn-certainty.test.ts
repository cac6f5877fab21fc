/**
 * DESIGN.md §2 rule 7: a line drawn on a step is only as certain as that step's claim.
 * Checked on every step of the real data, and on the steps the fact-check named.
 */
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../src/model/load';
import type { Certainty, Dataset } from '../../src/model/types';
import { cappedLegs, drawnLegs, isOnwardMode, stepClaimFor, weakerLine } from '../../src/model/drawn-certainty';

function dataset(): Dataset {
  const r = loadBundledDataset();
  if (!('dataset' in r)) throw new Error('bundled data must validate');
  return r.dataset;
}
const ds = dataset();
const RANK: Record<Certainty, number> = { reported: 3, illustrative: 2, inferred: 1, unknown: 0 };
const at = (step: number) => new Map(drawnLegs(ds, step).map((d) => [d.id, d.certainty]));

describe('a drawn line is only as certain as its step', () => {
  it('on every step, each leg takes the lower of its own certainty and the step claim it answers to', () => {
    for (let step = 1; step <= 10; step++) {
      const tr = ds.transfers[step - 1]!;
      const drawn = drawnLegs(ds, step);
      expect(drawn.map((d) => d.id)).toEqual(tr.legs);
      for (const d of drawn) {
        const leg = ds.legs.find((l) => l.properties.id === d.id)!;
        const claim = isOnwardMode(leg.properties.mode) ? tr.onward.certainty : stepClaimFor(tr, leg);
        expect(d.certainty, `step ${step} ${d.id}`).toBe(weakerLine(leg.properties.certainty, claim));
        expect(RANK[d.certainty]).toBeLessThanOrEqual(RANK[leg.properties.certainty]);
        expect(RANK[d.certainty]).toBeLessThanOrEqual(RANK[claim]);
        if (isOnwardMode(leg.properties.mode)) expect(RANK[d.certainty]).toBeLessThanOrEqual(RANK[tr.onward.certainty]);
        else expect(RANK[d.certainty]).toBeLessThanOrEqual(RANK[tr.from.certainty]);
      }
    }
  });

  it('draws step 9\'s Najin → Vostochny sea leg as inferred (the destination is our inference)', () => {
    expect(at(9).get('sea-najin-vostochny')).toBe('inferred');
  });

  it('draws the rail and the arrow toward Ukraine as inferred where the onward route is not reported (the August voyages, 14 Oct, step 9)', () => {
    for (const step of [2, 7, 9]) {
      const legs = at(step);
      const onward = [...legs].filter(([id]) => /^(rail|front)-/.test(id));
      expect(onward.length, `step ${step}`).toBeGreaterThan(0);
      for (const [id, c] of onward) expect(c, `step ${step} ${id}`).toBe('inferred');
    }
  });

  it('keeps the White House steps at the legs\' own certainty: sea reported, rail and arrow sketched', () => {
    for (const step of [3, 4]) {
      const legs = at(step);
      expect(legs.get('sea-najin-dunai')).toBe('reported');
      expect(legs.get('rail-trunk')).toBe('illustrative');
      expect(legs.get('front-tikhoretsk')).toBe('illustrative');
    }
  });

  it('draws every leg as itself on the overview', () => {
    for (const d of drawnLegs(ds, 0)) expect(d.certainty).toBe(d.own);
  });

  it('lists each lowered (leg, certainty) pair once, for the map\'s copies', () => {
    const pairs = cappedLegs(ds).map((c) => `${c.id}@${c.certainty}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(pairs).toContain('sea-najin-vostochny@inferred');
    expect(pairs).toContain('rail-trunk@inferred');
    expect(pairs).not.toContain('sea-najin-dunai@reported');
  });
});
