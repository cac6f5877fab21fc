import { describe, expect, it } from 'vitest';
import { fitProjection, mercator, pathData } from '../../src/svg/projection';
import { placeLabels, textWidth } from '../../src/svg/labels';

describe('static map projection', () => {
  it('is Web Mercator: the equator at y = 0, north upward (negative y)', () => {
    expect(mercator([0, 0])[0]).toBe(0);
    expect(mercator([0, 0])[1]).toBeCloseTo(0, 12);
    expect(mercator([180, 0])[0]).toBeCloseTo(Math.PI);
    expect(mercator([0, 60])[1]).toBeLessThan(0);
  });

  it('fits a box inside the padding and centres it', () => {
    const p = fitProjection([40, 42, 133, 56], 800, 500, 20);
    const [x0, y0] = p.point([40, 56]);
    const [x1, y1] = p.point([133, 42]);
    expect(Math.min(x0, x1)).toBeGreaterThanOrEqual(20 - 1e-6);
    expect(Math.max(x0, x1)).toBeLessThanOrEqual(780 + 1e-6);
    expect(Math.min(y0, y1)).toBeGreaterThanOrEqual(20 - 1e-6);
    expect(Math.max(y0, y1)).toBeLessThanOrEqual(480 + 1e-6);
    // One axis fills the inner box exactly.
    expect(Math.max(Math.abs(x1 - x0) - 760, Math.abs(y1 - y0) - 460)).toBeCloseTo(0);
  });

  it('honours uneven padding (room for the port inset)', () => {
    const p = fitProjection([40, 42, 133, 56], 800, 500, { top: 150, right: 20, bottom: 20, left: 20 });
    expect(p.point([90, 56])[1]).toBeGreaterThanOrEqual(150 - 1e-6);
  });

  it('widens a tiny box so a port close-up still shows its coast', () => {
    const p = fitProjection([132.3, 42.8, 132.4, 42.9], 400, 400, 0, 3);
    const [a] = p.point([130.85, 42.85]);
    const [b] = p.point([133.85, 42.85]);
    expect(b - a).toBeCloseTo(400, 0);
  });

  it('writes open paths for lines and closed ones for polygons, dropping repeated pixels', () => {
    const p = fitProjection([0, 0, 10, 10], 100, 100, 0);
    // The repeated point is dropped; the rest is relative to the first.
    expect(pathData({ type: 'LineString', coordinates: [[0, 0], [0, 0], [10, 10]] }, p.point)).toMatch(/^M[\d.]+,[\d.]+l[\d.-]+,[\d.-]+$/);
    expect(pathData({ type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 10], [0, 0]]] }, p.point)).toMatch(/^M[^lz]+(l[^lz]+){3}z$/);
    const flat = (c: number[]): [number, number] => [c[0] ?? 0, c[1] ?? 0];
    expect(pathData({ type: 'LineString', coordinates: [[0, 0], [0, 0], [10, 10]] }, flat)).toBe('M0,0l10,10');
    expect(pathData(null, p.point)).toBe('');
  });

  it('at whole pixels with a minimum step, leaves out what would not show: near vertices and specks', () => {
    // Coordinates as pixels, to read the output.
    const p = { point: (c: number[]): [number, number] => [c[0] ?? 0, 100 - (c[1] ?? 0)] };
    // The middle vertex is 1 px from the first: left out; the last one is always kept.
    expect(pathData({ type: 'LineString', coordinates: [[0, 0], [1, 0], [50, 0], [51, 0]] }, p.point, 0, 1.5)).toBe('M0,100l50,0l1,0');
    // A lake under a pixel across leaves no ring at all.
    expect(pathData({ type: 'Polygon', coordinates: [[[10, 10], [10.2, 10], [10.2, 10.2], [10, 10]]] }, p.point, 0, 1.5)).toBe('');
    // Rounding happens before the deltas: no drift along a long line.
    const line = pathData({ type: 'LineString', coordinates: Array.from({ length: 30 }, (_, i) => [i * 3.3, 0]) }, p.point, 0);
    const end = line.slice(1).split('l').map((s) => Number(s.split(',')[0])).reduce((a, b) => a + b, 0);
    expect(end).toBe(Math.round(29 * 3.3));
  });
});

describe('static map labels', () => {
  it('places higher-priority labels first and drops overlapping ones', () => {
    const placed = placeLabels(
      [
        { id: 'a', text: 'Alpha', x: 50, y: 50, priority: 1, fontSize: 12 },
        { id: 'b', text: 'Bravo', x: 50, y: 53, priority: 2, fontSize: 12 },
      ],
      400,
      200,
    );
    expect(placed.map((l) => l.id)).toContain('a');
    const a = placed.find((l) => l.id === 'a')!;
    expect(a.anchor).toBe('start');
    // b cannot go right (a is there) but fits on the left.
    expect(placed.find((l) => l.id === 'b')?.anchor).toBe('end');
  });

  it('drops a label that fits on neither side', () => {
    const placed = placeLabels(
      [
        { id: 'a', text: 'Alpha', x: 20, y: 16, priority: 1, fontSize: 12 },
        // Too close to the right edge for the right side; the left side is a's label;
        // above and below are outside this 30 px tall frame.
        { id: 'b', text: 'Bravo', x: 70, y: 16, priority: 2, fontSize: 12 },
      ],
      100,
      30,
    );
    expect(placed.map((l) => l.id)).toEqual(['a']);
  });

  it('flips a label to the left at the right edge and keeps it inside the frame', () => {
    const [l] = placeLabels([{ id: 'e', text: 'Vostochny Port', x: 390, y: 50, priority: 1, fontSize: 12 }], 400, 100);
    expect(l?.anchor).toBe('end');
  });

  it('tries above and below when both sides are taken, and avoids obstacles', () => {
    const sides = [
      { x0: 0, y0: 95, x1: 95, y1: 105 },
      { x0: 105, y0: 95, x1: 400, y1: 105 },
    ];
    const top = { x0: 0, y0: 0, x1: 400, y1: 80 };
    const [below] = placeLabels([{ id: 'a', text: 'Alpha', x: 100, y: 100, priority: 1, fontSize: 12 }], 400, 200, [...sides, top]);
    expect(below?.anchor).toBe('middle');
    expect(below!.ty).toBeGreaterThan(100);
    const [above] = placeLabels([{ id: 'a', text: 'Alpha', x: 100, y: 100, priority: 1, fontSize: 12 }], 400, 200, sides);
    expect(above?.anchor).toBe('middle');
    expect(above!.ty).toBeLessThan(100);
  });

  it('measures Hangul wider than Latin', () => {
    expect(textWidth('나진', 10)).toBeGreaterThan(textWidth('ab', 10));
  });
});

describe('static map labels for the step', () => {
  it("labels the step's own places even where a context city's dot is in the way", () => {
    const placed = placeLabels(
      [
        { id: 'port', text: 'Dunai', x: 100, y: 100, priority: 1, fontSize: 12, important: true },
        { id: 'city', text: 'City', x: 110, y: 100, priority: 13, fontSize: 12 },
      ],
      400,
      200,
    );
    expect(placed.find((l) => l.id === 'port')?.anchor).toBe('start');
  });
});
