/**
 * The story layout (?layout=story, #23 item 1): the map stays pinned (above the cards on a phone,
 * beside them on wide screens) while the overview and the ten step cards scroll past; the card
 * crossing the middle of the window is the step, both ways. The page keeps scrolling over the
 * map, the text does not move when the step changes, the slim timeline and the keyboard still
 * pick steps (the story then scrolls to the card), a card reached with Tab becomes the step,
 * ?step= at load scrolls its card into place, scrolling adds no history entries, and axe finds
 * nothing in light or dark. Screenshots go to test-results/screens.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { CORE, expect, test, waitReady } from './fixtures';
import { frameReady, messages, openHost, SCREENS, stepEvents } from './embed-host';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function openStory(page: Page, query = ''): Promise<void> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`./?layout=story${query}`);
  await waitReady(page);
}

const card = (page: Page, step: number) => page.locator(`[data-story-step="${step}"] > article`);
const step = (page: Page) => page.evaluate(() => document.documentElement.dataset.step);

/** Scrolls the page so the card's middle sits at the middle of the window (as a reader would). */
async function readTo(page: Page, n: number): Promise<void> {
  await page.locator(`[data-story-step="${n}"]`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
}

/** Each card's place in the document (its top, and its height). */
const textLayout = (page: Page) =>
  page.locator('[data-story-step]').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return [Math.round(r.top + window.scrollY), Math.round(r.height)];
    }),
  );

/** True when the card crosses the middle line of the window. */
const atMiddle = (page: Page, n: number) =>
  page.locator(`[data-story-step="${n}"]`).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top <= innerHeight / 2 && r.bottom >= innerHeight / 2;
  });

async function expectAxeClean(page: Page): Promise<void> {
  const found = (await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations;
  expect(found.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The wheel over the pinned map scrolls the page: the map takes gestures only when asked (Ctrl/⌘ or two fingers). */
async function expectWheelScrollsPage(page: Page): Promise<void> {
  const box = (await page.locator('.story-pin .map-frame').boundingBox())!;
  const y0 = await page.evaluate(() => window.scrollY);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 400);
  await expect.poll(() => page.evaluate(() => window.scrollY), { message: 'the page scrolls under the wheel over the map' }).toBeGreaterThan(y0 + 100);
}

for (const [width, height] of [[390, 844], [1280, 800]] as const) {
  test(`the story at ${width}×${height}: the step follows the card in the middle, both ways, with nothing trapped or shifted`, width === 390 ? CORE : {}, async ({ page }) => {
    test.slow(width !== 390, 'a wide map redraws slowly on a busy machine');
    await page.setViewportSize({ width, height });
    await openStory(page);
    await expect(page.locator('.layout-story')).toBeVisible();
    await expect(page.locator('[data-story-step]')).toHaveCount(11);
    await expect(card(page, 0)).toHaveAttribute('aria-current', 'step');
    const entries = await page.evaluate(() => history.length);
    const before = await textLayout(page);
    for (const n of [3, 7, 2, 10, 0]) {
      await readTo(page, n);
      await expect.poll(() => step(page), { message: `card ${n} in the middle` }).toBe(String(n));
      await expect(card(page, n)).toHaveAttribute('aria-current', 'step');
      await expect(page.locator('[aria-current="step"]')).toHaveCount(1);
    }
    expect(await textLayout(page), 'the text does not move when the step changes').toEqual(before);
    expect(await page.evaluate(() => history.length), 'scrolling adds no history entries').toBe(entries);
    // The map is pinned: once the reader is in the cards, it is at the top (phone) or fills the height (wide).
    await readTo(page, 4);
    await expect.poll(() => step(page)).toBe('4');
    const pin = (await page.locator('.story-pin').boundingBox())!;
    expect(pin.y).toBe(0);
    if (width < 900) expect(pin.height / height).toBeGreaterThan(0.4);
    if (width < 900) expect(pin.height / height).toBeLessThan(0.5);
    else expect(pin.height).toBe(height);
    await expectWheelScrollsPage(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no sideways scrolling').toBe(true);
  });
}

for (const [width, height] of [[390, 844], [1280, 800]] as const) {
  test(`the story at ${width}×${height} is axe clean on a step, the current card marked`, async ({ page }) => {
    // axe over eleven cards takes a while on a busy machine.
    test.slow();
    await page.setViewportSize({ width, height });
    await openStory(page);
    await readTo(page, 6);
    await expect.poll(() => step(page)).toBe('6');
    await waitReady(page, 6);
    await expectAxeClean(page);
    await page.screenshot({ path: `${SCREENS}/story-${width}x${height}-step6.png` });
  });
}

test('the story: the slim timeline, the arrow keys and Tab pick a step, and the story scrolls its card to the middle', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openStory(page);
  const slider = page.locator('.timeline-slim input[type="range"]');
  await expect(page.locator('.timeline-slim')).toBeVisible();
  // A key on the slider: the step, then its card at the middle (reduced motion: no smooth scroll).
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => step(page)).toBe('2');
  await expect.poll(() => atMiddle(page, 2)).toBe(true);
  await expect(card(page, 2)).toHaveAttribute('aria-current', 'step');
  // A click on the bar: near its right end is step 9 or 10.
  const bar = (await slider.boundingBox())!;
  await page.mouse.click(bar.x + bar.width * 0.9, bar.y + bar.height / 2);
  await expect.poll(() => step(page)).toBe('9');
  await expect.poll(() => atMiddle(page, 9)).toBe(true);
  // The page's own step keys (outside the slider) move one card.
  // (Focus leaves the slider without a click, which would scroll the masthead into view and move the step.)
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => step(page)).toBe('8');
  await expect.poll(() => atMiddle(page, 8)).toBe(true);
  // Tab from card 8 reaches its links and then card 9, which becomes the step and comes to the middle.
  await card(page, 8).focus();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await card(page, 9).evaluate((el) => el === document.activeElement)) break;
  }
  await expect(card(page, 9)).toBeFocused();
  await expect.poll(() => step(page)).toBe('9');
  await expect.poll(() => atMiddle(page, 9)).toBe(true);
  await waitReady(page, 9);
});

