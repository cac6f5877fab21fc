/**
 * Classroom: after one visit the site works with the network off (service worker), and
 * inside a host page it registers nothing.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect as baseExpect, test, CORE } from './fixtures';
import { openReady, readyOn, SLOW_MS, SPEC_TIMEOUT_MS } from './classroom-helpers';
import { openHost } from './embed-host';

const DIST = process.env.PW_DIST ?? 'dist';

/** Waits until a service worker is active and controls the page. */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null), { timeout: SLOW_MS }).toBe('activated');
}


test.describe.configure({ timeout: SPEC_TIMEOUT_MS });
// A loaded shared machine renders slowly: assertions wait longer than the default.
const expect = baseExpect.configure({ timeout: 60_000 });
test.describe('offline', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
  });

  test('after the first visit the site reloads and reaches ready with the network off', CORE, async ({ page, context }) => {
    await openReady(page, '?step=4');
    await controlled(page);
    await context.setOffline(true);
    try {
      await page.reload();
      await readyOn(page, 4);
      await expect(page.locator('.port-inset .inset-land')).toHaveAttribute('d', /M/);
      // Lazily loaded parts come from the cache too.
      await page.getByRole('button', { name: 'Sources & method' }).click();
      await expect(page.getByRole('dialog')).toContainText('Method');
      await page.keyboard.press('Escape');
      // A deep link in presenter mode, and another step, offline.
      await page.goto('./?present=1&step=9');
      await readyOn(page, 9);
      await expect(page.locator('.app.is-present')).toBeVisible();
    } finally {
      await context.setOffline(false);
    }
  });

  test('precaches what the app uses, in a cache named by the build, and not every font subset', async ({ page }) => {
    await openReady(page);
    await controlled(page);
    const { names, urls } = await page.evaluate(async () => {
      const names = await caches.keys();
      const urls: string[] = [];
      for (const n of names) for (const r of await (await caches.open(n)).keys()) urls.push(new URL(r.url).pathname);
      return { names, urls };
    });
    const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
    const version = /serviceWorkerMain\(self, "([0-9a-f]{12})"/.exec(sw)?.[1];
    expect(version).toBeTruthy();
    expect(names).toEqual([`shell-route-${version}`]);
    const assets = readdirSync(join(DIST, 'assets'));
    for (const f of assets.filter((a) => /\.(js|css|json)$/.test(a))) expect(urls, f).toContain(`/assets/${f}`);
    const krAll = assets.filter((a) => /^noto-sans-kr-.*\.woff2$/.test(a));
    const krCached = urls.filter((u) => /\/noto-sans-kr-.*\.woff2$/.test(u));
    expect(krCached.length).toBeGreaterThan(0);
    // Noto Sans KR is cut at build time to the app's own characters (scripts/build/font-subset.ts):
    // every cut is needed offline, and all of them together stay small.
    expect([...krCached].sort()).toEqual(krAll.map((a) => `/assets/${a}`).sort());
    const krBytes = krAll.reduce((n, a) => n + statSync(join(DIST, 'assets', a)).size, 0);
    expect(krBytes).toBeLessThan(120_000);
    expect(urls.some((u) => u.endsWith('.woff'))).toBe(false);
    // Every font file the page actually fetched is precached (the Korean label cuts included).
    const fetched = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((p) => /\.woff2?$/.test(p)),
    );
    expect(fetched.some((f) => /noto-sans-kr/.test(f))).toBe(true);
    for (const f of fetched) expect(urls, f).toContain(f);
    expect(urls).toContain('/');
  });

  test('inside a host page no service worker is registered', async ({ page, baseURL }) => {
    const frame = await openHost(page, baseURL, { query: 'embed=1&step=2', width: 640, height: 480 });
    await frame.waitForFunction(() => ['ready', 'fallback'].includes(document.documentElement.dataset.mapState ?? ''), null, { timeout: SLOW_MS });
    await page.waitForTimeout(1500);
    const regs = await frame.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
    expect(regs).toBe(0);
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  });
});
