import { describe, expect, it } from 'vitest';
import { arrowIconPixels, ARROW_ICON_SIZE, provideArrowIcon, triangleDistance } from '../../src/map/arrow-icon';
import { arrowheadAt, arrowTipAt, type RouteGeometry } from '../../src/geo/route';
import { arrowFeatures } from '../../src/map/base-style';
import type { Dataset } from '../../src/model/types';
import { realData } from '../fixtures/data';

describe('front arrow icon', () => {
  it('measures signed distance to a triangle: negative inside, zero on an edge, positive outside', () => {
    const a = [0, 0] as const;
    const b = [10, 0] as const;
    const c = [0, 10] as const;
    expect(triangleDistance([2, 2], a, b, c)).toBeCloseTo(-2, 6);
    expect(triangleDistance([5, 0], a, b, c)).toBeCloseTo(0, 6);
    expect(triangleDistance([-3, 5], a, b, c)).toBeCloseTo(3, 6);
    expect(triangleDistance([10, 10], a, b, c)).toBeCloseTo(Math.hypot(5, 5), 6);
  });

  it('draws an upward arrowhead as an SDF: opaque along the axis, empty in the corners, edge at 0.75', () => {
    for (const ratio of [1, 2]) {
      const img = arrowIconPixels(ratio);
      const n = ARROW_ICON_SIZE * ratio;
      expect(img.width).toBe(n);
      expect(img.data.length).toBe(n * n * 4);
      const alpha = (x: number, y: number) => img.data[(Math.floor(y * ratio) * n + Math.floor(x * ratio)) * 4 + 3]!;
      expect(alpha(16, 20)).toBeGreaterThan(191); // inside, on the axis
      expect(alpha(16, 6)).toBeGreaterThan(191); // near the tip
      expect(alpha(1, 1)).toBe(0); // far corner
      expect(alpha(30, 30)).toBeLessThan(100);
      // Wider at the base than near the tip: it points up.
      const widthAt = (y: number) => Array.from({ length: 32 }, (_, x) => alpha(x, y)).filter((v) => v > 191).length;
      expect(widthAt(24)).toBeGreaterThan(widthAt(10));
    }
  });

  it('adds the image once, only when the style asks for it', () => {
    const added: string[] = [];
    let handler: ((e: { id: string }) => void) | undefined;
    const map = {
      hasImage: (id: string) => added.includes(id),
      addImage: (id: string) => void added.push(id),
      on: (_t: 'styleimagemissing', cb: (e: { id: string }) => void) => (handler = cb),
    };
    provideArrowIcon(map, 2);
    expect(added).toEqual([]);
    handler?.({ id: 'something-else' });
    handler?.({ id: 'front-arrow' });
    handler?.({ id: 'front-arrow' });
    expect(added).toEqual(['front-arrow']);
  });
});

describe('arrow tip', () => {
  it('points along the last segment: north 0°, east 90°, south-west 225°', () => {
    expect(arrowTipAt([[0, 0], [0, 1]])?.properties?.bearing).toBeCloseTo(0, 6);
    expect(arrowTipAt([[0, 0], [1, 0]])?.properties?.bearing).toBeCloseTo(90, 6);
    expect(arrowTipAt([[1, 1], [0, 0]])?.properties?.bearing).toBeCloseTo(225, 1);
    expect(arrowTipAt([[0, 0]])).toBeNull();
  });

  it("puts the front leg's tip and triangle in one source under one id, pointing north-west toward Ukraine", () => {
    const legs = realData().legs.features;
    const front = legs.find((l) => l.properties.mode === 'front');
    expect(front).toBeDefined();
    const geometry = { arrowhead: arrowheadAt(front!.geometry.coordinates as [number, number][]) } as RouteGeometry;
    const feats = arrowFeatures({ legs } as unknown as Dataset, geometry);
    expect(feats.map((f) => f.geometry.type).sort()).toEqual(['Point', 'Polygon']);
    for (const f of feats) expect(f.properties?.id).toBe('front-arrowhead');
    const tip = feats.find((f) => f.geometry.type === 'Point');
    const bearing = tip?.properties?.bearing as number;
    expect(bearing).toBeGreaterThan(270);
    expect(bearing).toBeLessThan(360);
  });
});
