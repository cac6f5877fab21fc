/**
 * Content Security Policy and privacy in every mode (issue 7, reqs 6 and 7).
 *
 * index.html carries a strict CSP meta tag. An init script in every page and frame records
 * `securitypolicyviolation` events; each test walks a set of modes and then expects none:
 *  - the reader page: steps, the Sources, Embed (with its live preview frame) and keys
 *    dialogs, print (emulated print media), Save image, presenter mode with notes, and the
 *    speaker view it opens; the offline service worker still registers and fills its cache;
 *  - the embed, framed by a host article page, driven by a host command;
 *  - the static fallback, in a Chromium without WebGL: security-csp-fallback.spec.ts (its own browser).
 * The same walks check privacy: no cookie (document.cookie and the context's cookie jar),
 * nothing in localStorage, sessionStorage or IndexedDB. Cache Storage holds only the offline
 * worker's own cache (shell-route-*), which is the offline feature, not tracking. The fixture
 * adds: no console error (Chromium also logs CSP violations there), no off-origin request.
 */
import { readFileSync } from 'node:fs';
import { test, expect, waitReady, CORE } from './fixtures';
import { frameReady, openHost } from './embed-host';
import { expectNoViolations, expectNothingStored, installProbes, stored } from './random-helpers';

test.describe.configure({ timeout: 360_000 });
const SLOW = 180_000;

test('the CSP meta tag is strict: no inline script, no unsafe-eval, default-src self, and no frame-ancestors (a header only)', CORE, () => {
  const html = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
  const m = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  expect(m, 'index.html has a CSP meta tag').not.toBeNull();
  const policy = new Map(
    m![1]!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map((d) => [d[0]!, d.slice(1)]),
  );
  expect(policy.get('default-src')).toEqual(["'self'"]);
  expect(policy.get('script-src')).toEqual(["'self'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'none'"]);
  expect(policy.get('form-action')).toEqual(["'none'"]);
  for (const [name, values] of policy) {
    expect(values, `${name} allows no inline code or eval`).not.toContain("'unsafe-eval'");
    if (name !== 'style-src') expect(values, `${name}`).not.toContain("'unsafe-inline'");
    expect(values, `${name} allows no wildcard`).not.toContain('*');
  }
  expect(policy.has('frame-ancestors'), 'frame-ancestors is ignored in a meta tag: the README asks hosts for a header').toBe(false);
  expect(/<script(?![^>]*\bsrc=)[^>]*>/.test(html), 'no inline script in index.html').toBe(false);
  expect(/<meta\s+name="referrer"\s+content="no-referrer"/.test(html), 'a referrer policy').toBe(true);
});

test('reader, dialogs, print, Save image, presenter and speaker view: zero CSP violations, nothing stored, offline worker registered', async ({ page, context }) => {
  await installProbes(context);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?step=2');
  await waitReady(page, 2, SLOW);
  await page.keyboard.press('ArrowRight');
  await waitReady(page, 3, SLOW);

  // The offline worker registers (after the map settles) and precaches.
  const sw = await page.evaluate(() =>
    Promise.race([
      navigator.serviceWorker.ready.then((r) => r.active?.scriptURL ?? 'no active worker'),
      new Promise<string>((res) => setTimeout(() => res('timed out'), 60_000)),
    ]),
  );
  expect(sw).toMatch(/\/sw\.js$/);

  // Dialogs: Sources, Embed (its preview frame boots a second copy of the app), keys help.
  await page.getByRole('button', { name: 'Sources & method' }).click();
  await expect(page.locator('dialog.sources')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const preview = page.frameLocator('.embed-preview iframe');
  await expect(preview.locator('.skip-link')).toHaveCount(1, { timeout: SLOW });
  const previewFrame = page.frames().find((f) => f !== page.mainFrame())!;
  await previewFrame.waitForFunction(() => ['ready', 'fallback'].includes(document.documentElement.dataset.mapState ?? ''), null, { timeout: SLOW });
  await expectNoViolations([previewFrame], 'embed preview');
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog[open]')).toHaveCount(0);
  await page.keyboard.press('?');
  await expect(page.locator('dialog.help-dialog')).toBeVisible();
  await page.keyboard.press('Escape');

  // Print: the handout draws its own vector map.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.handout')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  await page.emulateMedia({ media: 'screen' });

  // Save image (the export chunk loads on the first click).
  const download = page.waitForEvent('download', { timeout: SLOW });
  const save = page.getByRole('button', { name: 'Save image' });
  if (!(await save.isVisible())) await page.locator('.teach-menu summary').click();
  await save.click();
  expect((await download).suggestedFilename()).toMatch(/^shell-route-step-03-.*\.png$/);

  // Presenter mode with notes, then the speaker view it opens.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('p');
  await expect(page.locator('.app')).toHaveClass(/is-present/);
  await page.keyboard.press('n');
  await waitReady(page, 3, SLOW);
  const popup = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Speaker view' }).click();
  const speaker = await popup;
  await speaker.waitForLoadState();
  await expect(speaker.locator('.speaker-now')).toBeVisible({ timeout: 60_000 });
  await speaker.keyboard.press('PageDown');
  await expect(page.locator('html')).toHaveAttribute('data-step', '4');
  await page.keyboard.press('Escape');

  await expectNoViolations([page, speaker], 'reader modes');
  await expectNothingStored(context, [page, speaker], 'reader modes');
  // The worker's cache is there (the offline feature) and is the only cache.
  const keys = (await stored(page)).caches;
  expect(keys.length, 'the offline cache exists').toBeGreaterThan(0);
});

test('embedded in a host article page: zero CSP violations in the frame, nothing stored', CORE, async ({ page, context, baseURL }) => {
  await installProbes(context);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 700, height: 600 });
  const frame = await openHost(page, baseURL, { query: 'embed=1&step=5', width: 640, height: 480 });
  await frameReady(frame);
  await page.evaluate(() => (document.getElementById('embed') as HTMLIFrameElement).contentWindow!.postMessage({ type: 'shellroute:goto', step: 8 }, '*'));
  await expect(frame.locator('html')).toHaveAttribute('data-step', '8');
  await frame.waitForFunction(() => document.documentElement.dataset.mapState === 'ready', null, { timeout: SLOW });
  await expectNoViolations([frame], 'embed');
  await expectNothingStored(context, [page, frame], 'embed');
  // No service worker inside a host page.
  expect(await frame.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
});
