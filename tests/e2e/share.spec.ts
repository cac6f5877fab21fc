/**
 * "Share this step" (#22 item 3, the Share control): the system share sheet where the
 * browser has one, else the link is copied, else shown to copy by hand. The link opens the
 * full page at that step in the reader's language.
 */
import { CORE, expect, gotoReady, test } from './fixtures';

test.describe('share a step', () => {
  test('copies the link to the step where there is no share sheet, and the link opens that step', CORE, async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    await page.addInitScript(() => {
      // Headless Chromium on Linux has no share sheet; make sure of it.
      Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true });
    });
    await gotoReady(page, '?step=6&lang=uk');
    const card = page.locator('#step-card');
    await card.getByRole('button', { name: 'Поділитися кроком' }).click();
    await expect(card.getByRole('status').last()).toHaveText('Посилання на цей крок скопійовано.');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const u = new URL(link);
    expect(u.searchParams.get('step')).toBe('6');
    expect(u.searchParams.get('lang')).toBe('uk');
    await gotoReady(page, `${u.search}`);
    expect(await page.evaluate(() => document.documentElement.dataset.step)).toBe('6');
  });

  test('uses the share sheet where there is one, with the step title and link', async ({ page }) => {
    await page.addInitScript(() => {
      const calls: ShareData[] = [];
      (window as unknown as { __shares: ShareData[] }).__shares = calls;
      Object.defineProperty(Navigator.prototype, 'share', { value: (d: ShareData) => (calls.push(d), Promise.resolve()), configurable: true });
    });
    await gotoReady(page, '?step=3');
    await page.locator('#step-card').getByRole('button', { name: 'Share this step' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __shares: ShareData[] }).__shares.length)).toBe(1);
    const shared = await page.evaluate(() => (window as unknown as { __shares: ShareData[] }).__shares[0]!);
    expect(shared.title).toBe(await page.locator('#step-title').textContent());
    expect(new URL(shared.url!).searchParams.get('step')).toBe('3');
  });

  test('shows the link to copy by hand when the clipboard is refused', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true });
      Object.defineProperty(Navigator.prototype, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
    });
    await gotoReady(page, '?step=2');
    const card = page.locator('#step-card');
    await card.getByRole('button', { name: 'Share this step' }).click();
    const input = card.getByRole('textbox', { name: 'Link to this step' });
    await expect(input).toBeVisible();
    expect(new URL(await input.inputValue()).searchParams.get('step')).toBe('2');
  });
});
