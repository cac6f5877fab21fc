/**
 * The static fallback, in a Chromium started without WebGL (--disable-webgl
 * --disable-3d-apis): the full page and an embedded frame still show the step on a
 * static SVG map, and the timeline and host commands still drive it.
 */
import { mkdirSync } from 'node:fs';
import { test, expect, CORE } from './fixtures';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/browser/chromium';
import { CHILD_ID, SCREENS, TOTAL, frameReady, isObj, messages, openHost, stepEvents } from './embed-host';

test.use({
  launchOptions: { executablePath: findChromium() ?? '/usr/bin/chromium', args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis'] },
});
test.describe.configure({ timeout: 150_000 });
test.beforeAll(() => mkdirSync(SCREENS, { recursive: true }));
test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test.describe('without WebGL (Chromium started with --disable-webgl --disable-3d-apis)', () => {
  test('the full page shows the static map with the step content, and the timeline redraws it', CORE, async ({ page }) => {
    await page.goto('./?step=3&map=detailed');
    expect(await page.evaluate(() => !!document.createElement('canvas').getContext('webgl2') || !!document.createElement('canvas').getContext('webgl'))).toBe(false);
    await expect(page.locator('html')).toHaveAttribute('data-map-state', 'fallback');
    const svg = page.locator('.static-map-svg');
    await expect(svg).toBeVisible();
    await expect(page.locator('.static-caption')).toContainText('Static map');
    await expect(page.locator('#step-title')).toHaveText(/\S/);
    await expect(page.locator('.static-leg[data-mode="sea"]')).not.toHaveCount(0);
    await expect(page.locator('.static-leg[data-mode="rail"]').first()).toHaveAttribute('stroke-dasharray', /\d/);
    await expect(page.locator('.map canvas')).toHaveCount(0);
    // Land is drawn from the basemap files.
    await expect.poll(() => page.locator('.static-map-svg path').first().getAttribute('d').then((d) => d?.length ?? 0)).toBeGreaterThan(1000);
    await page.screenshot({ path: `${SCREENS}/fallback-full-step3.png` });

    const title3 = await page.locator('#step-title').textContent();
    await page.getByRole('slider').fill('10');
    await expect(page.locator('.static-map')).toHaveAttribute('data-step', '10');
    await expect(page.locator('#step-title')).not.toHaveText(title3!);
    await expect(page.locator('.static-leg[data-mode="air"]')).toHaveCount(1);
    await expect(page.locator('.static-leg[data-mode="sea"]')).toHaveCount(0);
    await page.screenshot({ path: `${SCREENS}/fallback-full-step10.png` });
  });

  for (const [w, h] of [
    [320, 480],
    [640, 480],
  ] as const) {
    test(`a ${w}×${h} embedded frame falls back too, says ready, and still takes goto commands`, async ({ page, baseURL }) => {
      await page.setViewportSize({ width: w, height: h + 100 });
      const frame = await openHost(page, baseURL, { query: `embed=1&step=5&childId=${CHILD_ID}&map=detailed`, width: w, height: h });
      expect(await frameReady(frame)).toBe('fallback');
      await expect(frame.locator('.static-map-svg')).toBeVisible();
      await expect(frame.locator('.embed-title')).toHaveText(/\S/);
      await expect.poll(async () => (await messages(page)).filter((m) => isObj(m) && m.type === 'shellroute:ready')).toHaveLength(1);
      await page.evaluate(() => (document.getElementById('embed') as HTMLIFrameElement).contentWindow!.postMessage({ type: 'shellroute:goto', step: 9 }, '*'));
      await expect(frame.locator('.static-map')).toHaveAttribute('data-step', '9');
      await expect.poll(async () => stepEvents(await messages(page))).toEqual([{ type: 'shellroute:step', step: 9, total: TOTAL }]);
      const box = await frame.evaluate(() => ({ sh: document.documentElement.scrollHeight, ch: document.documentElement.clientHeight }));
      expect(box.sh).toBeLessThanOrEqual(box.ch);
      await page.screenshot({ path: `${SCREENS}/fallback-embed-${w}x${h}.png` });
    });
  }
});
