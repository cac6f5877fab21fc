/**
 * Classroom: "Save image" gives a 1920×1080 PNG of the current view for slides, with the
 * map, the step line, the legend and a source line drawn in, named after the step.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect as baseExpect, test, CORE } from './fixtures';
import { countColours, openReady, pngSize, SPEC_TIMEOUT_MS, TEACH_OUT } from './classroom-helpers';
import { imageLayout } from '../../src/export/compose';
import { PALETTES } from '../../src/look/palette';

/** Clicks Save image and returns the downloaded file's name and bytes. */
async function saveImage(page: Page): Promise<{ name: string; png: Buffer }> {
  const download = page.waitForEvent('download', { timeout: 120_000 });
  const button = page.getByRole('button', { name: 'Save image' });
  // On the normal page it sits in the header's Classroom menu.
  if (!(await button.isVisible())) await page.locator('.teach-menu summary').click();
  await button.click();
  const d = await download;
  const path = await d.path();
  return { name: d.suggestedFilename(), png: readFileSync(path) };
}

/** The map's frame inside the image, from the on-screen map's aspect ratio (the same layout rule as the app). */
async function mapRect(page: Page) {
  const aspect = await page.evaluate(() => {
    const c = document.querySelector('.maplibregl-canvas, .static-map-svg') as HTMLElement;
    return c.clientWidth / c.clientHeight;
  });
  const r = imageLayout(aspect).map;
  // Stay clear of the frame lines.
  return { x: r.x + 8, y: r.y + 8, w: r.w - 16, h: r.h - 16 };
}


test.describe.configure({ timeout: SPEC_TIMEOUT_MS });
// A loaded shared machine renders slowly: assertions wait longer than the default.
const expect = baseExpect.configure({ timeout: 60_000 });
test.describe('save image', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
  });

  test('the overview saves as a 1920×1080 PNG named after the step, with the route in the map area (detailed map)', async ({ page }) => {
    await openReady(page, '?map=detailed');
    const { name, png } = await saveImage(page);
    expect(name).toBe('shell-route-step-00-overview.png');
    writeFileSync(`${TEACH_OUT}/${name}`, png);
    expect(pngSize(png)).toEqual({ width: 1920, height: 1080 });
    const p = PALETTES.light;
    const rect = await mapRect(page);
    const { counts, pixels } = await countColours(page, png, [p.sea, p.rail, p.ocean, p.land], rect, 24);
    const [sea = 0, rail = 0, ocean = 0, land = 0] = counts;
    expect(sea, `sea legs (${p.sea}) drawn in the map area`).toBeGreaterThan(150);
    expect(rail, `rail legs (${p.rail}) drawn in the map area`).toBeGreaterThan(500);
    expect((ocean + land) / pixels, 'the map (land and sea) fills its area').toBeGreaterThan(0.5);
    // The header and the legend are drawn too: dark text on the light background above the map.
    const header = await countColours(page, png, [p.text], { x: 0, y: 0, w: 1920, h: 170 }, 40);
    expect(header.counts[0]).toBeGreaterThan(2000);
  });

  test('a transfer saves with its number and title in the file name, and the step line and legend are drawn (SVG map, no engine)', CORE, async ({ page }) => {
    await openReady(page, '?step=5');
    const { name, png } = await saveImage(page);
    expect(name).toMatch(/^shell-route-step-05-[a-z0-9-]+\.png$/);
    writeFileSync(`${TEACH_OUT}/${name}`, png);
    expect(pngSize(png)).toEqual({ width: 1920, height: 1080 });
    const p = PALETTES.light;
    const rect = await mapRect(page);
    const { counts } = await countColours(page, png, [p.rail], rect, 24);
    expect(counts[0], 'the lit rail leg').toBeGreaterThan(500);
    // Outside the map: the legend swatches in the route colours.
    const aspect = await page.evaluate(() => {
      const c = document.querySelector('.maplibregl-canvas, .static-map-svg') as HTMLElement;
      return c.clientWidth / c.clientHeight;
    });
    const legend = imageLayout(aspect).legend;
    // Drawn from the SVG map: the engine never loaded.
    expect(await page.evaluate(() => performance.getEntriesByType('resource').some((e) => /\/maplibre-[^/]+\.js$/.test(e.name)))).toBe(false);
    const sw = await countColours(page, png, [p.sea, p.rail, p.air, p.front], legend, 24);
    for (const [i, c] of sw.counts.entries()) expect(c, `legend swatch ${i}`).toBeGreaterThan(40);
  });

  test('in presenter mode the image uses the projector palette', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openReady(page, '?present=1&step=9');
    const { name, png } = await saveImage(page);
    expect(name).toMatch(/^shell-route-step-09-/);
    writeFileSync(`${TEACH_OUT}/presenter-${name}`, png);
    expect(pngSize(png)).toEqual({ width: 1920, height: 1080 });
    const p = PALETTES.contrast;
    const rect = await mapRect(page);
    const { counts } = await countColours(page, png, [p.sea, p.rail, p.ocean], rect, 24);
    expect(counts[0], 'contrast sea (#b30000)').toBeGreaterThan(150);
    expect(counts[1], 'contrast rail (#0030b0)').toBeGreaterThan(500);
    expect(counts[2], 'contrast ocean').toBeGreaterThan(10_000);
  });
});
