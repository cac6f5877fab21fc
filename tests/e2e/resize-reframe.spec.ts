/**
 * Every size change frames the step again: after a phone is turned or an article column
 * changes the frame's width, the map shows the current step as a fresh load at the new size
 * shows it (same centre and zoom), not the old view cropped.
 */
import type { Frame, Page } from '@playwright/test';
import { CORE, expect, gotoReady, test } from './fixtures';
import { frameReady, openHost } from './embed-host';

type Camera = { lng: number; lat: number; zoom: number; moving: boolean };

function camera(target: Page | Frame): Promise<Camera | null> {
  return target.evaluate(() => (window as unknown as { __shellRouteMap: { camera: () => Camera | null } }).__shellRouteMap.camera());
}

/** How far apart two views are: degrees of centre (longitude scaled by latitude) and zoom levels. */
function apart(a: Camera | null, b: Camera | null): { centre: number; zoom: number } {
  if (!a || !b) return { centre: Infinity, zoom: Infinity };
  const k = Math.cos((b.lat * Math.PI) / 180);
  return { centre: Math.hypot((a.lng - b.lng) * k, a.lat - b.lat), zoom: Math.abs(a.zoom - b.zoom) };
}

/** Waits until `target` shows the view `want` (within a small fraction of a screen) and is ready. */
async function expectView(target: Page | Frame, want: Camera | null, label: string): Promise<void> {
  expect(want, 'the fresh load has a map').not.toBeNull();
  await expect
    .poll(async () => {
      const state = await target.evaluate(() => document.documentElement.dataset.mapState);
      const d = apart(await camera(target), want);
      return state === 'ready' && d.centre < 0.05 && d.zoom < 0.02;
    }, { message: label, timeout: 20_000 })
    .toBe(true)
    .catch(async (e: unknown) => {
      throw new Error(`${label}: at ${JSON.stringify(await camera(target))}, want ${JSON.stringify(want)} (${String(e)})`);
    });
}

test.describe.configure({ timeout: 120_000 });

test.describe('a new size frames the step again', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
  });

  for (const step of [3, 9]) {
    test(`a phone turned from portrait to landscape and back shows step ${step} as a fresh load does`, step === 3 ? CORE : {}, async ({ page, browser }) => {
      const fresh = async (width: number, height: number) => {
        const p = await browser.newPage({ viewport: { width, height } });
        await p.emulateMedia({ reducedMotion: 'reduce' });
        await gotoReady(p, `?step=${step}`);
        const c = await camera(p);
        await p.close();
        return c;
      };
      const landscape = await fresh(844, 390);
      const portrait = await fresh(390, 844);
      expect(apart(landscape, portrait).zoom, 'the two sizes frame the step differently').toBeGreaterThan(0.05);

      await page.setViewportSize({ width: 390, height: 844 });
      await gotoReady(page, `?step=${step}`);
      await expectView(page, portrait, 'portrait as loaded');
      await page.setViewportSize({ width: 844, height: 390 });
      await expectView(page, landscape, 'turned to landscape: framed as a fresh landscape load');
      await page.setViewportSize({ width: 390, height: 844 });
      await expectView(page, portrait, 'turned back: framed as a fresh portrait load');
      expect(await page.evaluate(() => document.documentElement.dataset.step)).toBe(String(step));
    });
  }

  test('an embedded frame whose article column narrows shows the step as a fresh frame of that width does', async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 1000, height: 800 });
    const narrow = await openHost(page, baseURL, { query: 'embed=1&step=4', width: 360, height: 480 });
    await frameReady(narrow, ['ready']);
    const want = await camera(narrow);

    const frame = await openHost(page, baseURL, { query: 'embed=1&step=4', width: 720, height: 480 });
    await frameReady(frame, ['ready']);
    expect(apart(await camera(frame), want).zoom, 'the wide frame starts on another view').toBeGreaterThan(0.05);
    await page.evaluate(() => {
      const f = document.getElementById('embed') as HTMLIFrameElement;
      f.style.width = '360px';
    });
    await expectView(frame, want, 'narrowed to 360 px: framed as a fresh 360 px frame');
  });
});
