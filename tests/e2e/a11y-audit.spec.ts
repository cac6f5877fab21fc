/**
 * axe-core audit (issue 5, req. 1): zero violations of the WCAG 2.0 / 2.1 / 2.2 A and AA
 * rules in every mode (reader, embed, presenter), every theme (light, dark, contrast) and
 * every language (en, ko, uk, ru), at the overview and steps 1, 5 and 10, and with the
 * Sources, Embed and presenter-help dialogs open.
 *
 * The matrix. The full product is 3 modes × 3 themes × 4 languages × 4 steps = 144 pages.
 * Steps change inside a page (number keys, as a reader would), so one page load covers all
 * four steps; presenter mode is entered inside the reader's page (the P key, as a teacher
 * does), so one load covers reader and presenter. That leaves 8 loads (4 reader+presenter,
 * 4 embed, one per language) and 48 audited states:
 *   reader + presenter: en·light, ko·dark, uk·contrast, ru·light
 *   embed:              en·dark,  ko·contrast, uk·light, ru·dark
 * so every mode is audited in every language and every theme at every step, and 8 of the 12
 * theme × language pairs are (colours do not depend on the language). Presenter mode always
 * draws with the contrast theme whatever ?theme= says.
 * Dialogs are audited once per language: Sources and Embed in reader mode, the help overlay
 * in presenter mode.
 *
 * Steps are instant with prefers-reduced-motion (no marker animation), and every audit
 * waits until the map has settled (data-map-state ready, or the static fallback).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, CORE } from './fixtures';
import enJson from '../../src/i18n/en.json' with { type: 'json' };
import koJson from '../../src/i18n/ko.json' with { type: 'json' };
import ukJson from '../../src/i18n/uk.json' with { type: 'json' };
import ruJson from '../../src/i18n/ru.json' with { type: 'json' };

// Generous: two cores and software WebGL, often shared with other jobs.
test.describe.configure({ timeout: 240_000 });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const THEMES = ['light', 'dark', 'contrast'] as const;
const LANGS = ['en', 'ko', 'uk', 'ru'] as const;
const STEPS = [0, 1, 5, 10] as const;
/** The key that jumps to a step: digits 1–9, 0 for step 10, Home for the overview. */
const KEY: Record<number, string> = { 0: 'Home', 1: '1', 5: '5', 10: '0' };

type Theme = (typeof THEMES)[number];
type Lang = (typeof LANGS)[number];

const UI: Record<Lang, Record<string, string>> = { en: enJson, ko: koJson, uk: ukJson, ru: ruJson };
/** A UI string from the catalogs (the app's own t() is not importable under Node). */
function t(lang: Lang, key: string): string {
  const s = UI[lang][key];
  if (s === undefined) throw new Error(`no "${key}" in ${lang}.json`);
  return s;
}

interface Load {
  /** 'reader' loads also enter presenter mode. */
  mode: 'reader' | 'embed';
  theme: Theme;
  lang: Lang;
}

const MATRIX: Load[] = [
  ...LANGS.map((lang, l) => ({ mode: 'reader' as const, lang, theme: THEMES[l % 3]! })),
  ...LANGS.map((lang, l) => ({ mode: 'embed' as const, lang, theme: THEMES[(l + 1) % 3]! })),
];

/** The (mode, theme as rendered, language) combinations a load audits at every step. */
function covered(load: Load): string[] {
  if (load.mode === 'embed') return [`embed|${load.theme}|${load.lang}`];
  return [`reader|${load.theme}|${load.lang}`, `present|contrast|${load.lang}`];
}

function query({ mode, theme, lang }: Load): string {
  return `?lang=${lang}&theme=${theme}${mode === 'embed' ? '&embed=1' : ''}`;
}

/** Waits until the map has settled on `step`: ready, or the static fallback. Fails on an error. */
async function settled(page: Page, step: number): Promise<void> {
  const state = await page
    .waitForFunction(
      (want) => {
        const d = document.documentElement.dataset;
        if (d.mapState === 'error') return 'error';
        return (d.mapState === 'ready' || d.mapState === 'fallback') && d.step === String(want) ? d.mapState : false;
      },
      step,
      { timeout: 90_000, polling: 100 },
    )
    .then((h) => h.jsonValue());
  expect(state, `map settled on step ${step}`).not.toBe('error');
}

/** Goes to a step with its number key, from a neutral focus (the body), as a keyboard user would. */
async function goToStep(page: Page, step: number): Promise<void> {
  const now = await page.evaluate(() => Number(document.documentElement.dataset.step));
  if (now !== step) {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press(KEY[step]!);
  }
  await settled(page, step);
}

