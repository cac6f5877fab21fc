import { describe, expect, it } from 'vitest';
import { containRect, coverSource, IMAGE_H, IMAGE_W, imageLayout } from '../../src/export/compose';

describe('slide image layout', () => {
  it('puts the legend beside a map that is not much wider than tall', () => {
    const L = imageLayout(1.6);
    expect(L.mode).toBe('side');
    expect(L.map.x + L.map.w).toBe(L.legend.x);
    expect(L.legend.x + L.legend.w).toBe(IMAGE_W);
    expect(L.fit).toBe('cover');
  });

  it('puts a legend band under a wide (presenter) map', () => {
    const L = imageLayout(2.1);
    expect(L.mode).toBe('bottom');
    expect(L.map.w).toBe(IMAGE_W);
    expect(L.legend.y).toBe(L.map.y + L.map.h);
  });

  it('never crops much: a very wide or tall view is shown whole', () => {
    expect(imageLayout(4).fit).toBe('contain');
    expect(imageLayout(0.5).fit).toBe('contain');
  });

  it('keeps header, body and footer inside 1920 × 1080', () => {
    for (const a of [0.5, 1, 1.6, 2.1, 4]) {
      const L = imageLayout(a);
      expect(L.header.y).toBe(0);
      expect(L.footer.y + L.footer.h).toBe(IMAGE_H);
      expect(L.map.y).toBe(L.header.h);
    }
  });

  it('cover crops the centre and contain fits whole', () => {
    expect(coverSource(200, 100, { x: 0, y: 0, w: 100, h: 100 })).toEqual({ x: 50, y: 0, w: 100, h: 100 });
    expect(containRect(200, 100, { x: 0, y: 0, w: 100, h: 100 })).toEqual({ x: 0, y: 25, w: 100, h: 50 });
  });
});
