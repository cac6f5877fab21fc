import { describe, expect, it } from 'vitest';
import {
  blockingTime,
  brokenMetrics,
  evaluate,
  frameRate,
  markdownTable,
  median,
  p95,
  parseArgs,
  passes,
  percentile,
  ratio,
  runOrder,
} from '../../scripts/bench/bench-lib';

describe('bench statistics', () => {
  it('takes the median of odd and even counts and ignores non-numbers', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([2, Number.NaN, 4])).toBe(3);
    expect(median([])).toBeNaN();
  });

  it('takes p95 by nearest rank: the 29th of 30 values', () => {
    const values = Array.from({ length: 30 }, (_, i) => i + 1);
    expect(p95(values)).toBe(29);
    expect(percentile([10], 95)).toBe(10);
    expect(percentile([3, 1, 2], 100)).toBe(3);
    expect(percentile([3, 1, 2], 0)).toBe(1);
    expect(p95([])).toBeNaN();
  });

  it('computes ratios only from two finite numbers and a non-zero baseline', () => {
    expect(ratio(115, 100)).toBeCloseTo(1.15, 12);
    expect(ratio(1, 0)).toBeNaN();
    expect(ratio(Number.NaN, 1)).toBeNaN();
  });

  it('sums blocking time beyond 50 ms for tasks that start before ready', () => {
    const tasks = [
      { startTime: 0, duration: 120 },
      { startTime: 200, duration: 40 },
      { startTime: 300, duration: 51 },
      { startTime: 900, duration: 500 },
    ];
    expect(blockingTime(tasks, 800)).toBe(71);
    expect(blockingTime(tasks)).toBe(521);
  });

  it('counts frames per second between the first and last frame in the window', () => {
    const stamps = Array.from({ length: 200 }, (_, i) => i * (1000 / 60));
    expect(frameRate(stamps, 100, 2100)).toBeCloseTo(60, 6);
    expect(frameRate([0, 500], 0, 1000)).toBe(2);
    expect(frameRate([5], 0, 10)).toBeNaN();
  });

  it('alternates which side loads first', () => {
    expect(runOrder(0)).toEqual(['app', 'baseline']);
    expect(runOrder(1)).toEqual(['baseline', 'app']);
  });
});

describe('bench budgets', () => {
  it('applies each kind of budget the way the issue states it', () => {
    expect(passes('ratio-max', 1.15, 0, 1.15)).toBe(true);
    expect(passes('ratio-max', 1.15, 0, 1.16)).toBe(false);
    expect(passes('ratio-min', 0.95, 0, 0.95)).toBe(true);
    expect(passes('ratio-min', 0.95, 0, 0.9)).toBe(false);
    expect(passes('app-max', 100, 99, 5)).toBe(true);
    expect(passes('app-max', 100, 101, 0.1)).toBe(false);
    // A reported metric has no budget, but it must have been measured.
    expect(passes('report', 0, 4321, 9)).toBe(true);
    expect(passes('report', 0, Number.NaN, 1)).toBe(false);
    expect(markdownTable({ r: evaluate({ label: 'engine', unit: 'ms', kind: 'report', budget: 0 }, 900, 3000) })).toContain('| reported | yes |');
  });

  it('never passes a missing measurement', () => {
    expect(passes('ratio-max', 1.15, Number.NaN, Number.NaN)).toBe(false);
    expect(passes('app-max', 100, Number.NaN, 1)).toBe(false);
    const m = evaluate({ label: 'x', unit: 'ms', kind: 'ratio-max', budget: 1.15 }, Number.NaN, 10);
    expect(m.pass).toBe(false);
    expect(brokenMetrics({ x: m }, ['x', 'y'])).toEqual(['x', 'y']);
  });

  it('evaluates app against baseline', () => {
    const m = evaluate({ label: 'bytes', unit: 'KB', kind: 'ratio-max', budget: 1.15 }, 560, 500);
    expect(m).toMatchObject({ app: 560, baseline: 500, budget: 1.15, pass: true });
    expect(m.ratio).toBeCloseTo(1.12, 12);
    expect(brokenMetrics({ bytes: m }, ['bytes'])).toEqual([]);
  });

  it('renders a markdown table with one row per metric', () => {
    const table = markdownTable({
      bytes: evaluate({ label: 'bytes until ready', unit: 'KB', kind: 'ratio-max', budget: 1.15 }, 600, 500),
      step: evaluate({ label: 'step change p95', unit: 'ms', kind: 'app-max', budget: 100 }, 80.26, 40.13),
      fps: evaluate({ label: 'frame rate', unit: 'fps', kind: 'ratio-min', budget: 0.95 }, 57, 60),
    });
    const lines = table.split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe('| metric | app | baseline | ratio | budget | pass |');
    expect(lines[2]).toBe('| bytes until ready | 600.0 KB | 500.0 KB | 1.200 | ratio ≤ 1.15 | **no** |');
    expect(lines[3]).toBe('| step change p95 | 80.3 ms | 40.1 ms | 2.000 | app ≤ 100 ms | yes |');
    expect(lines[4]).toBe('| frame rate | 57.0 fps | 60.0 fps | 0.950 | ratio ≥ 0.95 | yes |');
  });

  it('reads the command line', () => {
    expect(parseArgs([])).toEqual({ quick: false, smoke: false, lighthouse: true, runs: null });
    expect(parseArgs(['--quick', '--smoke'])).toEqual({ quick: true, smoke: true, lighthouse: false, runs: null });
    expect(parseArgs(['--runs=9', '--no-lighthouse'])).toMatchObject({ runs: 9, lighthouse: false });
    expect(parseArgs(['--quick', '--out-dir=bench/out-speed'])).toMatchObject({ quick: true, outDir: 'bench/out-speed' });
    expect(parseArgs(['--quick'])).not.toHaveProperty('outDir');
  });
});