/**
 * Runs axe on the page and returns its violations as readable lines (empty when clean).
 * Legacy mode runs axe.run in the page itself: there are no cross-origin frames here, and it
 * spares a blank helper page per audit (half the time on this machine). Only violations
 * are reported in full (resultTypes), which keeps each audit's result small.
 */
async function audit(page: Page, where: string, exclude?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(TAGS).options({ resultTypes: ['violations'] }).setLegacyMode(true);
  if (exclude) builder = builder.exclude(exclude);
  const result = await builder.analyze();
  // A vacuous pass would be a broken audit: axe must have checked real content.
  expect(result.passes.length, `axe ran its checks (${where})`).toBeGreaterThan(10);
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${where}: ${v.id} (${v.impact ?? '?'}) ${v.help} — ${n.target.join(' ')}\n    ${(n.failureSummary ?? '').replace(/\n/g, '\n    ')}`),
  );
}

/** Opens a dialog with its button, audits, and closes it with Escape. */
async function auditDialog(page: Page, open: () => Promise<void>, name: RegExp | string, where: string, exclude?: string): Promise<string[]> {
  await open();
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  const found = await audit(page, where, exclude);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  return found;
}

test.describe('axe: zero WCAG 2.2 A/AA violations', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
  });

  test('the matrix audits every mode in every theme and every language', () => {
    const combos = MATRIX.flatMap(covered);
    const has = (mode: string, theme: string | null, lang: string | null) =>
      combos.some((c) => {
        const [m, th, l] = c.split('|');
        return m === mode && (theme === null || th === theme) && (lang === null || l === lang);
      });
    for (const mode of ['reader', 'embed'])
      for (const theme of THEMES) expect(has(mode, theme, null), `${mode} × ${theme}`).toBe(true);
    for (const mode of ['reader', 'embed', 'present']) for (const lang of LANGS) expect(has(mode, null, lang), `${mode} × ${lang}`).toBe(true);
    expect(has('present', 'contrast', null), 'presenter (always the contrast theme)').toBe(true);
    const themeLang = new Set(MATRIX.map((c) => `${c.theme}|${c.lang}`));
    expect(themeLang.size, 'distinct theme × language pairs').toBeGreaterThanOrEqual(8);
    expect(MATRIX).toHaveLength(8);
  });

  for (const load of MATRIX) {
    const { mode, theme, lang } = load;
    const title =
      mode === 'reader'
        ? `reader · ${theme} · ${lang}: steps 0, 1, 5, 10, Sources and Embed dialogs; then presenter: steps 10, 5, 1, 0, help overlay`
        : `embed · ${theme} · ${lang}: steps 0, 1, 5, 10`;
    test(title, mode === 'reader' && theme === 'light' && lang === 'en' ? CORE : {}, async ({ page }) => {
      await page.goto(`./${query(load)}`);
      const html = page.locator('html');
      await expect(html).toHaveAttribute('lang', lang);
      await expect(html).toHaveAttribute('data-theme', theme);
      const found: string[] = [];
      for (const step of STEPS) {
        await goToStep(page, step);
        found.push(...(await audit(page, `${mode} step ${step}`)));
      }
      if (mode === 'reader') {
        const tools = page.locator('.masthead .tools');
        found.push(
          ...(await auditDialog(page, () => tools.getByRole('button', { name: t(lang, 'sources.button') }).click(), t(lang, 'sources.heading'), 'Sources dialog')),
          ...(await auditDialog(page, () => tools.getByRole('button', { name: t(lang, 'embed.button') }).click(), t(lang, 'embed.heading'), 'Embed dialog',
            // The live preview is the embed page in its own document: audited on its own in
            // embed mode below. axe would otherwise count its header/main as duplicates of ours
            // (landmark-unique), and only when the lazy frame happens to have loaded.
            '.embed-preview iframe',
          )),
        );
        // Presenter mode, entered with its key (projector layout, contrast theme).
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await page.keyboard.press('p');
        await expect(page.locator('.app')).toHaveClass(/is-present/);
        await expect(html).toHaveAttribute('data-theme', 'contrast');
        for (const step of [...STEPS].reverse()) {
          await goToStep(page, step);
          found.push(...(await audit(page, `presenter step ${step}`)));
        }
        const help = async () => {
          await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
          await page.keyboard.press('?');
        };
        found.push(...(await auditDialog(page, help, t(lang, 'help.heading'), 'help overlay')));
      }
      expect(found, `axe violations (${mode}, ${theme}, ${lang}):\n${found.join('\n')}`).toEqual([]);
    });
  }
});
