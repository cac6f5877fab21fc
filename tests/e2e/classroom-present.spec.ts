/**
 * Classroom: presenter mode (layout, type sizes, theme), the keys a clicker and a
 * teacher use, teaching notes, the keyboard help and the synced speaker view.
 */
import type { Page } from '@playwright/test';
import { currentStep, expect as baseExpect, test, CORE } from './fixtures';
import { SPEC_TIMEOUT_MS, TEACH_OUT, openReady, readyOn, textSizes } from './classroom-helpers';
import transfersJson from '../../data/transfers.json' with { type: 'json' };

const TRANSFERS = transfersJson.transfers;
const teaching = (step: number) => {
  const t = TRANSFERS.find((x) => x.step === step)?.teaching;
  if (!t) throw new Error(`no teaching notes for step ${step}`);
  return t;
};

const presenting = (page: Page) => page.locator('.app.is-present');

async function expectStepNow(page: Page, step: number): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-step', String(step));
}


test.describe.configure({ timeout: SPEC_TIMEOUT_MS });
// A loaded shared machine renders slowly: assertions wait longer than the default.
const expect = baseExpect.configure({ timeout: 60_000 });
test.describe('presenter mode', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
  });

  test('?present=1 opens the projector layout: no masthead, high contrast, one step line, progress and keys hint', CORE, async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openReady(page, '?present=1&step=3');
    await expect(presenting(page)).toBeVisible();
    await expect(page.locator('.masthead')).toHaveCount(0);
    await expect(page.locator('.timeline')).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
    await expect(page.locator('.presenter-title')).toContainText(TRANSFERS[2]!.title.en);
    await expect(page.locator('.presenter-meta')).toContainText(TRANSFERS[2]!.window.label.en);
    await expect(page.locator('.presenter-meta .badge').first()).toBeVisible();
    await expect(page.locator('.presenter-progress li')).toHaveCount(11);
    await expect(page.locator('.presenter-progress [aria-current="step"]')).toHaveText('3');
    await expect(page.locator('.presenter-hint')).toContainText('Esc');
    // The map gets most of the screen.
    const map = await page.locator('.map-frame').boundingBox();
    expect(map!.height).toBeGreaterThan(1080 * 0.7);
    expect(map!.width).toBeGreaterThan(1920 * 0.95);
    await readyOn(page, 3);
    await page.screenshot({ path: `${TEACH_OUT}/present-1920x1080.png` });
  });

  test('at 1920×1080 at least 90% of the visible text is 24 px or larger (with notes open too)', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openReady(page, '?present=1&step=5');
    for (const notes of [false, true]) {
      if (notes) {
        await page.keyboard.press('n');
        await expect(page.locator('#step-notes')).toBeVisible();
      }
      const s = await textSizes(page, 24);
      expect(s.total, 'some text is visible').toBeGreaterThan(100);
      expect(s.large / s.total, `text ≥ 24 px: ${JSON.stringify(s.bySize)}; smaller: ${s.small.join(' | ')}`).toBeGreaterThanOrEqual(0.9);
    }
    await page.screenshot({ path: `${TEACH_OUT}/present-notes-1920x1080.png` });
  });

  test('stays legible on a 4:3 projector (1024×768): large type, nothing cut off sideways, the map keeps half the screen', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await openReady(page, '?present=1&step=9');
    const s = await textSizes(page, 24);
    expect(s.large / s.total, `text ≥ 24 px: ${JSON.stringify(s.bySize)}; smaller: ${s.small.join(' | ')}`).toBeGreaterThanOrEqual(0.9);
    await expect(page.locator('.presenter-hint'), 'the keys hint stays').toBeVisible();
    await expect(page.locator('.presenter-progress')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const map = await page.locator('.map-frame').boundingBox();
    expect(map!.height).toBeGreaterThan(768 * 0.5);
    for (const el of await page.locator('.presenter-bar, .presenter-foot button, .presenter-legend li').all()) {
      const b = await el.boundingBox();
      if (!b) continue; // hidden at this width (Full screen and Keys stay on F and ?)
      expect(b.x + b.width).toBeLessThanOrEqual(1024 + 0.5);
    }
    await page.screenshot({ path: `${TEACH_OUT}/present-1024x768.png` });
  });

  test('the Present button and the P key enter it; Esc and the Exit button leave it', async ({ page }) => {
    await openReady(page, '?step=2');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.locator('.teach-menu summary').click();
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expect(presenting(page)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
    await page.keyboard.press('Escape');
    await expect(presenting(page)).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(page.locator('.masthead')).toBeVisible();
    await page.locator('body').press('p');
    await expect(presenting(page)).toBeVisible();
    await page.getByRole('button', { name: 'Exit' }).click();
    await expect(presenting(page)).toHaveCount(0);
    await expectStepNow(page, 2);
  });

  test('F toggles browser fullscreen', async ({ page }) => {
    await openReady(page, '?present=1');
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
  });
});

