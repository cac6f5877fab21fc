import { describe, expect, it } from 'vitest';
import { containRect, coverSource, IMAGE_H, IMAGE_W, imageLayout } from '../../src/export/compose';

describe('slide image layout', () => {
  it('puts the legend beside a map that is not much wider than tall, filling the frame', () => {
    for (const a of [1.4, 1.6, 1.85]) {
      const L = imageLayout(a);
      expect(L.mode, `aspect ${a}`).toBe('side');
      expect(L.map.x + L.map.w).toBe(L.legend.x);
      expect(L.legend.x + L.legend.w).toBe(IMAGE_W);
      expect(L.legend.w).toBeGreaterThanOrEqual(380);
      expect(L.fit).toBe('cover');
    }
  });

  it('puts a legend band under a wide (presenter) map and fills the frame', () => {
    for (const a of [2.1, 2.2, 2.5]) {
      const L = imageLayout(a);
      expect(L.mode, `aspect ${a}`).toBe('bottom');
      expect(L.map.w).toBe(IMAGE_W);
      expect(L.legend.y).toBe(L.map.y + L.map.h);
      expect(L.fit).toBe('cover');
    }
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

  it('cover crops the sides evenly and the height mostly from the top; contain fits whole', () => {
    expect(coverSource(200, 100, { x: 0, y: 0, w: 100, h: 100 })).toEqual({ x: 50, y: 0, w: 100, h: 100 });
    expect(coverSource(100, 200, { x: 0, y: 0, w: 100, h: 100 }, 0.5)).toEqual({ x: 0, y: 50, w: 100, h: 100 });
    expect(coverSource(100, 200, { x: 0, y: 0, w: 100, h: 100 }).y).toBeCloseTo(65);
    expect(containRect(200, 100, { x: 0, y: 0, w: 100, h: 100 })).toEqual({ x: 0, y: 25, w: 100, h: 50 });
  });
});
