/**
 * Themes that suit the host (#22 item 4): the full page follows the reader's light or dark
 * setting (theme=auto, its default) and changes with it; an embed is light unless its host
 * asks with ?theme= or a shellroute:theme message; "more contrast" picks the high-contrast
 * theme. Every theme passes axe's colour-contrast rule (WCAG AA).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { CORE, expect, gotoReady, test } from './fixtures';
import { frameReady, openHost } from './embed-host';

const theme = (page: Page) => page.locator('html');

/** axe's colour-contrast rule on the page (and its frames): no violations, and it checked real text. */
async function expectContrastAA(page: Page, where: string): Promise<void> {
  const r = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
  expect(r.passes.length + r.incomplete.length, `${where}: the rule checked something`).toBeGreaterThan(0);
  expect(r.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`)), where).toEqual([]);
}

test.describe('themes', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
  });

  test('the full page follows the reader\'s dark setting, live, and stays AA; an embed stays light', CORE, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await gotoReady(page, '?step=3');
    await expect(theme(page)).toHaveAttribute('data-theme', 'dark');
    await expectContrastAA(page, 'full page, dark setting');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(theme(page)).toHaveAttribute('data-theme', 'light');
    await expectContrastAA(page, 'full page, light setting');
    // ?theme= wins over the setting.
    await page.emulateMedia({ colorScheme: 'dark' });
    await gotoReady(page, '?step=3&theme=light');
    await expect(theme(page)).toHaveAttribute('data-theme', 'light');
    // An embed is light whatever the reader's setting, unless the host asks for auto.
    await gotoReady(page, '?embed=1&step=3');
    await expect(theme(page)).toHaveAttribute('data-theme', 'light');
    await gotoReady(page, '?embed=1&step=3&theme=auto');
    await expect(theme(page)).toHaveAttribute('data-theme', 'dark');
  });

  test('"more contrast" picks the high-contrast theme', async ({ page }) => {
    await page.emulateMedia({ contrast: 'more', colorScheme: 'dark' });
    await gotoReady(page, '?step=5');
    await expect(theme(page)).toHaveAttribute('data-theme', 'contrast');
    await expectContrastAA(page, 'more contrast');
  });

  test('a host switches an embed\'s theme with shellroute:theme; a bad theme is noted and ignored', async ({ page, baseURL }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const frame = await openHost(page, baseURL, { query: 'embed=1&step=4', width: 640, height: 480 });
    await frameReady(frame, ['ready']);
    const frameTheme = () => frame.evaluate(() => document.documentElement.dataset.theme);
    expect(await frameTheme()).toBe('light');
    const notes: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'info') notes.push(m.text());
    });
    const send = (data: unknown) => page.evaluate((d) => (document.getElementById('embed') as HTMLIFrameElement).contentWindow!.postMessage(d, '*'), data);
    await send({ type: 'shellroute:theme', theme: 'dark' });
    await expect.poll(frameTheme).toBe('dark');
    await expectContrastAA(page, 'embed, dark by host command');
    await send({ type: 'shellroute:theme', theme: 'neon' });
    await expect.poll(() => notes.some((n) => n.includes('shellroute:theme'))).toBe(true);
    expect(await frameTheme()).toBe('dark');
    await send({ type: 'shellroute:theme', theme: 'contrast' });
    await expect.poll(frameTheme).toBe('contrast');
    expect(await frame.evaluate(() => document.documentElement.dataset.mapState)).not.toBe('error');
  });

  test('the embed dialog offers every theme, light first for an embed', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await gotoReady(page, '?step=2');
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this map' });
    await expect(dialog).toBeVisible({ timeout: 30_000 });
    const select = dialog.getByLabel('Theme');
    await expect(select).toHaveValue('light');
    expect(await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(['auto', 'light', 'dark', 'contrast']);
    await select.selectOption('auto');
    await expect(dialog.getByLabel('Embed code')).toHaveValue(/theme=auto/);
  });
});