test.describe('keys', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
  });

  test('clicker keys step: PageDown/→/Space next, PageUp/← previous, Home/End, 1–9 and 0', async ({ page }) => {
    await openReady(page, '?present=1');
    await page.keyboard.press('PageDown');
    await expectStepNow(page, 1);
    await page.keyboard.press('ArrowRight');
    await expectStepNow(page, 2);
    await page.keyboard.press('Space');
    await expectStepNow(page, 3);
    await page.keyboard.press('PageUp');
    await expectStepNow(page, 2);
    await page.keyboard.press('ArrowLeft');
    await expectStepNow(page, 1);
    await page.keyboard.press('End');
    await expectStepNow(page, 10);
    await page.keyboard.press('Home');
    await expectStepNow(page, 0);
    for (const [key, step] of [['7', 7], ['0', 10], ['1', 1], ['9', 9]] as const) {
      await page.keyboard.press(key);
      await expectStepNow(page, step);
    }
    await readyOn(page, 9);
  });

  test('the step keys work on the normal page too, and clickers still step with the map focused', async ({ page }) => {
    await openReady(page);
    await page.keyboard.press('PageDown');
    await expectStepNow(page, 1);
    await page.keyboard.press('4');
    await expectStepNow(page, 4);
    await page.locator('.static-map').focus();
    await page.keyboard.press('ArrowRight'); // a map key (it asks for the detailed map): not a step
    await expectStepNow(page, 4);
    await page.keyboard.press('PageDown');
    await expectStepNow(page, 5);
    await readyOn(page, 5);
  });

  test('keys never fire in a text field, with Ctrl/Alt/Meta held, or while a dialog is open', async ({ page }) => {
    await openReady(page, '?step=2');
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'probe';
      input.type = 'text';
      document.body.prepend(input);
    });
    await page.locator('#probe').focus();
    for (const key of ['ArrowRight', 'PageDown', '5', 'p', 'n', 'f', '?', 'Home']) await page.keyboard.press(key);
    await expect(page.locator('#probe')).toHaveValue('5pnf?');
    await expectStepNow(page, 2);
    await expect(presenting(page)).toHaveCount(0);
    await page.locator('#probe').blur();
    for (const key of ['Control+ArrowRight', 'Alt+ArrowRight', 'Meta+ArrowRight', 'Control+5']) await page.keyboard.press(key);
    await expectStepNow(page, 2);
    await page.getByRole('button', { name: 'Sources & method' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('PageDown');
    await page.keyboard.press('7');
    await expectStepNow(page, 2);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
  });

  test('a focused slider is stepped once per key press (no double step)', async ({ page }) => {
    await openReady(page);
    await page.getByRole('slider').focus();
    await page.keyboard.press('ArrowRight');
    await expectStepNow(page, 1);
    await page.keyboard.press('ArrowRight');
    await expectStepNow(page, 2);
    expect(await currentStep(page)).toBe(2);
    await page.keyboard.press('End');
    await expectStepNow(page, 10);
  });

  test('? shows a help overlay listing the keys; Esc closes it without leaving presenter mode', async ({ page }) => {
    await openReady(page, '?present=1');
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help).toBeVisible();
    for (const k of ['PgDn', 'PgUp', 'Home', 'End', '1 – 9, 0', 'P', 'N', 'F', 'Esc', '?']) await expect(help.locator('kbd', { hasText: k }).first()).toBeVisible();
    await expect(help).toContainText('Page Down');
    await page.screenshot({ path: `${TEACH_OUT}/present-help.png` });
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
    await expect(presenting(page)).toBeVisible();
  });
});

test.describe('teaching notes and the speaker view', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
  });

  test('N shows the step’s notes from the data: what is known, what is not, a question', async ({ page }) => {
    await openReady(page, '?step=4');
    await expect(page.locator('#step-notes')).toHaveCount(0);
    await page.keyboard.press('n');
    const notes = page.locator('#step-notes');
    await expect(notes).toContainText(teaching(4).known.en);
    await expect(notes).toContainText(teaching(4).unknown.en);
    await expect(notes).toContainText(teaching(4).question.en);
    await page.keyboard.press('ArrowRight');
    await expect(notes).toContainText(teaching(5).question.en);
    await page.keyboard.press('n');
    await expect(notes).toHaveCount(0);
  });

  test('the speaker view opens in a second window with the current and next step and stays in sync both ways', CORE, async ({ page, context }) => {
    await openReady(page, '?present=1&step=2');
    const popup = context.waitForEvent('page');
    await page.getByRole('button', { name: 'Speaker view' }).click();
    const speaker = await popup;
    await speaker.waitForLoadState();
    expect(new URL(speaker.url()).searchParams.get('speaker')).toBe('1');
    const now = speaker.locator('.speaker-now');
    const next = speaker.locator('.speaker-next');
    await expect(now).toContainText(TRANSFERS[1]!.title.en);
    await expect(now).toContainText(teaching(2).known.en);
    await expect(now).toContainText(teaching(2).question.en);
    await expect(next).toContainText(TRANSFERS[2]!.title.en);
    await expect(speaker.locator('.speaker-status')).toContainText('Follows the main window');
    // Main → speaker.
    await page.keyboard.press('PageDown');
    await expectStepNow(page, 3);
    await expect(now).toContainText(TRANSFERS[2]!.title.en);
    await expect(next).toContainText(TRANSFERS[3]!.title.en);
    // Speaker → main, with its buttons and with a clicker on the speaker window.
    await speaker.getByRole('button', { name: /Next step/ }).click();
    await expectStepNow(page, 4);
    await speaker.keyboard.press('PageDown');
    await expectStepNow(page, 5);
    await expect(now).toContainText(TRANSFERS[4]!.title.en);
    await speaker.keyboard.press('0');
    await expectStepNow(page, 10);
    await expect(next).toContainText('last step');
    await speaker.setViewportSize({ width: 1100, height: 800 });
    await speaker.screenshot({ path: `${TEACH_OUT}/speaker-view.png` });
    await readyOn(page, 10);
    await speaker.close();
  });
});
