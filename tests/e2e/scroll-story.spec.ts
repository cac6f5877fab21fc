/**
 * Scroll story inside an article (#23 item 2): the demo article (demo/scroll.html, built from
 * the data) marks its paragraphs with data-shellroute-step and loads scroll.js beside a sticky
 * map frame. Scrolling moves the map to the paragraph at the middle of the screen, both ways;
 * the page keeps scrolling over the map; the text does not move when the step changes; axe finds
 * nothing; scroll.js stays under 2 KB gzip.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Frame, Page } from '@playwright/test';
import { CORE, expect, test } from './fixtures';
import { frameReady, SCREENS } from './embed-host';

const DIST = path.resolve(process.env.PW_DIST ?? 'dist');

async function openDemo(page: Page): Promise<Frame> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('demo/scroll.html');
  const frame = await (await page.locator('#map').elementHandle())?.contentFrame();
  if (!frame) throw new Error('no map frame');
  await frameReady(frame);
  return frame;
}

const frameStep = (frame: Frame) => frame.evaluate(() => document.documentElement.dataset.step);

/** Scrolls the page so the step's paragraph sits at the middle of the window. */
async function readTo(page: Page, step: number): Promise<void> {
  await page.locator(`[data-shellroute-step="${step}"]`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
}

/** Each paragraph's place in the document. */
const textLayout = (page: Page) =>
  page.locator('[data-shellroute-step]').evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top + window.scrollY)));

for (const [width, height] of [[390, 844], [1280, 800]] as const) {
  test(`the demo article at ${width}×${height}: the map follows the paragraph in the middle, both ways, with nothing trapped or shifted`, width === 390 ? CORE : {}, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const frame = await openDemo(page);
    const before = await textLayout(page);
    for (const step of [3, 7, 2, 10, 0]) {
      await readTo(page, step);
      await expect.poll(() => frameStep(frame), { message: `paragraph ${step} in the middle` }).toBe(String(step));
    }
    expect(await textLayout(page), 'the text does not move when the map changes step').toEqual(before);
    // Scroll over the map: the article scrolls (the map takes gestures only when asked to).
    await readTo(page, 4);
    await expect.poll(() => frameStep(frame)).toBe('4');
    const box = (await page.locator('#map').boundingBox())!;
    const y0 = await page.evaluate(() => window.scrollY);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 400);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(y0 + 100);
    const found = (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()).violations;
    expect(found.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await readTo(page, 6);
    await expect.poll(() => frameStep(frame)).toBe('6');
    await page.screenshot({ path: `${SCREENS}/scroll-demo-${width}x${height}.png` });
  });
}

test('scroll.js is one small file with no dependencies: under 2 KB gzip, no imports', () => {
  const js = readFileSync(path.join(DIST, 'scroll.js'));
  expect(gzipSync(js).length).toBeLessThanOrEqual(2048);
  expect(js.toString()).not.toMatch(/\bimport\s*[({'"]/);
});
