/** The load guard's pure parts (src/env/load-guard.ts) and its texts (scripts/build/load-guard-plugin.ts). */
import { describe, expect, it } from 'vitest';
import { guardLang, guardOpenUrl, guardStep } from '../../src/env/load-guard';
import { FRAME_ONLY, fullMapUrl, shareUrl } from '../../src/env/page-url';
import { guardTexts } from '../../scripts/build/load-guard-plugin';
import { validateDataset } from '../../src/model/dataset';
import { brokenData } from '../fixtures/data';
import { LANGS } from '../../src/model/constants';

describe('the load guard', () => {
  it('speaks the language the page would: ?lang=, then the browser\'s, then English', () => {
    expect(guardLang('?lang=ko', ['ru-RU'], LANGS)).toBe('ko');
    expect(guardLang('?lang=xx', ['uk-UA', 'en'], LANGS)).toBe('uk');
    expect(guardLang('', ['de-DE', 'RU'], LANGS)).toBe('ru');
    expect(guardLang('', ['de'], LANGS)).toBe('en');
  });

  it('reads ?step= as 0–10 and anything else as the overview', () => {
    expect(guardStep('?step=4', 10)).toBe(4);
    for (const bad of ['?step=11', '?step=-1', '?step=4.5', '?step=x', '?step=004', '']) expect(guardStep(bad, 10), bad).toBe(0);
  });

  it('links to the full page for the step, as the embed bar does', () => {
    const href = 'https://news.example/map/?embed=1&step=2&lang=ko&controls=0&childId=a#x';
    expect(guardOpenUrl(href, 2, FRAME_ONLY)).toBe('https://news.example/map/?step=2&lang=ko');
    expect(fullMapUrl(href, 0)).toBe('https://news.example/map/?lang=ko');
  });

  it('shares a step as the full page at that step in the reader\'s language', () => {
    const href = 'https://news.example/map/?embed=1&step=2&lang=ko&theme=dark&childId=a#x';
    expect(shareUrl(href, 5, 'uk')).toBe('https://news.example/map/?step=5&lang=uk&theme=dark');
    expect(shareUrl(href, 0, 'en')).toBe('https://news.example/map/?theme=dark');
  });

  it('has every step\'s title and line in every language, from the data', () => {
    const r = validateDataset(brokenData(() => undefined));
    if (!r.ok) throw new Error('data must validate');
    for (const lang of LANGS) {
      const texts = guardTexts(r.dataset, lang);
      expect(texts.steps).toHaveLength(11);
      for (const s of texts.steps) expect(s.title && s.text, lang).toBeTruthy();
      expect(texts.steps[4]!.title).toBe(r.dataset.transfers[3]!.title[lang]);
      expect(texts.open).toMatch(/↗$/);
    }
  });
});
