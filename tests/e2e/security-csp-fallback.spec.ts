/**
 * CSP and privacy on the static fallback (issue 7, reqs 6 and 7), in a Chromium started
 * without WebGL (its own browser, like embed-fallback.spec.ts); see security-csp.spec.ts.
 */
import { test, expect } from './fixtures';
import { frameReady, openHost } from './embed-host';
import { expectNoViolations, expectNothingStored, installProbes } from './random-helpers';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/browser/chromium';

test.use({
  launchOptions: { executablePath: findChromium() ?? '/usr/bin/chromium', args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis'] },
});
test.describe.configure({ timeout: 360_000 });
const SLOW = 180_000;

test('the static map, its timeline, the Sources dialog, print and an embedded fallback frame: zero CSP violations, nothing stored', async ({ page, context, baseURL }) => {
  await installProbes(context);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?step=3&map=detailed');
  await expect(page.locator('html')).toHaveAttribute('data-map-state', 'fallback', { timeout: SLOW });
  await expect(page.locator('.static-map-svg path').first()).toHaveAttribute('d', /.{100}/, { timeout: 60_000 });
  await page.locator('input.slider').fill('9');
  await expect(page.locator('.static-map')).toHaveAttribute('data-step', '9');
  await page.getByRole('button', { name: 'Sources & method' }).click();
  await page.keyboard.press('Escape');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.handout')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  await page.emulateMedia({ media: 'screen' });
  await expectNoViolations([page], 'fallback');
  await expectNothingStored(context, [page], 'fallback');

  const frame = await openHost(page, baseURL, { query: 'embed=1&step=6&map=detailed', width: 640, height: 480 });
  expect(await frameReady(frame)).toBe('fallback');
  await expect(frame.locator('.static-map-svg')).toBeVisible();
  await expectNoViolations([page, frame], 'embedded fallback');
  await expectNothingStored(context, [page, frame], 'embedded fallback');
});
