/**
 * Languages in the browser, on a 390 × 844 phone: for English, Korean, Ukrainian and
 * Russian (via ?lang=) on the overview and steps 3, 9 and 10, <html lang> follows, the
 * step heading is the translated title, and no text overflows (definition below). The
 * language switch changes the card and <html lang> and keeps the step; without ?lang= the
 * browser's languages pick the default; in embed mode the switch is not shown.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, gotoReady, test, waitReady, CORE } from './fixtures';
import transfersJson from '../../data/transfers.json' with { type: 'json' };
import enJson from '../../src/i18n/en.json' with { type: 'json' };
import koJson from '../../src/i18n/ko.json' with { type: 'json' };
import ukJson from '../../src/i18n/uk.json' with { type: 'json' };
import ruJson from '../../src/i18n/ru.json' with { type: 'json' };

// Generous: two cores and software WebGL, often shared with other jobs.
test.describe.configure({ timeout: 180_000 });

type Lang = 'en' | 'ko' | 'uk' | 'ru';
const LANGS: Lang[] = ['en', 'ko', 'uk', 'ru'];
const UI: Record<Lang, Record<string, string>> = { en: enJson, ko: koJson, uk: ukJson, ru: ruJson };
const STEPS = [0, 3, 9, 10];
const SCREENS = 'test-results/screens';

function titleOf(step: number, lang: Lang): string {
  const tr = transfersJson.transfers.find((x) => x.step === step);
  if (!tr) throw new Error(`no transfer for step ${step}`);
  return (tr.title as Record<Lang, string>)[lang];
}

const headingOf = (step: number, lang: Lang): string => (step === 0 ? UI[lang]['overview.heading']! : titleOf(step, lang));
const cardHeading = (page: Page) => page.locator('#step-card').getByRole('heading', { level: 2 });
const langSwitch = (page: Page) => page.locator('.masthead').getByRole('combobox');

/** One overflow found on the page, described for the failure message. */
interface Overflow {
  kind: string;
  what: string;
  by: number;
}

/**
 * Overflow, as this test defines it:
 *  1. the page scrolls sideways (document wider than the viewport);
 *  2. an element inside .app that clips or scrolls (overflow-x hidden, clip, auto or scroll)
 *     has content wider than its box (scrollWidth > clientWidth + 1), so text is cut or
 *     needs a sideways scroll;
 *  3. a rendered line of a text node sticks out, left or right, of its block container
 *     (the nearest ancestor that is not display: inline*) or of the viewport.
 * Skipped: things not rendered (display: none, visibility: hidden, inside a closed
 * <details>), visually-hidden labels (clipped to 1 px or parked at left: -9999px on
 * purpose), the map canvas, and text scrolled out of view vertically (a card that
 * scrolls is fine).
 * Tolerance 1 px for sub-pixel rounding.
 */
