import { describe, expect, it } from 'vitest';
import { assignToSlices, koreanCodePoints, needsKoreanFont, parseFontFaces, unicodeRange } from '../../scripts/font-subset';

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
});
