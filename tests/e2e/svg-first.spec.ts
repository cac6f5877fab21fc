/**
 * The story before the engine (#21): the first map is the SVG map, drawn without maplibre;
 * the detailed map loads only when the reader asks (zoom buttons, keys, wheel, drag, pinch,
 * ?map=detailed) and takes over on the same view; a file that fails or arrives late leaves a
 * usable map with a message and a retry that works.
 */
import type { Page, Route } from '@playwright/test';
import { expect, test, waitReady, CORE, type Offences } from './fixtures';
import enJson from '../../src/i18n/en.json' with { type: 'json' };
import { PALETTES } from '../../src/look/palette';

const ENGINE = /\/assets\/maplibre-[^/]+\.js$/;
const engine = (page: Page) => page.evaluate(() => document.documentElement.dataset.mapEngine);

/** Waits for the detailed map to have taken over and settled on `step`. */
async function detailedReady(page: Page, step?: number): Promise<void> {
  await page.waitForFunction(
    (want) => {
      const d = document.documentElement.dataset;
      return d.mapEngine === 'maplibre' && d.mapState === 'ready' && (want === null || d.step === String(want));
    },
    step ?? null,
    { timeout: 60_000, polling: 50 },
  );
}

/** The SVG map's place dots: id → centre in the map frame's pixels. */
function svgDots(page: Page): Promise<Record<string, { x: number; y: number; lon: number; lat: number }>> {
  return page.evaluate(() => {
    const out: Record<string, { x: number; y: number; lon: number; lat: number }> = {};
    for (const c of document.querySelectorAll<SVGCircleElement>('.static-map-svg circle[data-place]')) {
      out[c.dataset.place ?? ''] = { x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')), lon: Number(c.dataset.lon), lat: Number(c.dataset.lat) };
    }
    return out;
  });
}

/** Blocks a request until released (a file that arrives late), or refuses it (a file that fails). */
function gate(page: Page, pattern: RegExp, mode: 'hold' | 'fail') {
  const held: Route[] = [];
  let open = false;
  void page.route(pattern, (route) => {
    if (open) return route.fallback();
    if (mode === 'fail') return route.abort('connectionfailed');
    held.push(route);
  });
  return {
    held: () => held.length,
    release: async () => {
      open = true;
      await Promise.all(held.splice(0).map((r) => r.fallback()));
    },
  };
}

/** The failed loads a refused file leaves on the console, and nothing else. */
function expectOnlyRefusedLoads(offences: Offences): void {
  expect(offences.consoleErrors.filter((e) => !/Failed to load resource: net::ERR_CONNECTION_FAILED/.test(e))).toEqual([]);
  offences.consoleErrors.splice(0);
}

test.describe('SVG first', () => {
  test('a phone reader gets the story without the engine: steps fly and the marker moves; the zoom button brings the detailed map', CORE, async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./');
    await waitReady(page, 0);
    expect(await engine(page)).toBe('svg');
    await expect(page.locator('.static-map-svg')).toBeVisible();
    await expect(page.locator('.static-caption')).toHaveCount(0);
    // Land, lakes and borders are drawn.
    await expect(page.locator('.static-map')).toHaveAttribute('data-basemap', 'ready');
    expect(requests.filter((u) => ENGINE.test(u))).toEqual([]);

    // Step 5 (by sea, then rail): the marker travels and the step settles where it ends.
    await page.getByRole('slider').fill('5');
    const marker = page.locator('.static-marker');
    const first = await marker.getAttribute('data-lon');
    await expect.poll(() => marker.getAttribute('data-lon'), { timeout: 10_000 }).not.toBe(first);
    await waitReady(page, 5);
    expect(await page.locator('.static-map-svg .static-basemap').getAttribute('transform')).toBeNull();
    expect(requests.filter((u) => ENGINE.test(u))).toEqual([]);

    await page.getByRole('button', { name: enJson['map.zoomIn'] }).click();
    await detailedReady(page, 5);
    expect(requests.filter((u) => ENGINE.test(u))).toHaveLength(1);
    await expect(page.locator('.static-map')).toHaveCount(0);
    await expect(page.locator('.map canvas')).toBeVisible();
    // Then it behaves as the detailed map always has: a step change settles on the new step.
    await page.getByRole('slider').fill('6');
    await detailedReady(page, 6);
  });

  for (const size of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    test(`the detailed map takes over on the same view (≤ 2 px per place) at ${size.width}×${size.height}`, async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.setViewportSize(size);
      for (const step of [0, 3, 9]) {
        await page.goto(`./?step=${step}`);
        await waitReady(page, step);
        expect(await engine(page)).toBe('svg');
        const before = await svgDots(page);
        const places = Object.keys(before);
        expect(places.length).toBeGreaterThan(3);
        // A pan key on the focused map asks for the detailed map without zooming.
        await page.locator('.static-map').focus();
        await page.keyboard.press('ArrowUp');
        await detailedReady(page, step);
        // Each place where the SVG map drew it, as the detailed map projects it now.
        const projected = await page.evaluate(
          (dots) => {
            const probe = (window as unknown as { __shellRouteMap: { project: (lon: number, lat: number) => [number, number] | null } }).__shellRouteMap;
            return Object.fromEntries(Object.entries(dots).map(([id, d]) => [id, probe.project(d.lon, d.lat)]));
          },
          before,
        );
        for (const id of places) {
          const a = before[id];
          const b = projected[id];
          expect(a, id).toBeTruthy();
          expect(b, id).toBeTruthy();
          const dist = Math.hypot(a!.x - b![0], a!.y - b![1]);
          expect(dist, `step ${step}, ${id}: svg (${a!.x}, ${a!.y}) vs detailed (${b![0].toFixed(1)}, ${b![1].toFixed(1)})`).toBeLessThanOrEqual(2);
        }
      }
    });
  }

  test('?map=detailed starts the detailed map at once', async ({ page }) => {
    await page.goto('./?step=2&map=detailed');
    await detailedReady(page, 2);
    await expect(page.locator('.static-map')).toHaveCount(0);
  });
});

