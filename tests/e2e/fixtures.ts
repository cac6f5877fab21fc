/**
 * The `test` every browser test uses. An automatic fixture watches the whole browser
 * context (pages, popups and their workers) and fails the test, after it has run, on:
 *  - any console message of type "error",
 *  - any uncaught page error,
 *  - any request that leaves the local origin (blob: and data: URLs are allowed:
 *    maplibre's worker is a blob URL).
 * Off-origin requests are also aborted, so a test never touches the network.
 */
import { test as base, expect, type Page } from '@playwright/test';

export { expect };

/** What went wrong during a test, as the fixture collected it. */
export interface Offences {
  consoleErrors: string[];
  pageErrors: string[];
  offOriginRequests: string[];
}

/** True for URLs a page of the site may load: the local origin, blob: and data:. */
export function isAllowedUrl(url: string, origin: string): boolean {
  if (url.startsWith('blob:') || url.startsWith('data:')) return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

function describe(offences: Offences): string {
  const parts: string[] = [];
  const list = (title: string, items: string[]) => {
    if (items.length) parts.push(`${title} (${items.length}):\n${items.map((s) => `  - ${s}`).join('\n')}`);
  };
  list('console errors', offences.consoleErrors);
  list('uncaught page errors', offences.pageErrors);
  list('requests off the local origin', offences.offOriginRequests);
  return parts.join('\n');
}

export const test = base.extend<{ offences: Offences }>({
  offences: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1:4173/').origin;
      const offences: Offences = { consoleErrors: [], pageErrors: [], offOriginRequests: [] };
      context.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        const loc = msg.location();
        const where = loc.url ? ` (${loc.url}:${loc.lineNumber})` : '';
        offences.consoleErrors.push(`${msg.text()}${where}`);
      });
      context.on('weberror', (err) => {
        const e = err.error();
        offences.pageErrors.push(e.stack ?? `${e.name}: ${e.message}`);
      });
      context.on('request', (req) => {
        if (!isAllowedUrl(req.url(), origin)) offences.offOriginRequests.push(`${req.method()} ${req.url()}`);
      });
      await context.route(
        (url) => !isAllowedUrl(url.href, origin),
        (route) => route.abort('blockedbyclient'),
      );
      await use(offences);
      const report = describe(offences);
      expect(report, `The page must run clean:\n${report}`).toBe('');
    },
    { auto: true },
  ],
});

/** The map readiness flag: "loading" | "ready" | "error" (see main.tsx). */
export async function mapState(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.documentElement.dataset.mapState);
}

/** The step mirrored on <html data-step>. */
export async function currentStep(page: Page): Promise<number> {
  const raw = await page.evaluate(() => document.documentElement.dataset.step);
  return Number(raw);
}

/**
 * Waits until the map is idle on the current step (data-map-state="ready"), and, when
 * given, until that step is `step`. Fails fast if the map reports an error.
 */
export async function waitReady(page: Page, step?: number, timeout = 60_000): Promise<void> {
  const handle = await page.waitForFunction(
    (want) => {
      const d = document.documentElement.dataset;
      if (d.mapState === 'error') return 'error';
      return d.mapState === 'ready' && (want === null || d.step === String(want)) ? 'ready' : false;
    },
    step ?? null,
    { timeout, polling: 50 },
  );
  const result = await handle.jsonValue();
  if (result === 'error') {
    const message = await page.locator('.map-error').textContent().catch(() => null);
    throw new Error(`map reported an error: ${message ?? '(no message)'}`);
  }
}

/**
 * `query` with map=detailed added: the page starts the detailed (maplibre) map at once
 * instead of the SVG map first. For tests of the detailed map itself (its camera, canvas,
 * WebGL context, fallback).
 */
export function detailed(query = ''): string {
  const q = query.startsWith('?') ? query.slice(1) : query;
  return q ? `?${q}&map=detailed` : '?map=detailed';
}

/** Opens the site (optionally with a query such as "?step=3") and waits for the map to be ready. */
export async function gotoReady(page: Page, query = ''): Promise<void> {
  const q = query === '' || query.startsWith('?') ? query : `?${query}`;
  await page.goto(`./${q}`);
  await waitReady(page);
}

/**
 * The browser tests `npm test` runs: one or two per feature, for a verdict in minutes.
 * Every other browser test (matrices, long walks, large generated sets) runs in
 * `npm run test:soak`; `.ci/run` runs both.
 */
export const CORE = { tag: '@core' } as const;
