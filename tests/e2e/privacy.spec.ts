/**
 * Privacy (issue 7, req 7), the parts the CSP walks (security-csp.spec.ts) do not cover:
 *  - changing a setting (the language) stores nothing: the choice lives in the URL (?lang=),
 *    so a reload or a shared link keeps it, and no cookie or storage key is written;
 *  - a frame sandboxed with allow-scripts only, where reading localStorage or
 *    document.cookie throws, still boots and takes host commands with no error.
 * The source scan in tests/privacy/storage.test.ts keeps storage APIs out of src/.
 */
import { test, expect, waitReady, CORE } from './fixtures';
import { frameReady, openHost } from './embed-host';
import { installProbes, readProbes } from './random-helpers';

test.describe.configure({ timeout: 300_000 });

test('switching the language writes no cookie and no storage: the choice is kept in the URL', CORE, async ({ page, context }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?step=2');
  await waitReady(page, 2, 180_000);
  await page.locator('.lang-switch select').selectOption('uk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('uk');
  const s = await page.evaluate(async () => ({
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    idb: (await indexedDB.databases()).length,
  }));
  expect(s).toEqual({ cookie: '', local: 0, session: 0, idb: 0 });
  expect(await context.cookies()).toEqual([]);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.locator('html')).toHaveAttribute('data-step', '2');
});

test('a sandboxed frame without storage (allow-scripts only) boots and obeys the host with no error and no CSP violation', async ({ page, context, baseURL }) => {
  await installProbes(context);
  // An opaque-origin frame fetches every file in CORS mode: emulate the header the README asks
  // hosts to send (Access-Control-Allow-Origin: *).
  const origin = new URL(baseURL ?? 'http://127.0.0.1:4173/').origin;
  await page.route(
    (url) => url.origin === origin && !url.pathname.endsWith('/__host.html'),
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'access-control-allow-origin': '*' } });
    },
  );
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 700, height: 600 });
  const frame = await openHost(page, baseURL, { query: 'embed=1&step=4', width: 640, height: 480, attrs: 'sandbox="allow-scripts"' });
  await frameReady(frame);
  // The premise: storage and cookies throw in this frame.
  const throws = await frame.evaluate(() => {
    const t = (f: () => unknown) => {
      try {
        f();
        return false;
      } catch {
        return true;
      }
    };
    return { local: t(() => localStorage.length), cookie: t(() => document.cookie) };
  });
  expect(throws).toEqual({ local: true, cookie: true });
  await page.evaluate(() => (document.getElementById('embed') as HTMLIFrameElement).contentWindow!.postMessage({ type: 'shellroute:goto', step: 9 }, '*'));
  await expect(frame.locator('html')).toHaveAttribute('data-step', '9');
  // The CSP's 'self' still matches the map's own files in an opaque-origin frame.
  expect((await readProbes(frame)).csp).toEqual([]);
});