test.describe('a bad network in class', () => {
  test('the engine fails to arrive: the SVG map stays with a message, and Retry brings the detailed map', CORE, async ({ page, offences }) => {
    const engineGate = gate(page, ENGINE, 'fail');
    await page.goto('./?step=4');
    await waitReady(page, 4);
    await page.getByRole('button', { name: enJson['map.zoomIn'] }).click();
    const notice = page.getByRole('alert').filter({ hasText: enJson['map.detailedFailed'] });
    await expect(notice).toBeVisible();
    expect(await engine(page)).toBe('svg');
    // The SVG map still follows the steps.
    await page.getByRole('slider').fill('6');
    await waitReady(page, 6);
    await expect(page.locator('.static-map')).toHaveAttribute('data-step', '6');
    await engineGate.release();
    await notice.getByRole('button', { name: enJson['map.retry'] }).click();
    await detailedReady(page, 6);
    expectOnlyRefusedLoads(offences);
  });

  test('the engine arrives late: steps taken and the language switched meanwhile are all kept', async ({ page }) => {
    const engineGate = gate(page, ENGINE, 'hold');
    await page.goto('./?step=1');
    await waitReady(page, 1);
    await page.getByRole('button', { name: enJson['map.zoomIn'] }).click();
    await expect(page.getByRole('status').filter({ hasText: enJson['map.detailedLoading'] })).toBeVisible();
    await expect.poll(() => engineGate.held()).toBe(1);
    await page.getByRole('slider').fill('8');
    await waitReady(page, 8);
    await page.getByRole('combobox').first().selectOption('uk');
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
    await engineGate.release();
    await detailedReady(page, 8);
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  });

  test('the land layer fails: the map never shows land as sea, says so, and Retry draws it', CORE, async ({ page, offences }) => {
    const landGate = gate(page, /\/assets\/land-[^/]+\.json$/, 'fail');
    await page.goto('./?step=2');
    await waitReady(page, 2);
    const notice = page.getByRole('alert').filter({ hasText: enJson['map.basemapMissing'] });
    await expect(notice).toBeVisible();
    await expect(page.locator('.static-map')).toHaveAttribute('data-basemap', 'partial');
    // The background is the land colour, not the sea's, and no coast is drawn.
    const fills = await page.evaluate(() => {
      const rect = document.querySelector('.static-map-svg rect');
      return { bg: rect?.getAttribute('fill'), paths: document.querySelectorAll('.static-basemap path').length };
    });
    expect(fills.paths).toBe(0);
    expect(fills.bg).not.toBe(PALETTES.light.ocean);
    expect(fills.bg).toBe(PALETTES.light.land);
    await landGate.release();
    await notice.getByRole('button', { name: enJson['map.retry'] }).click();
    await expect(page.locator('.static-map')).toHaveAttribute('data-basemap', 'ready');
    await expect(notice).toHaveCount(0);
    expect(await page.locator('.static-basemap path').count()).toBeGreaterThan(0);
    expectOnlyRefusedLoads(offences);
  });
});
