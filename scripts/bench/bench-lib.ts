/**
 * Pure helpers for the benchmark (scripts/bench/bench.ts): statistics, budget checks and the
 * markdown table. No I/O here, so every rule that decides pass/fail is unit-tested.
 */

/** How a metric's budget applies. */
export type BudgetKind =
  /** app / baseline must be ≤ budget (bytes, time, blocking time). */
  | 'ratio-max'
  /** app / baseline must be ≥ budget (frame rate). */
  | 'ratio-min'
  /** the app's own value must be ≤ budget (heap growth). */
  | 'app-max'
  /** reported beside the baseline, with no budget (the detailed map's loading time). */
  | 'report';

/** One metric as written to bench/results.json. */
export interface MetricResult {
  app: number;
  baseline: number;
  ratio: number;
  budget: number;
  pass: boolean;
  kind: BudgetKind;
  unit: string;
  label: string;
}

/** The definition of a metric before it is measured. */
export interface MetricSpec {
  label: string;
  unit: string;
  kind: BudgetKind;
  budget: number;
}

/** Median of a list (mean of the middle two for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return Number.NaN;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? (v[mid] as number) : ((v[mid - 1] as number) + (v[mid] as number)) / 2;
}

/**
 * Percentile by the nearest-rank method (p in 0..100): the smallest value with at least
 * p% of the values at or below it. p95 of 30 values is the 29th smallest.
 */
export function percentile(values: readonly number[], p: number): number {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return Number.NaN;
  const rank = Math.min(v.length, Math.max(1, Math.ceil((p / 100) * v.length)));
  return v[rank - 1] as number;
}

/** p95 by nearest rank. */
export function p95(values: readonly number[]): number {
  return percentile(values, 95);
}

/** app / baseline; NaN when either is not a finite number or the baseline is 0. */
export function ratio(app: number, baseline: number): number {
  if (!Number.isFinite(app) || !Number.isFinite(baseline) || baseline === 0) return Number.NaN;
  return app / baseline;
}

/** Whether a measured metric meets its budget; a missing (NaN) value never passes. */
export function passes(kind: BudgetKind, budget: number, app: number, r: number): boolean {
  switch (kind) {
    case 'ratio-max':
      return Number.isFinite(r) && r <= budget;
    case 'ratio-min':
      return Number.isFinite(r) && r >= budget;
    case 'app-max':
      return Number.isFinite(app) && app <= budget;
    case 'report':
      return Number.isFinite(app);
  }
}

/** Combines a spec with the two measured values. */
export function evaluate(spec: MetricSpec, app: number, baseline: number): MetricResult {
  const r = ratio(app, baseline);
  return { ...spec, app, baseline, ratio: r, pass: passes(spec.kind, spec.budget, app, r) };
}

/** Rounds for display and for the JSON file (keeps results readable and diffs small). */
export function round(n: number, digits = 3): number {
  if (!Number.isFinite(n)) return n;
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function fmt(n: number, unit: string): string {
  if (!Number.isFinite(n)) return 'n/a';
  if (unit === 'KB') return n.toFixed(1);
  if (unit === 'ms') return n >= 100 ? n.toFixed(0) : n.toFixed(1);
  if (unit === 'fps') return n.toFixed(1);
  if (unit === '×') return n.toFixed(3);
  return String(round(n, 2));
}

function budgetText(m: MetricResult): string {
  switch (m.kind) {
    case 'ratio-max':
      return `ratio ≤ ${m.budget}`;
    case 'ratio-min':
      return `ratio ≥ ${m.budget}`;
    case 'app-max':
      return `app ≤ ${m.budget}${m.unit === '×' ? '' : ` ${m.unit}`}`;
    case 'report':
      return 'reported';
  }
}

/** The results as a markdown table, one row per metric. */
export function markdownTable(metrics: Record<string, MetricResult>): string {
  const rows = [
    '| metric | app | baseline | ratio | budget | pass |',
    '| --- | ---: | ---: | ---: | --- | :---: |',
  ];
  for (const m of Object.values(metrics)) {
    const unit = m.unit === '×' ? '' : ` ${m.unit}`;
    rows.push(
      `| ${m.label} | ${fmt(m.app, m.unit)}${unit} | ${fmt(m.baseline, m.unit)}${unit} | ${Number.isFinite(m.ratio) ? m.ratio.toFixed(3) : 'n/a'} | ${budgetText(m)} | ${m.pass ? 'yes' : '**no**'} |`,
    );
  }
  return rows.join('\n');
}

/** Names of metrics that are missing or not finite: the smoke run fails on these. */
export function brokenMetrics(metrics: Record<string, MetricResult>, expected: readonly string[]): string[] {
  const out: string[] = [];
  for (const name of expected) {
    const m = metrics[name];
    if (!m || !Number.isFinite(m.app) || !Number.isFinite(m.baseline) || !Number.isFinite(m.ratio)) out.push(name);
  }
  return out;
}

/** Sum of the parts of long tasks beyond 50 ms (Total Blocking Time), for tasks that start before `until`. */
export function blockingTime(tasks: readonly { startTime: number; duration: number }[], until = Infinity): number {
  let sum = 0;
  for (const t of tasks) if (t.startTime < until) sum += Math.max(0, t.duration - 50);
  return sum;
}

/** Frames per second from rAF timestamps within [from, to] (ms). */
export function frameRate(stamps: readonly number[], from: number, to: number): number {
  const inside = stamps.filter((t) => t >= from && t <= to);
  if (inside.length < 2 || to <= from) return Number.NaN;
  const first = inside[0] as number;
  const last = inside[inside.length - 1] as number;
  // Intervals between the first and last frame in the window: robust to where the window starts.
  return last > first ? ((inside.length - 1) * 1000) / (last - first) : Number.NaN;
}

/** Order of sides for cold load i: alternating which goes first, so neither is always warmer. */
export function runOrder(i: number): ['app', 'baseline'] | ['baseline', 'app'] {
  return i % 2 === 0 ? ['app', 'baseline'] : ['baseline', 'app'];
}

/** Parses the bench's command-line flags. */
export function parseArgs(argv: readonly string[]): { quick: boolean; smoke: boolean; lighthouse: boolean; runs: number | null; outDir?: string } {
  let runs: number | null = null;
  let outDir: string | undefined;
  for (const a of argv) {
    const m = /^--runs=(\d+)$/.exec(a);
    if (m) runs = Number(m[1]);
    // --out-dir=DIR: build and write quick results there instead of bench/out (parallel checkouts, other builds).
    const o = /^--out-dir=(.+)$/.exec(a);
    if (o) outDir = o[1];
  }
  const quick = argv.includes('--quick');
  return {
    quick,
    smoke: argv.includes('--smoke'),
    lighthouse: !quick && !argv.includes('--no-lighthouse'),
    runs,
    ...(outDir ? { outDir } : {}),
  };
}
