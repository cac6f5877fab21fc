/**
 * A file that does not arrive: when the app's own script fails to load (a bad network in a
 * classroom), the page does not sit on "Loading map…". The load guard (src/env/load-guard.ts)
 * shows the step's text, says the files did not arrive, and offers Try again, which works once
 * the network is back.
 */
import { expect, test, waitReady } from './fixtures';
import enJson from '../../src/i18n/en.json' with { type: 'json' };
import { realData } from '../fixtures/data';

test('the app\'s script fails to arrive: the step\'s text, why, and a Try again that works', async ({ page, offences }) => {
  let block = true;
  await page.route(/\/assets\/index-[^/]+\.js$/, (route) => (block ? route.abort('connectionfailed') : route.fallback()));
  await page.goto('./?step=7');
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.mapState), { timeout: 10_000 }).toBe('error');
  const notice = page.locator('.load-notice');
  await expect(notice).toBeVisible();
  const tr = realData().transfers.transfers.find((x) => x.step === 7)!;
  await expect(notice.locator('h1')).toHaveText(tr.title.en);
  await expect(notice).toContainText(enJson['guard.network']);
  await expect(notice).not.toContainText(enJson['guard.message']);
  // On the full page there is nowhere else to open: the way on is to try again.
  await expect(notice.getByRole('link')).toHaveCount(0);
  block = false;
  await notice.getByRole('button', { name: enJson['guard.retry'] }).click();
  await waitReady(page, 7);
  await expect(page.locator('.load-notice')).toHaveCount(0);
  // The refused script is on the console as a failed load; nothing else.
  expect(offences.consoleErrors.filter((e) => !/^Failed to load resource: net::ERR_CONNECTION_FAILED/.test(e))).toEqual([]);
  offences.consoleErrors.splice(0);
  expect(offences.pageErrors).toEqual([]);
});
