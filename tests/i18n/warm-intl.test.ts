import { describe, expect, it } from 'vitest';
import { runInNewContext } from 'node:vm';
import { warmDateFormats } from '../../src/i18n/warm-intl';
import { DAY_MONTH_YEAR, formatDate } from '../../src/i18n';
import { WARM_LOCALE, warmScriptSource } from '../../scripts/build/warm-intl-plugin';

/** A stand-in Intl that records the formatters built and what they formatted. */
function spyIntl(opts: { refuse?: boolean } = {}) {
  const built: unknown[][] = [];
  const formatted: unknown[] = [];
  class DateTimeFormat {
    constructor(...args: unknown[]) {
      if (opts.refuse) throw new RangeError('Incorrect locale information provided');
      built.push(args);
    }
    format(d: unknown) {
      formatted.push(d);
      return '';
    }
  }
  return { intl: { DateTimeFormat } as unknown as typeof Intl, built, formatted };
}

describe('date-format warm-up', () => {
  it('builds one formatter for the locale, with the options the page uses, and formats once', () => {
    const spy = spyIntl();
    warmDateFormats('ko-KR', spy.intl);
    expect(spy.built).toEqual([['ko-KR', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }]]);
    expect(spy.formatted).toHaveLength(1);
    // The same options as the page's own dates, so the formatter it warms is the one they use.
    expect(spy.built[0]![1]).toEqual({ ...DAY_MONTH_YEAR, timeZone: 'UTC' });
  });

  it('never throws where Intl refuses or is missing', () => {
    expect(() => warmDateFormats('xx-invalid', spyIntl({ refuse: true }).intl)).not.toThrow();
    expect(() => warmDateFormats('en-GB', {} as typeof Intl)).not.toThrow();
  });

  it('the page script is the module compiled on its own, calling it once with the warm locale', async () => {
    const src = await warmScriptSource(process.cwd());
    expect(src).not.toMatch(/^\s*(import|export)\s/m);
    const spy = spyIntl();
    runInNewContext(src, { globalThis: { Intl: spy.intl } });
    expect(spy.built).toEqual([[WARM_LOCALE, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }]]);
  });
});

describe('formatDate', () => {
  it('formats each date for its language, the same on a second call', () => {
    expect(formatDate('2023-09-05', 'en')).toBe('5 Sept 2023');
    expect(formatDate('2023-09-05', 'en')).toBe('5 Sept 2023');
    expect(formatDate('2023-10-01', 'en')).toBe('1 Oct 2023');
    expect(formatDate('2023-09-05', 'ko')).toBe('2023년 9월 5일');
    expect(formatDate('2023-09-01', 'en', { month: 'short', year: 'numeric' })).toBe('Sept 2023');
  });

  it('builds one formatter per language and options, not one per date', () => {
    const Real = Intl.DateTimeFormat;
    let built = 0;
    class Counting extends Real {
      constructor(...args: ConstructorParameters<typeof Real>) {
        super(...args);
        built += 1;
      }
    }
    Intl.DateTimeFormat = Counting as typeof Real;
    try {
      const opts: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric', day: '2-digit' };
      const dates = ['2023-08-01', '2023-09-02', '2023-10-03', '2023-11-04'];
      const texts = dates.map((d) => formatDate(d, 'ru', opts));
      expect(new Set(texts).size).toBe(dates.length);
      expect(built).toBe(1);
    } finally {
      Intl.DateTimeFormat = Real;
    }
  });
});
