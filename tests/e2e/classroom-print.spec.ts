/**
 * Classroom: printing gives a handout of four to five pages (A4 and Letter): the overview
 * map, the ten steps as a table with certainty and sources, the method notes with the later
 * estimates, the sources and the corrections log.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect as baseExpect, test, CORE } from './fixtures';
import { openReady, pdfPageCount, SPEC_TIMEOUT_MS, TEACH_OUT } from './classroom-helpers';
import transfersJson from '../../data/transfers.json' with { type: 'json' };
import sourcesJson from '../../data/sources.json' with { type: 'json' };

const TRANSFERS = transfersJson.transfers;

async function handoutReady(page: Page): Promise<void> {
  await expect(page.locator('.handout')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await page.evaluate(() => document.fonts.ready);
}


test.describe.configure({ timeout: SPEC_TIMEOUT_MS });
// A loaded shared machine renders slowly: assertions wait longer than the default.
const expect = baseExpect.configure({ timeout: 60_000 });
test.describe('print handout', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
  });

  test('is hidden on screen and is all there is in print', async ({ page }) => {
    await openReady(page, '?step=6');
    await handoutReady(page);
    await expect(page.locator('.handout')).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    const handout = page.locator('.handout');
    await expect(handout).toBeVisible();
    await expect(page.locator('.map-frame')).toBeHidden();
    await expect(page.locator('.masthead')).toBeHidden();
    // Page 1: the overview map (every leg, by mode) and the headline facts.
    const map = handout.locator('.handout-map-svg');
    await expect(map).toBeVisible();
    for (const mode of ['sea', 'rail', 'air', 'front']) expect(await map.locator(`path[data-mode="${mode}"]`).count(), mode).toBeGreaterThan(0);
    await expect(handout).toContainText('The NIS’s estimate: more than 1 million artillery shells');
    await expect(handout).toContainText('never split per transfer');
    // Page 2: the ten steps with certainty marks and sources.
    const rows = handout.locator('.handout-table tbody tr');
    await expect(rows).toHaveCount(10);
    for (const [i, tr] of TRANSFERS.entries()) {
      const row = rows.nth(i);
      await expect(row).toContainText(tr.title.en);
      await expect(row).toContainText(tr.window.label.en);
      // When, how, route and vessel, and where the cargo went onward when the step says.
      await expect(row.locator('.handout-mark')).toHaveCount(tr.onward.value === null ? 4 : 5);
    }
    await expect(handout.locator('.handout-key')).toContainText('● reported');
    await expect(rows.nth(2).locator('.handout-sources')).toContainText(/\d{4}-\d{2}-\d{2}/);
    // Page 3: the method notes and the sources.
    await expect(handout.locator('.handout-method')).toContainText('rail corridor is illustrative');
    await expect(handout.locator('.handout-method')).toContainText('Step placement is editorial');
    await expect(handout.locator('.handout-source-list li')).toHaveCount(sourcesJson.sources.length);
  });

  for (const format of ['A4', 'Letter'] as const) {
    test(`prints to 4–5 ${format} pages`, format === 'A4' ? CORE : {}, async ({ page }) => {
      await openReady(page, '?step=3');
      await handoutReady(page);
      const pdf = await page.pdf({ format, printBackground: true });
      writeFileSync(`${TEACH_OUT}/handout-${format}.pdf`, pdf);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pages = pdfPageCount(pdf);
      // Overview and map; the ten steps; method and the later estimates; sources and corrections
      // (Letter, shorter than A4, runs the estimates table onto a fifth page).
      expect(pages).toBeGreaterThanOrEqual(4);
      expect(pages).toBeLessThanOrEqual(5);
    });
  }

  test('looks right as a page image (screenshot of the print layout)', async ({ page }) => {
    await page.setViewportSize({ width: 794, height: 1123 });
    await openReady(page);
    await handoutReady(page);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `${TEACH_OUT}/handout-print.png`, fullPage: true });
  });
});
