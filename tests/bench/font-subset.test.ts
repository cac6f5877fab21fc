import { describe, expect, it } from 'vitest';
import { assignToSlices, englishTexts, isMapLabelFont, koreanCodePoints, needsKoreanFont, parseFontFaces, placeNames, unicodeRange } from '../../scripts/build/font-subset';

describe('Korean font subset', () => {
  it('picks the characters that Noto Sans cannot draw', () => {
    expect(needsKoreanFont('나'.codePointAt(0)!)).toBe(true);
    expect(needsKoreanFont('「'.codePointAt(0)!)).toBe(true);
    expect(needsKoreanFont('N'.codePointAt(0)!)).toBe(false);
    expect(needsKoreanFont('Ж'.codePointAt(0)!)).toBe(false);
    expect(koreanCodePoints(['나진 Najin', '라선 나진'])).toEqual([...'나라선진'].map((c) => c.codePointAt(0)).sort((a, b) => a! - b!));
  });

  it('writes compact unicode ranges', () => {
    expect(unicodeRange([0xac00, 0xac01, 0xac02, 0xac05, 0xd7a3])).toBe('U+ac00-ac02,U+ac05,U+d7a3');
    expect(unicodeRange([])).toBe('');
  });

  it('finds the fontsource slice that holds each character', () => {
    const css = `
      @font-face { font-family: 'Noto Sans KR'; src: url(./files/kr-1-400-normal.woff2) format('woff2'), url(./files/kr-1-400-normal.woff) format('woff'); unicode-range: U+ac00-ac10,U+b098; }
      @font-face { font-family: 'Noto Sans KR'; src: url(./files/kr-2-400-normal.woff2) format('woff2'); unicode-range: U+c9c4; }`;
    const slices = parseFontFaces(css);
    expect(slices).toEqual([
      { file: 'kr-1-400-normal.woff2', ranges: [[0xac00, 0xac10], [0xb098, 0xb098]] },
      { file: 'kr-2-400-normal.woff2', ranges: [[0xc9c4, 0xc9c4]] },
    ]);
    const groups = assignToSlices([0xac05, 0xb098, 0xc9c4, 0xffff], slices);
    expect([...groups]).toEqual([
      ['kr-1-400-normal.woff2', [0xac05, 0xb098]],
      ['kr-2-400-normal.woff2', [0xc9c4]],
    ]);
  });

  it('takes the startup texts: place names and the English texts (which may quote Korean)', () => {
    expect(placeNames(JSON.stringify({ places: [{ id: 'najin', names: { en: 'Najin', ko: '나진' }, note: { ko: '노트' } }] }))).toEqual(['Najin', '나진']);
    expect(englishTexts({ a: [{ en: '“ten-odd” (10여 차례)', ko: '10여 차례 보냄' }], b: { en: 'x', ru: 'y' } })).toEqual(['“ten-odd” (10여 차례)', 'x']);
  });

  it('preloads exactly the map-label fonts: Noto Sans latin 400/700, cyrillic 400 and the Korean label cuts, woff2 only', () => {
    for (const f of ['assets/noto-sans-latin-400-normal-BTkUljjl.woff2', 'assets/noto-sans-latin-700-normal-CrvTEWhy.woff2', 'assets/noto-sans-cyrillic-400-normal-CHP_ranX.woff2', 'assets/noto-sans-kr-117-400-labels-DaPRPekq.woff2'])
      expect(isMapLabelFont(f), f).toBe(true);
    for (const f of ['assets/noto-sans-kr-117-400-ui-DVAnd4XI.woff2', 'assets/noto-sans-latin-400-normal-BTkUljjl.woff', 'assets/noto-sans-cyrillic-700-normal-DYZmzPmX.woff2', 'assets/index-CGWVz5hF.js'])
      expect(isMapLabelFont(f), f).toBe(false);
  });
});