test('the story at ?step=5 opens with card 5 across the middle of the window; the URL follows the step without new entries', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openStory(page, '&step=5');
  await waitReady(page, 5);
  await expect(card(page, 5)).toHaveAttribute('aria-current', 'step');
  expect(await atMiddle(page, 5)).toBe(true);
  const entries = await page.evaluate(() => history.length);
  await readTo(page, 8);
  await expect.poll(() => step(page)).toBe('8');
  await expect.poll(() => page.evaluate(() => location.search)).toBe('?layout=story&step=8');
  expect(await page.evaluate(() => history.length)).toBe(entries);
});

test('an unknown ?layout= is ignored with a note on the console: the standard layout, no error', async ({ page }) => {
  const infos: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'info') infos.push(m.text());
  });
  await page.goto('./?layout=scroll&step=2');
  await waitReady(page, 2);
  await expect(page.locator('.layout-story')).toHaveCount(0);
  await expect(page.locator('#step-card')).toBeVisible();
  expect(infos).toContain('[shell-route] layout="scroll" is not valid; using the default');
});

test('the story in the dark theme and at 320 px: axe clean, nothing sideways', async ({ page }) => {
  test.slow();
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await page.goto('./?layout=story');
  await waitReady(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await readTo(page, 3);
  await expect.poll(() => step(page)).toBe('3');
  await waitReady(page, 3);
  await expectAxeClean(page);
  await page.screenshot({ path: `${SCREENS}/story-1280x800-dark-step3.png` });
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
  await readTo(page, 8);
  await expect.poll(() => step(page)).toBe('8');
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
  await waitReady(page, 8);
  await expectAxeClean(page);
});

test('the story with motion: a step picked on the timeline scrolls smoothly to its card, and the cards passed on the way never become the step', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto('./?layout=story');
  await waitReady(page);
  // Every step <html data-step> shows, in order (the attribute is also rewritten unchanged).
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seenSteps: string[] }).seenSteps = seen;
    new MutationObserver(() => {
      const now = document.documentElement.dataset.step ?? '';
      if (now !== (seen.at(-1) ?? '0')) seen.push(now);
    }).observe(document.documentElement, { attributeFilter: ['data-step'] });
  });
  const slider = page.locator('.timeline-slim input[type="range"]');
  await slider.focus();
  await page.keyboard.press('End');
  await expect.poll(() => atMiddle(page, 10), { message: 'card 10 reaches the middle' }).toBe(true);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(5000);
  await page.keyboard.press('Home');
  await expect.poll(() => atMiddle(page, 0), { message: 'back to the overview' }).toBe(true);
  await waitReady(page, 0);
  expect(await page.evaluate(() => (window as unknown as { seenSteps: string[] }).seenSteps)).toEqual(['10', '0']);
});

test('the story at 1920×1080: the map column beside the cards, the current card marked', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openStory(page);
  await readTo(page, 7);
  await expect.poll(() => step(page)).toBe('7');
  await waitReady(page, 7);
  const pin = (await page.locator('.story-pin').boundingBox())!;
  const cards = (await page.locator('.story-cards').boundingBox())!;
  expect(pin.x + pin.width).toBeLessThanOrEqual(cards.x + 1);
  expect(pin.height).toBe(1080);
  await page.screenshot({ path: `${SCREENS}/story-1920x1080-step7.png` });
});

test('the Embed dialog offers the scroll story: its code has layout=story and a taller frame', async ({ page }) => {
  await page.goto('./');
  await waitReady(page);
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog');
  const code = dialog.getByRole('textbox', { name: 'Embed code' });
  await expect(code).toHaveValue(/height="600"/);
  await dialog.getByLabel('Layout').selectOption('story');
  await expect(code).toHaveValue(/\?embed=1&amp;layout=story"[^>]*height="800"/);
});

test('the story layout in an article frame scrolls inside its frame under a pinned map; the step follows and is posted to the host', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const frame = await openHost(page, baseURL, { query: 'embed=1&layout=story', width: 390, height: 800, tail: 600 });
  await frameReady(frame);
  const frameStep = () => frame.evaluate(() => document.documentElement.dataset.step);
  for (const n of [4, 1]) {
    await frame.locator(`[data-story-step="${n}"]`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await expect.poll(frameStep, { message: `card ${n} in the frame's middle` }).toBe(String(n));
  }
  const pin = await frame.locator('.story-pin').evaluate((el) => ({ top: el.getBoundingClientRect().top, share: el.getBoundingClientRect().height / innerHeight }));
  expect(pin.top, 'the map is pinned to the frame\'s top').toBe(0);
  expect(pin.share).toBeGreaterThan(0.4);
  expect(pin.share).toBeLessThan(0.5);
  expect(stepEvents(await messages(page))).toEqual([
    { type: 'shellroute:step', step: 4, total: 10 },
    { type: 'shellroute:step', step: 1, total: 10 },
  ]);
  await frameReady(frame, ['ready']);
  await page.screenshot({ path: `${SCREENS}/story-embed-390x844.png` });
});
