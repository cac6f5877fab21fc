import { describe, expect, it } from 'vitest';
import { arrowheadAt, bboxOf, buildPath, buildRouteGeometry, pointAtKm } from '../../src/geo/route';
import { kmAtProgress, seaPhaseEnd } from '../../src/geo/progress';
import { miniDataset } from '../fixtures/mini';

describe('route geometry', () => {
  const ds = miniDataset();

  it('chains legs in order with cumulative distances', () => {
    const path = buildPath(ds, ['sea-1', 'rail-1']);
    expect(path).not.toBeNull();
    const [sea, rail] = path!.segments;
    expect(sea!.startKm).toBe(0);
    expect(sea!.endKm).toBeCloseTo(111.2, 0);
    expect(rail!.startKm).toBeCloseTo(sea!.endKm, 6);
    expect(path!.totalKm).toBeCloseTo(111.2 + 1112, -1);
  });

  it('skips unknown leg ids and returns null for an empty path', () => {
    expect(buildPath(ds, ['nope'])).toBeNull();
    expect(buildPath(ds, [])).toBeNull();
  });

  it('finds the point and mode at a distance, clamped to the path', () => {
    const path = buildPath(ds, ['sea-1', 'rail-1'])!;
    const mid = pointAtKm(path, 55.6);
    expect(mid.mode).toBe('sea');
    expect(mid.coord[0]).toBeCloseTo(0.5, 2);
    const onRail = pointAtKm(path, 111.2 + 556);
    expect(onRail.mode).toBe('rail');
    expect(onRail.coord[1]).toBeCloseTo(5, 1);
    expect(pointAtKm(path, -5).coord).toEqual([0, 0]);
    expect(pointAtKm(path, 1e9).coord[1]).toBeCloseTo(10, 6);
  });

  it('shares animation time by mode so a short sea leg is not skipped', () => {
    const path = buildPath(ds, ['sea-1', 'rail-1'])!;
    const seaEnd = seaPhaseEnd(path);
    expect(seaEnd).toBeCloseTo(4 / 8, 6);
    // Halfway through the sea phase is halfway along the sea leg, despite rail being 10x longer.
    expect(kmAtProgress(path, seaEnd / 2)).toBeCloseTo(path.segments[0]!.endKm / 2, 3);
    expect(kmAtProgress(path, 0)).toBe(0);
    expect(kmAtProgress(path, 1)).toBeCloseTo(path.totalKm, 6);
    expect(kmAtProgress(path, NaN)).toBe(0);
  });

  it('is monotonic in progress', () => {
    const path = buildPath(ds, ['sea-1', 'rail-1', 'front-1'])!;
    let last = -1;
    for (let p = 0; p <= 1.0001; p += 0.01) {
      const km = kmAtProgress(path, p);
      expect(km).toBeGreaterThanOrEqual(last);
      last = km;
    }
  });

  it('computes per-step bounds, sea close-ups and the gulf box for steps without legs', () => {
    const g = buildRouteGeometry(ds);
    expect(g.paths).toHaveLength(11);
    expect(g.paths[0]).toBeNull();
    expect(g.bounds[0]).toEqual([0, 0, 1, 10.5]);
    expect(g.bounds[1]).toEqual([0, 0, 1, 10.5]);
    expect(g.seaBounds[1]).toEqual([0, 0, 1, 0]);
    expect(g.paths[2]).toBeNull();
    expect(g.seaBounds[2]).toBeNull();
    // No legs: frame origin, destination and the ports, so no port is singled out.
    expect(g.bounds[2]![0]).toBeLessThanOrEqual(0);
  });

  it('points the arrowhead along the last segment', () => {
    const head = arrowheadAt([[0, 0], [1, 0]], 0.2)!;
    const ring = head.geometry.coordinates[0]!;
    expect(ring[0]).toEqual([1, 0]);
    expect(ring[1]![0]).toBeCloseTo(0.8, 6);
    expect(ring[2]![0]).toBeCloseTo(0.8, 6);
    expect(arrowheadAt([[0, 0]])).toBeNull();
  });

  it('bboxOf covers lines and points', () => {
    expect(bboxOf([[[1, 2], [3, -4]]], [[-1, 0]])).toEqual([-1, -4, 3, 2]);
    expect(bboxOf([])).toBeNull();
  });
});
