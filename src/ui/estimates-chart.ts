/**
 * Geometry of the "How the estimate grew" chart (EstimatesChart.tsx draws it): one panel for
 * containers and one for rounds on a shared time axis, each number of each estimate a
 * separate mark with its own label. Nothing here joins two estimates: they are different
 * bodies' figures, counted from different dates by different methods, not one series.
 * Pure functions, so the layout is tested without a DOM.
 */
import type { Estimate, Lang } from '../model/types';
import { LOCALES } from '../i18n';

export type Measure = 'containers' | 'rounds';
/** How a mark is drawn: containers are squares; rounds are filled (sent), hollow (capacity) or a hollow diamond (weight). */
export type MarkKind = 'containers' | 'sent' | 'capacity' | 'weight';

export interface ChartMark {
  /** The estimate's id and its row in the table (1-based, in date order). */
  id: string;
  row: number;
  measure: Measure;
  kind: MarkKind;
  value: number;
  said: 'more-than' | 'about';
  /** Centre of the mark; `nudged` when moved sideways off a mark a few days away. */
  x: number;
  y: number;
  nudged: boolean;
  /** The label: "[3] 10,000+" (`row` and `text`), placed where it overlaps no other label or mark. */
  text: string;
  labelX: number;
  labelY: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface ChartPanel {
  measure: Measure;
  /** Top and bottom of the plot area (bottom is zero). */
  top: number;
  bottom: number;
  ticks: { value: number; y: number; text: string }[];
  /** The value at the top of the plot area. */
  scaleTop: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  panels: ChartPanel[];
  xTicks: { iso: string; x: number }[];
  marks: ChartMark[];
}

export const CHART = {
  width: 560,
  left: 58,
  right: 14,
  top: 26,
  panelHeight: 118,
  gap: 46,
  bottom: 30,
  markRadius: 5,
  fontSize: 12,
} as const;

/** Baseline of a panel's title, from the panel's top. */
export const TITLE_DY = -10;

const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const isoMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, compact: boolean): Intl.NumberFormat {
  const key = `${lang}|${compact ? 'c' : ''}`;
  let f = numberFormats.get(key);
  // en-GB writes millions as "2.5m", which reads as metres beside "152 mm": en-US has "2.5M".
  const locale = compact && lang === 'en' ? 'en-US' : LOCALES[lang];
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale, compact ? { notation: 'compact', maximumFractionDigits: 1 } : {})));
  return f;
}

/** A count as the chart writes it: in full for containers ("10,000"), compact for rounds ("2.5M", "250만"). */
export function formatCount(n: number, measure: Measure, lang: Lang): string {
  return numberFormat(lang, measure === 'rounds').format(n);
}

/** The count in full, for the table ("2,500,000"). */
export function formatFull(n: number, lang: Lang): string {
  return numberFormat(lang, false).format(n);
}

/** "10,000+" for "more than", "~6,700" for "about". */
export function markValue(n: number, said: 'more-than' | 'about', measure: Measure, lang: Lang): string {
  const v = formatCount(n, measure, lang);
  return said === 'more-than' ? `${v}+` : `~${v}`;
}

/** A round top for a zero-based scale a little above `max`, and its ticks (3 to 6 of them). */
export function niceScale(max: number): { top: number; step: number } {
  const want = (max * 1.08) / 5;
  const mag = 10 ** Math.floor(Math.log10(want));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * mag).find((s) => s >= want) ?? 10 * mag;
  return { top: Math.ceil((max * 1.08) / step) * step, step };
}

/** Rough width of a label in px: CJK glyphs are about 1 em wide, the rest about 0.6 em. */
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af]/.test(ch) ? fontSize : fontSize * 0.6;
  return w;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
