/** Classroom: an unattended display (?autoplay=1&loop=1) plays every step and starts again, pausing on the overview. */
import { expect as baseExpect, test } from './fixtures';
import { SPEC_TIMEOUT_MS } from './classroom-helpers';


test.describe.configure({ timeout: SPEC_TIMEOUT_MS });
// A loaded shared machine renders slowly: assertions wait longer than the default.
const expect = baseExpect.configure({ timeout: 60_000 });
test('?autoplay=1&loop=1 plays through the last step, pauses on the overview and starts again', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.addInitScript(() => {
    const log: { at: number; step: string }[] = [];
    (window as unknown as { __steps: typeof log }).__steps = log;
    new MutationObserver(() => {
      const s = document.documentElement?.dataset.step;
      if (s !== undefined && log[log.length - 1]?.step !== s) log.push({ at: performance.now(), step: s });
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-step'] });
  });
  await page.goto('./?autoplay=1&loop=1&present=1&step=9');
  await expect(page.locator('.app.is-present')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-step', '1', { timeout: 240_000 });
  const log = await page.evaluate(() => (window as unknown as { __steps: { at: number; step: string }[] }).__steps);
  const steps = log.map((e) => e.step);
  expect(steps.slice(-4)).toEqual(['9', '10', '0', '1']);
  const at = (s: string) => log.find((e) => e.step === s)!.at;
  // Each step holds 7 s; the overview 5 s before the loop starts again. (Timestamps come
  // from a mutation observer, which a busy main thread can delay by a few hundred ms.)
  expect(at('0') - at('10')).toBeGreaterThan(6000);
  expect(at('1') - at('0')).toBeGreaterThan(3500);
  expect(at('1') - at('0')).toBeLessThan(at('0') - at('10'));
});
