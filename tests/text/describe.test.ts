/**
 * The texts for assistive technology (src/text/describe.ts): the slider's value text, the
 * map's description and the live announcement. Expected strings are written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../src/model/load';
import type { Dataset } from '../../src/model/types';
import { drawnRoutes, mapSummary, stepAnnouncement, stepValueText } from '../../src/text/describe';
import { weakerLine } from '../../src/model/drawn-certainty';
import { LANGS } from '../../src/model/constants';

function dataset(): Dataset {
  const r = loadBundledDataset();
  if (!('dataset' in r)) throw new Error('bundled data must validate');
  return r.dataset;
}

const ds = dataset();

describe('slider value text', () => {
  it('names step 3 as the issue words it, in each language', () => {
    const tr = ds.transfers[2];
    expect(stepValueText(ds, tr, 'en')).toBe('Step 3 of 10: 7–8 Sep 2023, by sea, Najin (Rajin) to Dunai (Dunay)');
    expect(stepValueText(ds, tr, 'ko')).toBe('단계 3/10: 2023년 9월 7~8일, 해상, 나진에서 두나이까지');
    expect(stepValueText(ds, tr, 'uk')).toBe('Крок 3 з 10: 7–8 вересня 2023, морем, Наджин (Раджин) — Дунай (Приморський край)');
    expect(stepValueText(ds, tr, 'ru')).toBe('Шаг 3 из 10: 7–8 сентября 2023, морем, Наджин (Раджин) — Дунай (Приморский край)');
  });

  it('says when the mode and the destination are not given, instead of inventing them', () => {
    const first = stepValueText(ds, ds.transfers[0], 'en');
    expect(first).toMatch(/^Step 1 of 10: .*, mode of transport not disclosed, from Najin \(Rajin\), destination not stated$/);
    expect(stepValueText(ds, undefined, 'en')).toBe('Overview: the whole reported route');
  });

  it('has no arrow for a screen reader to read out', () => {
    for (const lang of LANGS) for (const tr of ds.transfers) expect(stepValueText(ds, tr, lang)).not.toMatch(/[→↗]/);
  });
});

describe('drawn routes', () => {
  it('joins a port line with the trunk it continues into, each as certain as step 9 draws it (inferred)', () => {
    expect(drawnRoutes(ds, 9)).toEqual([
      { mode: 'sea', from: 'najin', to: 'vostochny-port', certainty: 'inferred' },
      { mode: 'rail', from: 'vostochny-port', to: 'tikhoretsk-depot', certainty: 'inferred' },
      { mode: 'front', from: 'tikhoretsk-depot', to: null, certainty: 'inferred' },
    ]);
  });

  it('draws the reported White House step at the legs\' own certainty', () => {
    expect(drawnRoutes(ds, 4)).toEqual([
      { mode: 'sea', from: 'najin', to: 'dunai', certainty: 'reported' },
      { mode: 'rail', from: 'dunai', to: 'tikhoretsk-depot', certainty: 'illustrative' },
      { mode: 'front', from: 'tikhoretsk-depot', to: null, certainty: 'illustrative' },
    ]);
  });

  it('lists both port lines on the overview and the trunk only as part of them', () => {
    const routes = drawnRoutes(ds, 0);
    expect(routes.filter((r) => r.mode === 'rail').map((r) => r.from)).toEqual(['dunai', 'vostochny-port']);
    expect(routes.map((r) => r.mode).sort()).toEqual(['air', 'front', 'rail', 'rail', 'sea', 'sea']);
  });

  it('is empty for a step that draws no leg', () => {
    expect(drawnRoutes(ds, 1)).toEqual([]);
    expect(drawnRoutes(ds, 6)).toEqual([]);
  });

  it('takes the weaker certainty of joined sections (a sketched path ranks above an inferred connection)', () => {
    expect(weakerLine('reported', 'illustrative')).toBe('illustrative');
    expect(weakerLine('illustrative', 'inferred')).toBe('inferred');
    expect(weakerLine('unknown', 'reported')).toBe('unknown');
    expect(weakerLine('inferred', 'inferred')).toBe('inferred');
  });
});

describe('map description', () => {
  it('says what step 5 draws: rail from Dunai only, no sea leg', () => {
    expect(mapSummary(ds, 5, 'en')).toBe(
      'The map shows step 5 of 10. Rail (route not reported): Dunai (Dunay) to Depot near Tikhoretsk; certainty: illustrative. ' +
        'Toward Ukraine (schematic): from Depot near Tikhoretsk; certainty: illustrative.',
    );
  });

  it('says step 9\'s Najin → Vostochny sea leg is inferred, as the map draws it', () => {
    expect(mapSummary(ds, 9, 'en')).toMatch(/Sea[^:]*: Najin \(Rajin\) to Vostochny[^;]*; certainty: inferred\./);
    expect(mapSummary(ds, 9, 'en')).not.toMatch(/certainty: (reported|illustrative)/);
  });

  it('names the marked place when no route is drawn', () => {
    expect(mapSummary(ds, 8, 'en')).toBe('The map shows step 8 of 10. No route is drawn for this step; the map marks: Najin (Rajin).');
  });

  it('describes the air step without a destination', () => {
    expect(mapSummary(ds, 10, 'en')).toBe(
      'The map shows step 10 of 10. Air (undated, destination not disclosed): from Pyongyang Sunan Airport; certainty: inferred.',
    );
  });

  it('is written in the UI language, with no placeholder left', () => {
    for (const lang of LANGS) {
      for (let step = 0; step <= 10; step++) {
        const text = mapSummary(ds, step, lang);
        expect(text).not.toMatch(/\{\w+\}/);
        if (lang !== 'en') expect(text).not.toMatch(/certainty|map shows/);
      }
    }
    expect(mapSummary(ds, 3, 'ru')).toContain('Наджин (Раджин) — Дунай (Приморский край); достоверность: сообщено.');
  });
});

describe('live announcement', () => {
  it('is the step and its title', () => {
    expect(stepAnnouncement(ds, 3, 'en')).toBe('Step 3 of 10: Containers staged at Najin');
    expect(stepAnnouncement(ds, 0, 'en')).toBe('Overview: The reported route, August – November 2023');
    expect(stepAnnouncement(ds, 3, 'ko')).toBe('단계 3/10: 나진에 집결한 컨테이너');
  });
});