interface LabelPlace {
  box: Box;
  x: number;
  y: number;
  anchor: ChartMark['anchor'];
}
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Lays out the chart for the estimates (any order) in `lang`. */
export function layoutEstimates(estimates: readonly Estimate[], lang: Lang, titles: Record<Measure, string> = { containers: '', rounds: '' }): ChartLayout {
  const { width, left, right, top, panelHeight, gap, bottom, markRadius: r, fontSize } = CHART;
  const rows = [...estimates].sort((a, b) => a.date.localeCompare(b.date));
  const height = top + panelHeight * 2 + gap + bottom;

  // Time axis: from three months before the first estimate (room for its label on the left)
  // to two months after the last.
  const dates = rows.map((e) => time(e.date));
  const first = new Date(Math.min(...dates, Date.parse('2023-10-01T00:00:00Z')));
  const last = new Date(Math.max(...dates, Date.parse('2023-11-01T00:00:00Z')));
  const t0 = time(isoMonth(first.getUTCFullYear(), first.getUTCMonth() - 3));
  const t1 = time(isoMonth(last.getUTCFullYear(), last.getUTCMonth() + 2));
  const x = (iso: string) => left + ((time(iso) - t0) / (t1 - t0)) * (width - left - right);
  const xTicks: ChartLayout['xTicks'] = [];
  for (let d = new Date(t0); d.getTime() <= t1; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))) {
    if (d.getUTCMonth() % 3 === 0) {
      const iso = d.toISOString().slice(0, 10);
      xTicks.push({ iso, x: x(iso) });
    }
  }

  const measures: Measure[] = ['containers', 'rounds'];
  const panels: ChartPanel[] = measures.map((measure, i) => {
    const pTop = top + i * (panelHeight + gap);
    const max = Math.max(1, ...rows.map((e) => e[measure] ?? 0));
    const scale = niceScale(max);
    const ticks: ChartPanel['ticks'] = [];
    for (let v = 0; v <= scale.top + scale.step / 2; v += scale.step)
      ticks.push({ value: v, y: pTop + panelHeight - (v / scale.top) * panelHeight, text: formatCount(v, measure, lang) });
    return { measure, top: pTop, bottom: pTop + panelHeight, ticks, scaleTop: scale.top };
  });

  const [containersPanel, roundsPanel] = panels as [ChartPanel, ChartPanel];
  const marks: ChartMark[] = [];
  for (const panel of panels) {
    const { measure } = panel;
    const scaleTop = panel.scaleTop;
    const placed: { x: number; y: number }[] = [];
    rows.forEach((e, i) => {
      const value = e[measure];
      if (value === null) return;
      const cy = panel.bottom - (value / scaleTop) * panelHeight;
      let cx = x(e.date);
      let nudged = false;
      // Marks a few days apart at about the same height would hide each other: move this one right.
      for (const p of placed) {
        if (Math.abs(p.y - cy) < 2 * r + 2 && cx - p.x < 2 * r + 3) {
          cx = p.x + 2 * r + 3;
          nudged = true;
        }
      }
      placed.push({ x: cx, y: cy });
      const kind: MarkKind = measure === 'containers' ? 'containers' : (e.roundsBasis ?? 'sent');
      const said = e.said[measure] ?? 'more-than';
      marks.push({ id: e.id, row: i + 1, measure, kind, value, said, x: cx, y: cy, nudged, text: markValue(value, said, measure, lang), labelX: cx, labelY: cy, anchor: 'start' });
    });
  }

  // Labels: right of the mark, else left, above or below; the first that stays inside the
  // chart and clear of every mark and every label placed so far.
  const markBoxes: Box[] = marks.map((m) => ({ x0: m.x - r - 1, y0: m.y - r - 1, x1: m.x + r + 1, y1: m.y + r + 1 }));
  // The panel titles sit above each panel's top left (EstimatesChart draws them at TITLE_DY).
  const labelBoxes: Box[] = panels.map((p) => ({ x0: left, y0: p.top + TITLE_DY - fontSize, x1: left + textWidth(titles[p.measure], fontSize) + 4, y1: p.top + TITLE_DY + 3 }));
  for (const m of marks) {
    const w = textWidth(`[${m.row}] ${m.text}`, fontSize);
    const h = fontSize;
    const panel = m.measure === 'containers' ? containersPanel : roundsPanel;
    const candidates: [LabelPlace, ...LabelPlace[]] = [
      { x: m.x + r + 3, y: m.y + h * 0.35, anchor: 'start', box: { x0: m.x + r + 2, y0: m.y - h / 2, x1: m.x + r + 3 + w, y1: m.y + h / 2 } },
      { x: m.x - r - 3, y: m.y + h * 0.35, anchor: 'end', box: { x0: m.x - r - 3 - w, y0: m.y - h / 2, x1: m.x - r - 2, y1: m.y + h / 2 } },
      { x: m.x, y: m.y - r - 4, anchor: 'middle', box: { x0: m.x - w / 2, y0: m.y - r - 4 - h, x1: m.x + w / 2, y1: m.y - r - 3 } },
      { x: m.x, y: m.y + r + 3 + h * 0.8, anchor: 'middle', box: { x0: m.x - w / 2, y0: m.y + r + 3, x1: m.x + w / 2, y1: m.y + r + 4 + h } },
    ];
    const inside = (b: Box) => b.x0 >= left + 2 && b.x1 <= width - 1 && b.y0 >= panel.top - 14 && b.y1 <= panel.bottom;
    const clear = (b: Box) => inside(b) && !labelBoxes.some((o) => overlaps(o, b)) && !markBoxes.some((o) => overlaps(o, b));
    const [first] = candidates;
    const pick = candidates.find((c) => clear(c.box)) ?? candidates.find((c) => inside(c.box)) ?? first;
    labelBoxes.push(pick.box);
    m.labelX = pick.x;
    m.labelY = pick.y;
    m.anchor = pick.anchor;
  }

  return { width, height, left, right, panels, xTicks, marks };
}

