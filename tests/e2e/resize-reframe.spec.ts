/**
 * Every size change frames the step again: after a phone is turned, an article column
 * changes the frame's width (plain or through pym.js), full screen goes on or off, the
 * browser zooms or presenter mode changes the layout, the map shows the current step as a
 * fresh load at the new size shows it (same centre and zoom), not the old view cropped.
 */
import type { Browser, Frame, Page } from '@playwright/test';
import { CORE, detailed, expect, gotoReady, test } from './fixtures';
import { CHILD_ID, frameReady, openHost } from './embed-host';

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

/** The view a fresh page at this size (and pixel ratio) shows for `query`. */
async function freshView(browser: Browser, query: string, width: number, height: number, deviceScaleFactor = 1): Promise<Camera | null> {
  const p = await browser.newPage({ viewport: { width, height }, deviceScaleFactor });
  await p.emulateMedia({ reducedMotion: 'reduce' });
  await gotoReady(p, detailed(query));
  const c = await camera(p);
  await p.close();
  return c;
}

/** The view a fresh embed frame of this size (in a host page) shows. */
async function freshFrameView(browser: Browser, baseURL: string | undefined, query: string, width: number, height: number, pym = false): Promise<Camera | null> {
  const p = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  await p.emulateMedia({ reducedMotion: 'reduce' });
  const f = await openHost(p, baseURL, { query: detailed(query).slice(1), width, height, pym });
  await frameReady(f, ['ready']);
  const c = await camera(f);
  await p.close();
  return c;
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
        await gotoReady(p, detailed(`?step=${step}`));
        const c = await camera(p);
        await p.close();
        return c;
      };
      const landscape = await fresh(844, 390);
      const portrait = await fresh(390, 844);
      expect(apart(landscape, portrait).zoom, 'the two sizes frame the step differently').toBeGreaterThan(0.05);

      await page.setViewportSize({ width: 390, height: 844 });
      await gotoReady(page, detailed(`?step=${step}`));
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
    const narrow = await openHost(page, baseURL, { query: 'embed=1&step=4&map=detailed', width: 360, height: 480 });
    await frameReady(narrow, ['ready']);
    const want = await camera(narrow);

    const frame = await openHost(page, baseURL, { query: 'embed=1&step=4&map=detailed', width: 720, height: 480 });
    await frameReady(frame, ['ready']);
    expect(apart(await camera(frame), want).zoom, 'the wide frame starts on another view').toBeGreaterThan(0.05);
    await page.evaluate(() => {
      const f = document.getElementById('embed') as HTMLIFrameElement;
      f.style.width = '360px';
    });
    await expectView(frame, want, 'narrowed to 360 px: framed as a fresh 360 px frame');
  });

  test('a pym.js column that narrows (width message after the resize) shows the step as a fresh 360 px pym frame does', async ({ page, browser, baseURL }) => {
    const query = `embed=1&step=4&initialWidth=720&childId=${CHILD_ID}`;
    const want = await freshFrameView(browser, baseURL, query.replace('720', '360'), 360, 150, true);
    await page.setViewportSize({ width: 1000, height: 800 });
    const frame = await openHost(page, baseURL, { query: detailed(query).slice(1), width: 720, height: 150, pym: true });
    await frameReady(frame, ['ready']);
    expect(apart(await camera(frame), want).zoom, 'the wide frame starts on another view').toBeGreaterThan(0.05);
    // What pym.Parent does when the article column narrows: the frame follows its
    // container's width, then the parent sends the new width and takes the height back.
    await page.evaluate((id) => {
      const f = document.getElementById('embed') as HTMLIFrameElement;
      f.style.width = '360px';
      f.contentWindow!.postMessage(`pymxPYMx${id}xPYMxwidthxPYMx360`, '*');
    }, CHILD_ID);
    await expectView(frame, want, 'pym frame narrowed to 360 px');
  });

  test('full screen on and off frames the step for the screen, then for the frame again', async ({ page, browser, baseURL }) => {
    await page.setViewportSize({ width: 1000, height: 800 });
    const screen = await freshFrameView(browser, baseURL, 'embed=1&step=9', 1000, 800);
    const frame = await openHost(page, baseURL, { query: 'embed=1&step=9&map=detailed', width: 640, height: 480 });
    await frameReady(frame, ['ready']);
    const inFrame = await camera(frame);
    expect(apart(inFrame, screen).zoom, 'the frame and the screen frame the step differently').toBeGreaterThan(0.05);
    await frame.locator('.fullscreen-button').click();
    await expect.poll(() => frame.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await expectView(frame, screen, 'full screen: framed as a fresh frame of the screen size');
    await frame.locator('.fullscreen-button').click();
    await expect.poll(() => frame.evaluate(() => document.fullscreenElement === null)).toBe(true);
    await expectView(frame, inFrame, 'full screen off: framed as the frame was');
  });

  test('browser zoom to 200 % and back frames the step as a fresh load at that zoom', async ({ page, browser }) => {
    // The browser's zoom halves the CSS viewport and doubles the pixel ratio: emulate exactly that.
    const zoomed = await freshView(browser, '?step=6', 640, 400, 2);
    await page.setViewportSize({ width: 1280, height: 800 });
    await gotoReady(page, detailed('?step=6'));
    const normal = await camera(page);
    expect(apart(normal, zoomed).zoom, 'the two zooms frame the step differently').toBeGreaterThan(0.05);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 640, height: 400, deviceScaleFactor: 2, mobile: false });
    await expectView(page, zoomed, 'zoomed to 200 %');
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 800, deviceScaleFactor: 1, mobile: false });
    await expectView(page, normal, 'back to 100 %');
  });

  test('entering and leaving presenter mode frames the step as a fresh load of each layout does', async ({ page, browser }) => {
    const presenter = await freshView(browser, '?present=1&step=9', 1280, 800);
    await page.setViewportSize({ width: 1280, height: 800 });
    await gotoReady(page, detailed('?step=9'));
    const normal = await camera(page);
    expect(apart(normal, presenter).zoom + apart(normal, presenter).centre, 'the two layouts frame the step differently').toBeGreaterThan(0.05);
    await page.locator('body').press('p');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
    await expectView(page, presenter, 'presenter mode');
    await page.keyboard.press('Escape');
    await expectView(page, normal, 'back on the page');
  });
});
