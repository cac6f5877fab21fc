// @vitest-environment jsdom
/**
 * "How the estimate grew" (src/ui/Estimates.tsx): the later figures of facts.md §5 as a
 * chart and a table. Every estimate is in the table with who, when, the figure and a source
 * link; the chart draws one mark per number and never joins two estimates into a line; the
 * chart has a name and the table is there for screen readers and print; the overview opens
 * Sources & method at it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppContext } from '../../src/state/context';
import { createAppStore } from '../../src/state/store';
import { loadBundledDataset } from '../../src/model/load';
import { buildRouteGeometry } from '../../src/geo/route';
import { Estimates, plottedText } from '../../src/ui/Estimates';
import { Overview } from '../../src/panel/Overview';
import { CHART, layoutEstimates, markValue, niceScale } from '../../src/ui/estimates-chart';
import { ESTIMATES_HEADING_ID, revealInDialog } from '../../src/ui/reveal-section';
import { formatDate, formatSourceDate, t } from '../../src/i18n';
import { validateDataset } from '../../src/model/dataset';
import { brokenData } from '../fixtures/data';
import type { Dataset, Estimate, Lang } from '../../src/model/types';
import { LANGS } from '../../src/model/schema';

const ROOT = path.join(import.meta.dirname, '..', '..');

function bundled(): Dataset {
  const loaded = loadBundledDataset();
  if ('issues' in loaded) throw new Error('bundled data does not check');
  return loaded.dataset;
}

const roots: (() => void)[] = [];
afterEach(() => {
  for (const unmount of roots.splice(0)) unmount();
  document.body.replaceChildren();
});

function render(node: ReactNode, lang: Lang = 'en', store = createAppStore({ lang, step: 0 })): HTMLElement {
  const dataset = bundled();
  const box = document.createElement('div');
  document.body.append(box);
  const root = createRoot(box);
  flushSync(() => root.render(<AppContext.Provider value={{ store, dataset, geometry: buildRouteGeometry(dataset) }}>{node}</AppContext.Provider>));
  roots.push(() => root.unmount());
  return box;
}

const estimates = bundled().estimates;
/** The same estimates from the data files, every language in place: what the table must say. */
const fromFiles = (() => {
  const r = validateDataset(brokenData(() => undefined));
  if (!r.ok) throw new Error('the data files do not validate');
  return r.dataset.estimates;
})();
const numbers = (e: Estimate) => (e.containers !== null ? 1 : 0) + (e.rounds !== null ? 1 : 0);

describe('the later estimates in the data', () => {
  it('are the figures of facts.md §5 whose sources the data has, in date order, each citing a source', () => {
    expect(estimates.map((e) => e.id)).toEqual([
      'white-house-2023-10-13',
      'mnd-2023-10-16',
      'nis-2023-11-01',
      'jcs-2023-11-06',
      'state-dept-2024-02-23',
      'shin-2024-02-26',
      'csis-2024-02-28',
      'wapo-c4ads-2024-06-22',
      'kang-2024-08-27',
      'nis-2024-10-18',
    ]);
    const sources = new Set(bundled().sources.map((s) => s.id));
    for (const e of estimates) for (const id of e.sources) expect(sources.has(id), `${e.id}: ${id}`).toBe(true);
  });

  it('mark every capacity and the tonnage conversion as such, never as a count of rounds sent', () => {
    const basis = Object.fromEntries(estimates.filter((e) => e.roundsBasis).map((e) => [e.id, e.roundsBasis]));
    expect(basis).toEqual({
      'mnd-2023-10-16': 'capacity',
      'nis-2023-11-01': 'sent',
      'jcs-2023-11-06': 'capacity',
      'shin-2024-02-26': 'capacity',
      'csis-2024-02-28': 'sent',
      'wapo-c4ads-2024-06-22': 'weight',
      'kang-2024-08-27': 'capacity',
      'nis-2024-10-18': 'sent',
    });
    // A capacity says so in its own words too.
    for (const e of estimates.filter((x) => x.roundsBasis === 'capacity')) expect(e.figure.en, e.id).toMatch(/could (have )?h[oe]ld/);
  });

  it('are validated: a number says how it was said, a rounds number what it is, a figure with no number why', () => {
    const r = validateDataset(
      brokenData((d) => {
        const [a, b, c] = d.estimates.estimates;
        delete a!.said.containers;
        delete c!.roundsBasis;
        delete b!.caveat;
      }),
    );
    expect(r.ok).toBe(false);
    expect(r.issues).toContainEqual(expect.objectContaining({ file: 'data/estimates.json', path: 'estimates[0].said.containers' }));
    expect(r.issues).toContainEqual(expect.objectContaining({ file: 'data/estimates.json', path: 'estimates[2].roundsBasis' }));
    expect(r.issues).toContainEqual(expect.objectContaining({ file: 'data/estimates.json', path: 'estimates[1].caveat' }));
  });
});

