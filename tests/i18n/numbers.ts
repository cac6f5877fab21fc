/**
 * The numbers and months a text mentions, in a form that can be compared across languages:
 * "7–8 September 2023" (en), "2023년 9월 7~8일" (ko), "7–8 вересня 2023" (uk) and
 * "7–8 сентября 2023" (ru) all give months [9] and numbers [2023, 7, 8] (sorted).
 * A translation that drops, adds or changes a date, a count or a distance no longer matches.
 */
import type { Lang } from '../../src/model/types';

const L = '(?<![\\p{L}])';
const R = '(?![\\p{L}])';

/** Month names per language; May is left out (it is also an English word, and no text uses it). */
const MONTHS: Record<Exclude<Lang, 'ko'>, string[]> = {
  en: ['Jan(?:uary)?', 'Feb(?:ruary)?', 'Mar(?:ch)?', 'Apr(?:il)?', '', 'June?', 'July?', 'Aug(?:ust)?', 'Sept?(?:ember)?', 'Oct(?:ober)?', 'Nov(?:ember)?', 'Dec(?:ember)?'],
  uk: [
    'січ(?:ень|ня|ні|нем|нев\\p{L}*)',
    'лют(?:ий|ого|ому|им|нев\\p{L}*)',
    'берез(?:ень|ня|ні|нем|нев\\p{L}*)',
    'квіт(?:ень|ня|ні|нем|нев\\p{L}*)',
    '',
    'черв(?:ень|ня|ні|нем|нев\\p{L}*)',
    'лип(?:ень|ня|ні|нем|нев\\p{L}*)',
    'серп(?:ень|ня|ні|нем|нев\\p{L}*)',
    'верес(?:ень|ня|ні|нем|нев\\p{L}*)',
    'жовт(?:ень|ня|ні|нем|нев\\p{L}*)',
    'листопад(?:а|і|ом|ов\\p{L}*)?',
    'груд(?:ень|ня|ні|нем|нев\\p{L}*)',
  ],
  ru: [
    'январ(?:ь|я|е|ем|ск\\p{L}*)',
    'феврал(?:ь|я|е|ем|ьск\\p{L}*)',
    'март(?:а|е|ом|овск\\p{L}*)?',
    'апрел(?:ь|я|е|ем|ьск\\p{L}*)',
    '',
    'июн(?:ь|я|е|ем|ьск\\p{L}*)',
    'июл(?:ь|я|е|ем|ьск\\p{L}*)',
    'август(?:а|е|ом|овск\\p{L}*)?',
    'сентябр(?:ь|я|е|ем|ьск\\p{L}*)',
    'октябр(?:ь|я|е|ем|ьск\\p{L}*)',
    'ноябр(?:ь|я|е|ем|ьск\\p{L}*)',
    'декабр(?:ь|я|е|ем|ьск\\p{L}*)',
  ],
};

export interface NumberFacts {
  months: number[];
  numbers: number[];
}

/** Months and numbers in `text`, read with the rules of `lang`. */
export function numberFacts(text: string, lang: Lang): NumberFacts {
  const months: number[] = [];
  // The Korean original term for "ten-odd" is quoted in every language; it is not a date.
  let s = text.replace(/10여/g, ' ');
  if (lang === 'ko') {
    s = s.replace(/(\d{1,2})월/g, (_, m: string) => {
      months.push(Number(m));
      return ' ';
    });
  } else {
    MONTHS[lang].forEach((name, i) => {
      if (!name) return;
      const flags = lang === 'en' ? 'gu' : 'giu';
      s = s.replace(new RegExp(`${L}${name}${R}`, flags), () => {
        months.push(i + 1);
        return ' ';
      });
    });
  }
  // Thousands separators (1,000 · 1 000 · 1 000) join their digits.
  s = s.replace(/(\d)[,\u00a0\u202f ](?=\d{3}(?!\d))/g, '$1');
  const numbers: number[] = [];
  s = s.replace(/(\d+)\s*(?:million|мільйон\p{L}*|миллион\p{L}*|млн)/giu, (_, n: string) => {
    numbers.push(Number(n) * 1_000_000);
    return ' ';
  });
  if (lang === 'ko') {
    s = s.replace(/(\d+)만/g, (_, n: string) => {
      numbers.push(Number(n) * 10_000);
      return ' ';
    });
  }
  for (const m of s.matchAll(/\d+/g)) numbers.push(Number(m[0]));
  return { months: months.sort((a, b) => a - b), numbers: numbers.sort((a, b) => a - b) };
}
