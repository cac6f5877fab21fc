/** The share entries' pure parts (scripts/build/share-entries.tsx); the built files are checked in tests/e2e/share-entries.spec.ts. */
import { describe, expect, it } from 'vitest';
import { appQuery, cardFonts, linkFrom, shareEntries, siteUrl, wrap } from '../../scripts/build/share-entries';

describe('share entries', () => {
  it('are one per step and language, English at step/N/, the others under their language', () => {
    const all = shareEntries();
    expect(all).toHaveLength(44);
    expect(all.map((e) => e.dir)).toContain('step/0/');
    expect(all.map((e) => e.dir)).toContain('ko/step/3/');
    expect(new Set(all.map((e) => e.dir)).size).toBe(44);
  });

  it('link to the map and to themselves, absolute under the site URL, else relative to the entry', () => {
    const ko3 = { lang: 'ko' as const, step: 3, dir: 'ko/step/3/' };
    expect(appQuery(3, 'ko')).toBe('?step=3&lang=ko');
    expect(appQuery(0, 'en')).toBe('');
    expect(linkFrom(ko3, appQuery(3, 'ko'), null)).toBe('../../../?step=3&lang=ko');
    expect(linkFrom(ko3, 'ko/step/3/card.png', 'https://news.example/map/')).toBe('https://news.example/map/ko/step/3/card.png');
    expect(linkFrom({ lang: 'en', step: 0, dir: 'step/0/' }, '', null)).toBe('../../');
  });

  it('take the site URL only as http(s), ending it with "/"', () => {
    expect(siteUrl(undefined)).toBeNull();
    expect(siteUrl('https://news.example/map')).toBe('https://news.example/map/');
    expect(() => siteUrl('ftp://news.example/')).toThrow(/http/);
    expect(() => siteUrl('not a url')).toThrow(/not a URL/);
  });

  it('wrap a card line at the width and end a cut text with an ellipsis', () => {
    const lines = wrap('one two three four five six seven eight nine ten', 20, 120, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(wrap('short', 20, 500, 2)).toEqual(['short']);
  });

  it('refuse a card text that no bundled font can draw, naming the character and the card', async () => {
    await expect(cardFonts([{ text: 'Najin ก', weight: 400, where: 'step/3/card.png' }])).rejects.toThrow(/U\+0E01 "ก" \(step\/3\/card\.png\)/);
    const fonts = await cardFonts([{ text: 'Наджин 나진 Najin', weight: 700, where: 'x' }]);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
  });
});
