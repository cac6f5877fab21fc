import { describe, expect, it } from 'vitest';
import { browserLanguages, detectLang } from '../../src/i18n/detect';

describe('detectLang', () => {
  it('picks the first preferred language that the map speaks, by primary subtag', () => {
    expect(detectLang(['uk-UA', 'ru-RU', 'en-US'])).toBe('uk');
    expect(detectLang(['de-DE', 'ko-KR', 'en'])).toBe('ko');
    expect(detectLang(['fr', 'ru'])).toBe('ru');
    expect(detectLang(['en-GB', 'ko'])).toBe('en');
  });

  it('ignores case, underscores and stray spaces', () => {
    expect(detectLang(['KO'])).toBe('ko');
    expect(detectLang(['ru_RU'])).toBe('ru');
    expect(detectLang([' uk '])).toBe('uk');
  });

  it('falls back to English when nothing matches or nothing is given', () => {
    expect(detectLang(['de', 'fr-CA', 'zh-Hans-CN'])).toBe('en');
    expect(detectLang([])).toBe('en');
    expect(detectLang(undefined)).toBe('en');
    expect(detectLang(null)).toBe('en');
  });

  it('does not match a language whose code only starts like ours', () => {
    // "kok" (Konkani), "ukr"-like junk and "rue" (Rusyn) are not ko, uk or ru.
    expect(detectLang(['kok-IN', 'ukx', 'rue'])).toBe('en');
    expect(detectLang(['', '-', 'x-ko'])).toBe('en');
  });
});

describe('browserLanguages', () => {
  it('uses navigator.languages, else navigator.language, else nothing', () => {
    expect(browserLanguages({ languages: ['uk-UA', 'en'], language: 'uk-UA' })).toEqual(['uk-UA', 'en']);
    expect(browserLanguages({ languages: [], language: 'ru' })).toEqual(['ru']);
    expect(browserLanguages({ languages: [], language: '' })).toEqual([]);
    expect(browserLanguages(undefined)).toEqual([]);
  });
});
