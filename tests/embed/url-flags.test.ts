/** The embed's URL flags, hammered: whatever a CMS or a reader pastes, parsing never throws and only allowed values get through. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseUrl, stateFromFlags } from '../../src/state/url';
import { createAppStore } from '../../src/state/store';

const KEYS = ['step', 'lang', 'theme', 'embed', 'present', 'autoplay', 'loop', 'controls', 'childId', 'initialWidth', 'x', '__proto__', ''];

describe('URL flags under arbitrary input', () => {
  it('never throws, and every flag it returns is in its allow-list or range', () => {
    const pair = fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string()), fc.oneof(fc.string(), fc.integer().map(String), fc.constantFrom('1', '0', 'true', 'false', '', 'dark', 'ko')));
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 12 }), (pairs) => {
        const search = `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`;
        const { flags } = parseUrl(search);
        if (flags.step !== undefined) expect(Number.isInteger(flags.step) && flags.step >= 0 && flags.step <= 10).toBe(true);
        if (flags.lang !== undefined) expect(['en', 'ko', 'uk', 'ru']).toContain(flags.lang);
        if (flags.theme !== undefined) expect(['auto', 'light', 'dark', 'contrast']).toContain(flags.theme);
        for (const b of ['embed', 'present', 'autoplay', 'loop', 'controls'] as const) {
          if (flags[b] !== undefined) expect(typeof flags[b]).toBe('boolean');
        }
        if (flags.childId !== undefined) expect(flags.childId).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
        // And the store built from it is always valid.
        const s = createAppStore(stateFromFlags(flags)).getState();
        expect(s.step >= 0 && s.step <= 10).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('survives raw, badly encoded query strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (raw) => {
        expect(() => parseUrl(raw)).not.toThrow();
        expect(() => parseUrl(`?${raw}`)).not.toThrow();
      }),
      { numRuns: 500 },
    );
    expect(() => parseUrl('?%E0%A4%A=1&step=%')).not.toThrow();
  });
});