async function findOverflows(page: Page): Promise<Overflow[]> {
  return page.evaluate(() => {
    const out: { kind: string; what: string; by: number }[] = [];
    const vw = document.documentElement.clientWidth;
    const describe = (el: Element): string => {
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls}`;
    };
    const pageOver = document.documentElement.scrollWidth - vw;
    if (pageOver > 1) out.push({ kind: 'page scrolls sideways', what: 'html', by: pageOver });

    const app = document.querySelector('.app');
    if (!app) return [{ kind: 'no .app', what: '', by: 0 }];
    const hidden = (el: Element): boolean => {
      // display: none, visibility: hidden, or inside a closed <details> (content-visibility).
      if (!el.checkVisibility({ visibilityProperty: true })) return true;
      for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) {
        const cs = getComputedStyle(e);
        if (cs.display === 'none' || cs.visibility === 'hidden') return true;
        const r = e.getBoundingClientRect();
        // Visually hidden (sr-only) text: clipped to a 1 px box, or parked far off-screen.
        if (cs.position === 'absolute' && r.width <= 1 && r.height <= 1) return true;
        if ((cs.position === 'absolute' || cs.position === 'fixed') && (r.right < -1000 || r.left > vw + 1000)) return true;
        if (e.classList.contains('maplibregl-canvas-container')) return true;
      }
      return false;
    };

    // A chart or data table may scroll sideways on a phone (WCAG 1.4.10 exempts two-dimensional
    // content) when it is a named, keyboard-focusable scroll region: its contents are not overflow.
    const scrollRegion = (el: Element) => el.closest('[role="region"][tabindex="0"]') !== null;
    for (const el of app.querySelectorAll('*')) {
      const cs = getComputedStyle(el);
      if (!['hidden', 'clip', 'auto', 'scroll'].includes(cs.overflowX)) continue;
      if (hidden(el) || el.closest('.maplibregl-canvas-container') || scrollRegion(el)) continue;
      const over = el.scrollWidth - el.clientWidth;
      if (over > 1) out.push({ kind: `content wider than its ${cs.overflowX} box`, what: describe(el), by: over });
    }

    const blockOf = (node: Node): Element | null => {
      for (let e = node.parentElement; e; e = e.parentElement) if (!getComputedStyle(e).display.startsWith('inline')) return e;
      return null;
    };
    const walker = document.createTreeWalker(app, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim();
      if (!text || !n.parentElement || hidden(n.parentElement) || scrollRegion(n.parentElement)) continue;
      const block = blockOf(n);
      if (!block) continue;
      const box = block.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) {
        if (r.width === 0 || r.height === 0) continue;
        const sticks = Math.max(box.left - r.left, r.right - box.right);
        const offScreen = Math.max(-r.left, r.right - vw);
        const what = `"${text.slice(0, 40)}" in ${describe(block)}`;
        if (sticks > 1) out.push({ kind: 'text beyond its block', what, by: Math.round(sticks) });
        else if (offScreen > 1) out.push({ kind: 'text beyond the viewport', what, by: Math.round(offScreen) });
      }
    }
    return out;
  });
}

async function open(page: Page, lang: Lang, step: number): Promise<void> {
  await gotoReady(page, `?lang=${lang}${step ? `&step=${step}` : ''}`);
  await waitReady(page, step);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

test.describe('each language at 390 × 844', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
  });

  for (const lang of LANGS) {
    for (const step of STEPS) {
      const where = step === 0 ? 'overview' : `step ${step}`;
      test(`${lang}, ${where}: <html lang>, translated heading, no overflow`, async ({ page }) => {
        await open(page, lang, step);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(cardHeading(page)).toHaveText(headingOf(step, lang));
        await expect(page.locator('.masthead h1')).toHaveText(UI[lang]['title']!);
        const overflows = await findOverflows(page);
        expect(overflows, `${lang} ${where}: ${JSON.stringify(overflows, null, 1)}`).toEqual([]);
        if (step === 3) {
          mkdirSync(SCREENS, { recursive: true });
          await page.screenshot({ path: `${SCREENS}/lang-${lang}-step3-390x844.png` });
          // The masthead's menus must fit too once opened (long labels in uk and ru).
          const menu = page.locator('.masthead details > summary');
          for (let i = 0; i < (await menu.count()); i++) {
            await menu.nth(i).click();
            const open = await findOverflows(page);
            expect(open, `${lang}, menu ${i} open: ${JSON.stringify(open, null, 1)}`).toEqual([]);
            await page.keyboard.press('Escape');
          }
        }
      });
    }
  }

  test('the sources dialog does not overflow in Russian and Korean', async ({ page }) => {
    for (const lang of ['ru', 'ko'] as const) {
      await open(page, lang, 3);
      await page.locator('.masthead').getByRole('button', { name: UI[lang]['sources.button']! }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(UI[lang]['sources.heading']!);
      const overflows = await findOverflows(page);
      expect(overflows, JSON.stringify(overflows, null, 1)).toEqual([]);
    }
  });
});

test.describe('the language switch', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
  });

  test('is a native select labelled "Language" in the UI language, options in their own language', async ({ page }) => {
    await open(page, 'uk', 3);
    const select = page.getByRole('combobox', { name: UI.uk['lang.label']! });
    await expect(select).toHaveValue('uk');
    await expect(select.locator('option')).toHaveText(['English', '한국어', 'Українська', 'Русский']);
    await expect(select.locator('option[value="ko"]')).toHaveAttribute('lang', 'ko');
  });

  test('changes the card text and <html lang> and keeps the step', CORE, async ({ page }) => {
    await open(page, 'en', 3);
    await expect(cardHeading(page)).toHaveText(titleOf(3, 'en'));
    for (const lang of ['ru', 'ko', 'uk', 'en'] as const) {
      await langSwitch(page).selectOption(lang);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(cardHeading(page)).toHaveText(titleOf(3, lang));
      await expect(page.locator('#step-card .eyebrow')).toHaveText(
        `${UI[lang]['stepN']!.replace('{n}', '3').replace('{total}', '10')} · ${UI[lang]['record.photograph']!}`,
      );
      await expect(page.locator('html')).toHaveAttribute('data-step', '3');
      expect(new URL(page.url()).searchParams.get('step')).toBe('3');
      expect(new URL(page.url()).searchParams.get('lang')).toBe(lang);
    }
    // The choice survives a reload (it is in the URL) and stepping on.
    await langSwitch(page).selectOption('ru');
    await page.reload();
    await waitReady(page, 3);
    await expect(cardHeading(page)).toHaveText(titleOf(3, 'ru'));
    await page.getByRole('button', { name: UI.ru['timeline.next']! }).click();
    await waitReady(page, 4);
    await expect(cardHeading(page)).toHaveText(titleOf(4, 'ru'));
  });

  test('is not shown in embed mode (the host picks the language with ?lang=)', async ({ page }) => {
    await gotoReady(page, '?embed=1&lang=ko&step=3');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.getByRole('combobox', { name: UI.ko['lang.label']! })).toHaveCount(0);
    await expect(page.locator('.lang-switch')).toHaveCount(0);
  });
});

test.describe('the default language without ?lang=', () => {
  test.describe('a Ukrainian browser', () => {
    test.use({ locale: 'uk-UA' });
    test('opens in Ukrainian', async ({ page }) => {
      await gotoReady(page, '?step=9');
      await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
      await expect(cardHeading(page)).toHaveText(titleOf(9, 'uk'));
    });
    test('still obeys ?lang=', async ({ page }) => {
      await gotoReady(page, '?step=9&lang=ko');
      await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    });
  });

  test.describe('a German browser', () => {
    test.use({ locale: 'de-DE' });
    test('falls back to English', async ({ page }) => {
      await gotoReady(page);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(cardHeading(page)).toHaveText(UI.en['overview.heading']!);
    });
  });
});

test.describe('dates through Intl', () => {
  test('the time axis names the months in the UI language', async ({ page }) => {
    await gotoReady(page, '?lang=ko');
    await expect(page.locator('.axis-months span').first()).toHaveText('8월');
    await gotoReady(page, '?lang=ru');
    await expect(page.locator('.axis-months span').first()).toHaveText(/^авг/);
  });
});