describe('the estimates table', () => {
  it.each(LANGS)('lists every estimate with who, date, the figure and a source link (%s)', (lang) => {
    const box = render(<Estimates />, lang);
    const rows = [...box.querySelectorAll('table.est-table tbody tr')];
    expect(rows).toHaveLength(estimates.length);
    const dataset = bundled();
    estimates.forEach((e0, i) => {
      const e = fromFiles.find((x) => x.id === e0.id)!;
      const row = rows[i] as HTMLTableRowElement;
      expect(row.dataset.estimate).toBe(e.id);
      expect(row.querySelector('th[scope="row"]')?.textContent).toBe(e.who[lang]);
      expect(row.textContent).toContain(formatDate(e.date, lang));
      expect(row.textContent).toContain(e.figure[lang]);
      if (e.caveat) expect(row.textContent).toContain(e.caveat[lang]);
      expect(row.textContent).toContain(plottedText(e, lang));
      const links = [...row.querySelectorAll('a')];
      expect(links.length, e.id).toBeGreaterThanOrEqual(1);
      for (const id of e.sources) {
        const s = dataset.sources.find((x) => x.id === id)!;
        const a = links.find((l) => l.getAttribute('href') === s.url);
        expect(a, `${e.id} → ${id}`).toBeDefined();
        expect(a!.textContent).toContain(formatSourceDate(s.date, lang));
        expect(a!.getAttribute('rel')).toBe('noopener noreferrer');
      }
    });
    expect(box.querySelector('table.est-table caption')?.textContent).toBe(t(lang, 'estimates.tableCaption'));
  });

  it('says which figures are not on the chart, and what each plotted number is', () => {
    const mnd = estimates.find((e) => e.id === 'mnd-2023-10-16')!;
    expect(plottedText(mnd, 'en')).toBe(t('en', 'estimates.notPlotted'));
    expect(plottedText(estimates.find((e) => e.id === 'shin-2024-02-26')!, 'en')).toBe(
      'Containers: about 6,700; Rounds: about 3,000,000 (what the containers could hold)',
    );
    expect(plottedText(estimates.find((e) => e.id === 'wapo-c4ads-2024-06-22')!, 'en')).toBe('Rounds: about 1,600,000 (converted from a weight)');
  });

  it('is on the printed handout too, naming the sources in text (the handout lists the links)', () => {
    const box = render(<Estimates print />, 'en');
    expect(box.querySelector('section.handout-estimates h2')?.textContent).toBe(t('en', 'estimates.heading'));
    expect(box.querySelectorAll('table.est-table tbody tr')).toHaveLength(estimates.length);
    expect(box.querySelector('table.est-table a')).toBeNull();
    expect(box.querySelector('table.est-table tbody tr')?.textContent).toContain('Yonhap');
    // Nothing on the printed page to tab to; and no id that the dialog's copy also has.
    expect(box.querySelector('[tabindex]')).toBeNull();
    expect(box.querySelector(`#${ESTIMATES_HEADING_ID}`)).toBeNull();
    // Not the transfers table the handout tests count.
    expect(box.querySelector('.handout-table')).toBeNull();
  });

  it('is shown by the print stylesheet (no rule hides it)', () => {
    const css = readFileSync(path.join(ROOT, 'src/ui/estimates.css'), 'utf8') + readFileSync(path.join(ROOT, 'src/print/print.css'), 'utf8');
    expect(css).not.toMatch(/(est-|handout-estimates)[^{]*\{[^}]*display:\s*none/);
    const handout = readFileSync(path.join(ROOT, 'src/print/Handout.tsx'), 'utf8');
    expect(handout).toContain('<Estimates print />');
  });
});

describe('the estimates chart', () => {
  it.each(LANGS)('has an accessible name and sits with its table (%s)', (lang) => {
    const box = render(<Estimates />, lang);
    const svg = box.querySelector('svg.est-chart-svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    const label = svg.getAttribute('aria-labelledby')!;
    expect(box.ownerDocument.getElementById(label)?.textContent).toBe(t(lang, 'estimates.chartLabel'));
    expect(box.querySelector('figure.est-figure figcaption')?.textContent).toBe(t(lang, 'estimates.caption'));
    expect(box.querySelector('section.est-section table.est-table')).not.toBeNull();
    const heading = box.querySelector(`#${ESTIMATES_HEADING_ID}`)!;
    expect(heading.tagName).toBe('H3');
    expect(box.querySelector('section.est-section')?.getAttribute('aria-labelledby')).toBe(ESTIMATES_HEADING_ID);
  });

  it('draws one mark per number given, in the panel of its measure', () => {
    const box = render(<Estimates />);
    const marks = [...box.querySelectorAll('svg.est-chart-svg [data-mark]')];
    expect(marks).toHaveLength(estimates.reduce((n, e) => n + numbers(e), 0));
    for (const e of estimates) {
      const mine = marks.filter((m) => m.getAttribute('data-estimate') === e.id);
      expect(mine.map((m) => m.getAttribute('data-measure')).sort(), e.id).toEqual(
        [e.containers !== null ? 'containers' : null, e.rounds !== null ? 'rounds' : null].filter((x) => x !== null),
      );
      // Each mark is one shape and its own label, which names the table row and the value.
      for (const m of mine) {
        expect(m.querySelectorAll('circle, rect')).toHaveLength(1);
        expect(m.querySelector('text')?.textContent).toMatch(new RegExp(`^\\[${estimates.indexOf(e) + 1}\\] `));
      }
    }
  });

  it('joins no marks: no line, path or polyline is drawn between estimates', () => {
    const box = render(<Estimates />);
    const svg = box.querySelector('svg.est-chart-svg')!;
    expect(svg.querySelectorAll('path, polyline, polygon')).toHaveLength(0);
    // The only lines are the axes' grid: each is horizontal or vertical and belongs to an axis group.
    for (const l of svg.querySelectorAll('line')) {
      expect(l.closest('.est-axis')).not.toBeNull();
      const horizontal = l.getAttribute('y1') === l.getAttribute('y2');
      const vertical = l.getAttribute('x1') === l.getAttribute('x2');
      expect(horizontal || vertical).toBe(true);
    }
    expect(svg.querySelector('.est-marks line')).toBeNull();
    // and no mark group holds two estimates
    for (const g of svg.querySelectorAll('[data-mark]')) expect(g.querySelectorAll('[data-mark]')).toHaveLength(0);
  });

  it('tells the kinds apart by shape, not colour: squares, filled and hollow circles, a hollow diamond', () => {
    const box = render(<Estimates />);
    const shape = (id: string, measure: string) => box.querySelector(`[data-estimate="${id}"][data-measure="${measure}"] :is(circle, rect)`)!;
    expect(shape('state-dept-2024-02-23', 'containers').tagName).toBe('rect');
    expect(shape('nis-2023-11-01', 'rounds').getAttribute('class')).toBe('est-fill');
    expect(shape('jcs-2023-11-06', 'rounds').getAttribute('class')).toBe('est-hollow');
    expect(shape('wapo-c4ads-2024-06-22', 'rounds').getAttribute('transform')).toMatch(/^rotate\(45 /);
    expect([...box.querySelectorAll('.est-key li')].map((li) => li.textContent)).toEqual(
      ['containers', 'sent', 'capacity', 'weight'].map((k) => t('en', `estimates.key.${k}` as 'estimates.key.sent')),
    );
  });
});

describe('the chart layout', () => {
  const L = layoutEstimates(estimates, 'en', { containers: 'Containers', rounds: 'Rounds' });

  it('puts each mark at its date and value on a scale from zero, nudging only marks that would overlap', () => {
    for (const p of L.panels) {
      expect(p.ticks[0]!.value).toBe(0);
      expect(p.ticks[0]!.y).toBe(p.bottom);
    }
    const rounds = L.panels[1]!;
    const top = rounds.ticks[rounds.ticks.length - 1]!.value;
    for (const m of L.marks.filter((x) => x.measure === 'rounds')) expect(m.y).toBeCloseTo(rounds.bottom - (m.value / top) * CHART.panelHeight, 6);
    const nudged = L.marks.filter((m) => m.nudged).map((m) => `${m.id}/${m.measure}`);
    // NIS (1 Nov) and JCS (6 Nov) both at 1 million; Shin (26 Feb, 3M) and CSIS (28 Feb, 2.5M).
    expect(nudged).toEqual(['jcs-2023-11-06/rounds', 'csis-2024-02-28/rounds']);
    for (let i = 0; i < L.marks.length; i++)
      for (let j = i + 1; j < L.marks.length; j++) {
        const a = L.marks[i]!;
        const b = L.marks[j]!;
        if (a.measure === b.measure) expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.id} ${b.id}`).toBeGreaterThan(CHART.markRadius * 2);
      }
  });

  it('keeps labels inside the chart and clear of each other', () => {
    for (const m of L.marks) {
      expect(m.labelX).toBeGreaterThan(L.left);
      expect(m.labelX).toBeLessThan(L.width);
    }
    const boxes = new Set(L.marks.map((m) => `${Math.round(m.labelX)},${Math.round(m.labelY)}`));
    expect(boxes.size).toBe(L.marks.length);
  });

  it('writes values as said: "+" for more than, "~" for about, compact for rounds', () => {
    expect(markValue(10000, 'more-than', 'containers', 'en')).toBe('10,000+');
    expect(markValue(6700, 'about', 'containers', 'en')).toBe('~6,700');
    expect(markValue(2_500_000, 'more-than', 'rounds', 'en')).toBe('2.5M+');
    expect(markValue(8_000_000, 'more-than', 'rounds', 'ko')).toBe('800만+');
    expect(niceScale(13000)).toEqual({ top: 15000, step: 5000 });
    expect(niceScale(8_000_000)).toEqual({ top: 10_000_000, step: 2_000_000 });
  });
});

describe('the overview link', () => {
  it('opens Sources & method and brings the later estimates into view, focused', () => {
    const store = createAppStore({ lang: 'en', step: 0 });
    const box = render(<Overview />, 'en', store);
    const button = [...box.querySelectorAll('button')].find((b) => b.textContent === t('en', 'estimates.open'))!;
    expect(button.getAttribute('aria-haspopup')).toBe('dialog');
    // The dialog that the Sources panel would open, with the section's heading in it.
    const dialog = document.createElement('dialog');
    const heading = document.createElement('h3');
    heading.id = ESTIMATES_HEADING_ID;
    heading.tabIndex = -1;
    dialog.append(heading);
    document.body.append(dialog);
    const scrolled = vi.fn();
    heading.scrollIntoView = scrolled;
    const frames: FrameRequestCallback[] = [];
    const raf = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
    try {
      button.click();
      expect(store.getState().panel).toBe('sources');
      frames.shift()!(0); // the dialog is not open yet: try again next frame
      expect(scrolled).not.toHaveBeenCalled();
      dialog.setAttribute('open', '');
      frames.shift()!(0);
      expect(scrolled).toHaveBeenCalledWith({ block: 'start' });
      expect(document.activeElement).toBe(heading);
    } finally {
      raf.mockRestore();
    }
  });

  it('gives up when the dialog never opens', () => {
    const frames: FrameRequestCallback[] = [];
    const win = { document, requestAnimationFrame: (cb: FrameRequestCallback) => frames.push(cb) } as unknown as Window;
    revealInDialog('nothing-here', win, 3);
    let n = 0;
    while (frames.length) {
      frames.shift()!(0);
      n++;
    }
    expect(n).toBe(4);
  });
});
