import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../src/model/load';
import type { Dataset } from '../../src/model/types';
import { imageFileName, slug, sourceLine, stepInfo, transferSources } from '../../src/text/step-text';
import { notesFor } from '../../src/present/TeachingNotes';
import { createAppStore, effectiveTheme } from '../../src/state/store';
import { parseUrl, stateFromFlags } from '../../src/state/url';

function dataset(): Dataset {
  const r = loadBundledDataset();
  if (!('dataset' in r)) throw new Error('bundled data must validate');
  return r.dataset;
}

describe('step lines for the presenter, the speaker view and the image', () => {
  const ds = dataset();

  it('use only the data words for a transfer', () => {
    const tr = ds.transfers[2]!;
    const info = stepInfo(ds, 3, 'en');
    expect(info.eyebrow).toBe('Step 3 of 10 · Official photograph');
    expect(info.title).toBe(tr.title.en);
    expect(info.window).toBe(tr.window.label.en);
    expect(info.windowCertainty).toBe(tr.window.certainty);
    expect(info.sources).toEqual(transferSources(tr));
    expect(new Set(info.sources).size).toBe(info.sources.length);
  });

  it('give the overview its headline and no date window', () => {
    const info = stepInfo(ds, 0, 'en');
    expect(info.eyebrow).toBe('Overview');
    expect(info.window).toBe('');
    expect(info.route).toMatch(/NIS’s estimate: more than 1 million/);
  });

  it('name every step in the image file name', () => {
    expect(imageFileName(ds, 0)).toBe('shell-route-step-00-overview.png');
    for (let s = 1; s <= 10; s += 1) {
      const name = imageFileName(ds, s);
      expect(name).toMatch(new RegExp(`^shell-route-step-${String(s).padStart(2, '0')}-[a-z0-9-]+\\.png$`));
    }
    expect(slug('Najin → Dunai: “MV Angara”, 7–8 Sep')).toBe('najin-dunai-mv-angara-7-8-sep');
  });

  it('write sources as publisher and date', () => {
    const s = ds.sources[0]!;
    expect(sourceLine(ds, [s.id, 'no-such-source'])).toBe(`${s.publisher}, ${s.date}`);
  });

  it('have teaching notes for all ten steps and the overview, in every language', () => {
    for (const lang of ['en', 'ko', 'uk', 'ru'] as const) {
      for (let s = 0; s <= 10; s += 1) {
        const n = notesFor(ds, s, lang);
        expect(n, `step ${s} ${lang}`).not.toBeNull();
        expect(n!.known.length).toBeGreaterThan(10);
        expect(n!.unknown.length).toBeGreaterThan(10);
        expect(n!.question).toMatch(/\?|？/);
      }
    }
  });
});

describe('presenter state', () => {
  it('presenter mode shows the projector theme and gives the chosen one back on exit', () => {
    const store = createAppStore({ theme: 'dark' });
    store.getState().setPresent(true);
    expect(effectiveTheme(store.getState())).toBe('contrast');
    store.getState().setPresent(false);
    expect(effectiveTheme(store.getState())).toBe('dark');
  });

  it('reads present, autoplay, loop and speaker from the URL', () => {
    const { flags, notes } = parseUrl('?present=1&autoplay=1&loop=1&speaker=1');
    expect(notes).toEqual([]);
    expect(flags).toMatchObject({ present: true, autoplay: true, loop: true, speaker: true });
    expect(stateFromFlags(flags)).toMatchObject({ present: true, playing: true, loop: true });
    expect(parseUrl('?speaker=yes').flags.speaker).toBeUndefined();
  });
});
