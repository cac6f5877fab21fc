import { describe, expect, it } from 'vitest';
import { missedTargets } from '../../scripts/bench/bench-lighthouse';

describe('Lighthouse targets', () => {
  const all = (performance: number, accessibility = 100, bp = 100, seo = 100) => ({ performance, accessibility, 'best-practices': bp, seo });

  it('judges performance on mobile and the other categories on both form factors', () => {
    expect(missedTargets({ mobile: all(90), desktop: all(40) })).toEqual([]);
    expect(missedTargets({ mobile: all(89), desktop: all(100, 100, 96, 89) })).toEqual([
      'mobile performance 89 < 90',
      'desktop best-practices 96 < 100',
      'desktop seo 89 < 90',
    ]);
  });
});
