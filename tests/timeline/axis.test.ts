/** The time axis draws every dated item at its own date: events after the story's span are not clamped onto its end. */
import { describe, expect, it } from 'vitest';
import { axisEnd, axisPercent, MAIN_SHARE } from '../../src/timeline/Timeline';
import { loadBundledDataset } from '../../src/model/load';

const loaded = loadBundledDataset();
if (!('dataset' in loaded)) throw new Error('bundled data must validate');
const ds = loaded.dataset;
const dates = [...ds.events.map((e) => e.start), ...ds.transfers.flatMap((t) => [t.window.start, t.window.end])];
const end = axisEnd(dates);

describe('the time axis', () => {
  it('puts every event at a distinct position ordered by date, inside 0–100%', () => {
    const events = [...ds.events].sort((a, b) => a.start.localeCompare(b.start));
    const at = events.map((e) => axisPercent(e.start, end));
    for (const p of at) expect(p).toBeGreaterThanOrEqual(0);
    for (const p of at) expect(p).toBeLessThan(100);
    for (let i = 1; i < at.length; i++) {
      if (events[i]!.start === events[i - 1]!.start) continue;
      expect(at[i]!, `${events[i]!.id} after ${events[i - 1]!.id}`).toBeGreaterThan(at[i - 1]!);
    }
  });

  it('draws the events after 8 Nov 2023 in the marked "afterwards" stretch, each at its own date', () => {
    const later = ds.events.filter((e) => e.start > '2023-11-08');
    expect(later.length).toBeGreaterThanOrEqual(3);
    const at = later.map((e) => axisPercent(e.start, end));
    for (const p of at) expect(p).toBeGreaterThan(MAIN_SHARE);
    expect(new Set(at.map((p) => p.toFixed(3))).size).toBe(new Set(later.map((e) => e.start)).size);
  });

  it('keeps the story\'s span linear: 1 Nov sits between 1 Oct and the stretch', () => {
    expect(axisPercent('2023-10-01', end)).toBeLessThan(axisPercent('2023-11-01', end));
    expect(axisPercent('2023-11-01', end)).toBeLessThan(MAIN_SHARE);
    expect(axisPercent('2023-11-08', end)).toBeCloseTo(MAIN_SHARE, 5);
  });
});
