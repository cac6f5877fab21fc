/**
 * Lighthouse 12.2.3 (the last line that runs on Node 20) against the built site, mobile
 * (the default config: emulated phone, simulated slow 4G and 4× CPU) and desktop, in the
 * same Debian Chromium with the same no-network flags as the tests. A run that cannot
 * happen is reported as { error } rather than as a score.
 */
import lighthouse, { desktopConfig } from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS } from '../browser/chromium';

export const LH_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LhCategory = (typeof LH_CATEGORIES)[number];
export type LhScores = Record<LhCategory, number>;

/** Targets from the speed issue: mobile performance ≥ 90, accessibility 100, best practices 100, SEO ≥ 90. */
export const LH_TARGETS: LhScores = { performance: 90, accessibility: 100, 'best-practices': 100, seo: 90 };

export type LighthouseResult =
  | {
      version: string;
      scores: Record<'mobile' | 'desktop', LhScores>;
      /** Audits that cost points, per form factor: id → score (0..1). */
      failing: Record<'mobile' | 'desktop', Record<string, number>>;
      metrics: Record<'mobile' | 'desktop', Record<string, number>>;
      targets: LhScores;
      meetsTargets: boolean;
      missed: string[];
    }
  | { error: string };

/** Which targets a set of scores misses (performance is judged on mobile, the rest on both). */
export function missedTargets(scores: Record<'mobile' | 'desktop', LhScores>, targets: LhScores = LH_TARGETS): string[] {
  const out: string[] = [];
  if (scores.mobile.performance < targets.performance) out.push(`mobile performance ${scores.mobile.performance} < ${targets.performance}`);
  for (const form of ['mobile', 'desktop'] as const)
    for (const cat of ['accessibility', 'best-practices', 'seo'] as const)
      if (scores[form][cat] < targets[cat]) out.push(`${form} ${cat} ${scores[form][cat]} < ${targets[cat]}`);
  return out;
}

const METRIC_AUDITS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index', 'interactive'];

/** Runs Lighthouse mobile then desktop on `url`; never throws. */
export async function runLighthouse(url: string, chromePath: string): Promise<LighthouseResult> {
  const r = await lighthouseRuns(url, chromePath, ['mobile', 'desktop'], LH_CATEGORIES);
  if ('error' in r) return r;
  const scores = r.scores as Record<'mobile' | 'desktop', LhScores>;
  const missed = missedTargets(scores);
  return { ...r, scores, targets: LH_TARGETS, meetsTargets: missed.length === 0, missed };
}

/** Mobile performance of another page (the baseline), for context beside the app's score. */
export async function lighthousePerformance(url: string, chromePath: string): Promise<{ performance: number; metrics: Record<string, number> } | { error: string }> {
  const r = await lighthouseRuns(url, chromePath, ['mobile'], ['performance']);
  if ('error' in r) return r;
  return { performance: r.scores.mobile?.performance ?? Number.NaN, metrics: r.metrics.mobile ?? {} };
}

type Form = 'mobile' | 'desktop';
interface Runs {
  version: string;
  scores: Partial<Record<Form, LhScores>>;
  failing: Record<Form, Record<string, number>>;
  metrics: Record<Form, Record<string, number>>;
}

async function lighthouseRuns(url: string, chromePath: string, forms: Form[], categories: readonly LhCategory[]): Promise<Runs | { error: string }> {
  let chrome: chromeLauncher.LaunchedChrome | null = null;
  try {
    chrome = await chromeLauncher.launch({
      chromePath,
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
      logLevel: 'silent',
    });
    const scores: Partial<Record<Form, LhScores>> = {};
    const failing = {} as Record<'mobile' | 'desktop', Record<string, number>>;
    const metrics = {} as Record<'mobile' | 'desktop', Record<string, number>>;
    let version = '';
    for (const form of forms) {
      const result = await lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] },
        form === 'desktop' ? desktopConfig : undefined,
      );
      if (!result) throw new Error(`Lighthouse returned no result (${form})`);
      const lhr = result.lhr;
      if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      version = lhr.lighthouseVersion;
      scores[form] = Object.fromEntries(
        categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? Number.NaN) * 100)]),
      ) as LhScores;
      failing[form] = {};
      for (const cat of categories) {
        for (const ref of lhr.categories[cat]?.auditRefs ?? []) {
          const a = lhr.audits[ref.id];
          if (ref.weight > 0 && a && typeof a.score === 'number' && a.score < 1) failing[form][ref.id] = a.score;
        }
      }
      metrics[form] = Object.fromEntries(METRIC_AUDITS.map((id) => [id, Math.round((lhr.audits[id]?.numericValue ?? Number.NaN) * 1000) / 1000]));
    }
    return { version, scores, failing, metrics };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  } finally {
    if (chrome) chrome.kill();
  }
}
