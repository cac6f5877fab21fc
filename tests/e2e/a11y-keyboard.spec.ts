/**
 * Browser tests for issue 5, requirements 2 (keyboard), 3 (screen readers), 4 (motion)
 * and the maplibre side of 7 (languages), against the production build.
 *
 * Expected texts come from the data files and catalogs, or are written out here, never
 * from the app's own helpers, so a wrong helper fails the test instead of agreeing with it.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { currentStep, detailed, expect, gotoReady, test, waitReady, CORE } from './fixtures';
import transfersJson from '../../data/transfers.json' with { type: 'json' };
import placesJson from '../../data/places.json' with { type: 'json' };
import sourcesJson from '../../data/sources.json' with { type: 'json' };
import en from '../../src/i18n/en.json' with { type: 'json' };
import ko from '../../src/i18n/ko.json' with { type: 'json' };
import uk from '../../src/i18n/uk.json' with { type: 'json' };
import ru from '../../src/i18n/ru.json' with { type: 'json' };

// The machine has two cores and software WebGL, often shared with other jobs.
test.describe.configure({ timeout: 180_000 });

const TRANSFERS = transfersJson.transfers;
const PLACES = placesJson.places;
const SOURCES = sourcesJson.sources;
const CATALOGS = { en, ko, uk, ru } as const;

const transfer = (step: number) => {
  const tr = TRANSFERS.find((x) => x.step === step);
  if (!tr) throw new Error(`no transfer ${step}`);
  return tr;
};
const place = (id: string | null) => PLACES.find((p) => p.id === id)?.names.en ?? 'not stated';

/** Every source id a transfer cites (claims and evidence). */
function citedSources(tr: (typeof TRANSFERS)[number]): string[] {
  const ids = [tr.window, tr.mode, tr.from, tr.to, tr.vessel, ...tr.evidence].flatMap((c) => c.sources);
  return [...new Set(ids)];
}

/** Where a focused element sits on the page. */
type Zone = 'skip' | 'header' | 'map' | 'map-control' | 'timeline' | 'card' | 'embed-bar' | 'presenter' | 'other';

interface Focused {
  zone: Zone;
  tag: string;
  name: string;
  top: number;
  visible: boolean;
  outlineStyle: string;
  outlineWidth: number;
  outlineColor: string;
  focusColor: string;
}

/** The focused element: its zone, accessible-ish name, box and focus ring. */
async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) {
      return { zone: 'other', tag: 'body', name: '', top: 0, visible: false, outlineStyle: 'none', outlineWidth: 0, outlineColor: '', focusColor: '' } as const;
    }
    const zone = el.classList.contains('skip-link')
      ? 'skip'
      : el.closest('.maplibregl-ctrl, .static-zoom')
        ? 'map-control'
        : el.closest('.map, .static-map')
          ? 'map'
          : el.closest('.masthead')
            ? 'header'
            : el.closest('.embed-bar')
              ? 'embed-bar'
              : el.closest('#timeline')
                ? 'timeline'
                : el.closest('#step-card')
                  ? 'card'
                  : el.closest('.presenter-bar, .presenter-foot')
                    ? 'presenter'
                    : 'other';
    const r = el.getBoundingClientRect();
    const cs = getComputedStyle(el);
    const vw = document.documentElement.clientWidth;
    return {
      zone,
      tag: el.tagName.toLowerCase(),
      name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 80),
      top: r.top + window.scrollY,
      visible: r.width > 0 && r.height > 0 && r.right > 0 && r.left < vw,
      outlineStyle: cs.outlineStyle,
      outlineWidth: parseFloat(cs.outlineWidth),
      outlineColor: cs.outlineColor,
      focusColor: getComputedStyle(document.documentElement).getPropertyValue('--focus').trim(),
    } as const;
  });
}

/** Presses Tab until focus comes back to the skip link (or leaves the page), returning every stop. */
async function tabThrough(page: Page, max = 80): Promise<Focused[]> {
  const stops: Focused[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (i > 0 && (f.zone === 'skip' || f.tag === 'body')) return stops;
    stops.push(f);
  }
  throw new Error(`focus did not come round in ${max} presses: ${stops.map((s) => s.name).join(' | ')}`);
}

/** "#0a58ca" → "rgb(10, 88, 202)", the form getComputedStyle reports. */
function rgb(hex: string): string {
  const n = (i: number) => parseInt(hex.slice(i, i + 2), 16);
  return `rgb(${n(1)}, ${n(3)}, ${n(5)})`;
}

/** Fails unless the element shows a solid ring at least 3 px wide in the theme's focus colour. */
function expectRing(f: Focused): void {
  expect(f.visible, `${f.zone} "${f.name}" is on screen when focused`).toBe(true);
  expect(f.outlineStyle, `${f.zone} "${f.name}" outline style`).toBe('solid');
  expect(f.outlineWidth, `${f.zone} "${f.name}" outline width`).toBeGreaterThanOrEqual(3);
  expect(f.outlineColor, `${f.zone} "${f.name}" outline colour`).toBe(rgb(f.focusColor));
}

/** The zones in the order focus first enters them. */
function zoneOrder(stops: Focused[]): Zone[] {
  const out: Zone[] = [];
  for (const s of stops) if (out[out.length - 1] !== s.zone) out.push(s.zone);
  return out;
}

async function screensDir(testInfo: TestInfo): Promise<string> {
  const dir = join(testInfo.project.outputDir, 'screens');
  await mkdir(dir, { recursive: true });
  return dir;
}

const slider = (page: Page) => page.getByRole('slider');

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test.describe('keyboard: tab order, focus ring, skip link', () => {
  test('Tab walks skip link → header tools → map → map controls → timeline → step card, with a visible ring at every stop', async ({ page }) => {
    await gotoReady(page, detailed());
    const stops = await tabThrough(page);
    // The skip link comes first (tabThrough starts from it and stops when it comes round).
    expect(stops[0]?.zone).toBe('skip');
    expect(zoneOrder(stops)).toEqual(['skip', 'header', 'map', 'map-control', 'timeline', 'card']);
    expect(stops.filter((s) => s.zone === 'header').map((s) => s.name.replace(/^(English).*/, '$1'))).toEqual([
      'Sources & method',
      'List of steps',
      'English',
      'Embed',
      'Classroom',
    ]);
    expect(stops.filter((s) => s.zone === 'map-control').map((s) => s.name)).toEqual(['Zoom in', 'Zoom out']);
    // At the overview "Previous" is disabled, so the timeline starts at Play.
    expect(stops.filter((s) => s.zone === 'timeline').map((s) => s.tag)).toEqual(['button', 'button', 'input']);
    expect(stops.filter((s) => s.zone === 'card').length).toBeGreaterThan(0);
    for (const s of stops) expectRing(s);
  });

  test('at 390 × 844 the tab order follows the stacked layout from top to bottom', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await gotoReady(page, '?step=3');
    const stops = await tabThrough(page);
    expect(zoneOrder(stops)).toEqual(['skip', 'header', 'map', 'map-control', 'timeline', 'card']);
    // Zone by zone, each comes below the one before (the skip link floats over the header).
    const firstTop = (zone: Zone) => stops.find((s) => s.zone === zone)?.top ?? NaN;
    const tops = (['map', 'timeline', 'card'] as const).map(firstTop);
    expect(tops[0]).toBeGreaterThan(firstTop('header'));
    expect(tops[1]).toBeGreaterThan(tops[0] ?? Infinity);
    expect(tops[2]).toBeGreaterThan(tops[1] ?? Infinity);
    for (const s of stops) expectRing(s);
  });

  for (const theme of ['dark', 'contrast'] as const) {
    test(`the focus ring shows in the ${theme} theme on the skip link, map canvas, zoom button and slider`, async ({ page }) => {
      await gotoReady(page, detailed(`?theme=${theme}`));
      const stops = await tabThrough(page);
      const want: Zone[] = ['skip', 'map', 'map-control', 'timeline'];
      for (const zone of want) {
        const s = stops.find((x) => x.zone === zone);
        expect(s, `a stop in ${zone}`).toBeDefined();
        if (s) expectRing(s);
      }
    });
  }

  test('focus never sticks in the map: arrows pan it, Tab and Shift+Tab leave it', async ({ page }) => {
    await gotoReady(page, detailed('?step=4'));
    const canvas = page.locator('.map canvas');
    await canvas.focus();
    for (const key of ['ArrowLeft', 'ArrowUp', 'ArrowRight', '+', '-']) await page.keyboard.press(key);
    // The map's own keys move the map, not the timeline.
    expect(await currentStep(page)).toBe(4);
    await expect(canvas).toBeFocused();
    await page.keyboard.press('Tab');
    expect((await focused(page)).name).toBe('Zoom in');
    await page.keyboard.press('Tab');
    expect((await focused(page)).name).toBe('Zoom out');
    await page.keyboard.press('Tab');
    const after = await focused(page);
    expect(after.zone, `after the map: "${after.name}"`).toBe('timeline');
    // And backwards out of the canvas to the header.
    await canvas.focus();
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).zone).toBe('header');
  });

  test('the skip link appears on the first Tab and moves focus to the timeline slider (desktop and phone screenshots)', async ({ page }, testInfo) => {
    const dir = await screensDir(testInfo);
    for (const [w, h] of [
      [1280, 800],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await gotoReady(page, '?step=2');
      const link = page.locator('.skip-link');
      // Hidden off screen until focused.
      expect((await link.boundingBox())?.x ?? 0).toBeLessThan(-100);
      await page.keyboard.press('Tab');
      await expect(link).toBeFocused();
      const box = await link.boundingBox();
      expect(box, 'skip link box').not.toBeNull();
      expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(w);
      expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
      // Nothing covers it: the topmost element at its centre is the link itself.
      const onTop = await link.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return el.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
      });
      expect(onTop, 'skip link is on top').toBe(true);
      await page.screenshot({ path: join(dir, `skip-link-focused-${w}x${h}.png`) });
      await page.keyboard.press('Enter');
      await expect(slider(page)).toBeFocused();
      await page.keyboard.press('ArrowRight');
      await expect(page.locator('html')).toHaveAttribute('data-step', '3');
      await waitReady(page, 3);
    }
  });

  test('in presenter mode the skip link lands on the current step in the progress bar', async ({ page }) => {
    await gotoReady(page, '?present=1&step=5');
    await page.keyboard.press('Tab');
    await expect(page.locator('.skip-link')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('.presenter-foot [aria-current="step"]')).toBeFocused();
  });

  test('every step is reachable by keys: slider arrows, Home/End, the step buttons and digit keys', CORE, async ({ page }) => {
    await gotoReady(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(slider(page)).toBeFocused();
    for (let step = 1; step <= 10; step++) {
      await page.keyboard.press('ArrowRight');
      await expect(page.locator('html')).toHaveAttribute('data-step', String(step));
    }
    await page.keyboard.press('Home');
    await expect(page.locator('html')).toHaveAttribute('data-step', '0');
    await page.keyboard.press('End');
    await expect(page.locator('html')).toHaveAttribute('data-step', '10');
    // Shift+Tab from the slider: Next is disabled at step 10 and skipped, so Play, then Previous.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).name).toBe('Previous step');
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('data-step', '9');
    // Digit keys from anywhere that is not a field: 1–9 and 0 (= 10).
    await page.locator('.masthead h1').click();
    for (const [key, step] of [
      ['1', 1],
      ['6', 6],
      ['0', 10],
    ] as const) {
      await page.keyboard.press(key);
      await expect(page.locator('html')).toHaveAttribute('data-step', String(step));
    }
    await waitReady(page, 10);
  });
});

test.describe('screen readers', () => {
  test('the slider names the step in its aria-valuetext, in every language', async ({ page }) => {
    await gotoReady(page, '?step=3');
    const expected = {
      en: 'Step 3 of 10: 7–8 Sep 2023, by sea, Najin (Rajin) to Dunai (Dunay)',
      ko: '단계 3/10: 2023년 9월 7~8일, 해상, 나진에서 두나이까지',
      uk: 'Крок 3 з 10: 7–8 вересня 2023, морем, Наджин (Раджин) — Дунай (Приморський край)',
      ru: 'Шаг 3 из 10: 7–8 сентября 2023, морем, Наджин (Раджин) — Дунай (Приморский край)',
    } as const;
    for (const lang of ['en', 'ko', 'uk', 'ru'] as const) {
      await page.locator('.lang-switch select').selectOption(lang);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(slider(page)).toHaveAttribute('aria-valuetext', expected[lang]);
    }
    // A step without a destination says so rather than inventing one.
    await page.locator('.lang-switch select').selectOption('en');
    await slider(page).focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await expect(slider(page)).toHaveAttribute(
      'aria-valuetext',
      `Step 1 of 10: ${transfer(1).window.label.en}, mode of transport not disclosed, from Najin (Rajin), destination not stated`,
    );
    await page.keyboard.press('Home');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', en['step.overview.valuetext']);
  });

  test('one polite live region announces each step change once; the focused slider speaks for itself', CORE, async ({ page }) => {
    await gotoReady(page);
    // Every region assistive technology would speak from, and a log of each one's text changes.
    await page.evaluate(() => {
      const log: { region: number; text: string }[] = [];
      (window as unknown as { __spoken: typeof log }).__spoken = log;
      const regions = [...document.querySelectorAll('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]')];
      regions.forEach((el, region) => {
        new MutationObserver(() => {
          const text = (el.textContent ?? '').trim();
          if (text) log.push({ region, text });
        }).observe(el, { subtree: true, childList: true, characterData: true });
      });
    });
    const spoken = () => page.evaluate(() => (window as unknown as { __spoken: { region: number; text: string }[] }).__spoken.splice(0));
    const regions = page.locator('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]');
    await expect(regions).toHaveCount(1);
    await expect(regions).toHaveAttribute('aria-live', 'polite');
    // Visually hidden: a 1 × 1 px clip.
    const box = await regions.boundingBox();
    expect((box?.width ?? 99) <= 1 && (box?.height ?? 99) <= 1).toBe(true);

    // Next, by keyboard.
    await page.getByRole('button', { name: 'Next step' }).focus();
    await page.keyboard.press('Enter');
    await waitReady(page, 1);
    expect(await spoken()).toEqual([{ region: 0, text: `Step 1 of 10: ${transfer(1).title.en}` }]);

    // A digit key from the page.
    await page.locator('.masthead h1').click();
    await page.keyboard.press('5');
    await waitReady(page, 5);
    expect(await spoken()).toEqual([{ region: 0, text: `Step 5 of 10: ${transfer(5).title.en}` }]);

    // The focused slider: its aria-valuetext changes, the live region stays quiet.
    await slider(page).focus();
    await page.keyboard.press('ArrowRight');
    await waitReady(page, 6);
    await expect(slider(page)).toHaveAttribute('aria-valuetext', /^Step 6 of 10: /);
    expect(await spoken()).toEqual([]);

    // A language switch is not a step change.
    await page.locator('.lang-switch select').selectOption('uk');
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
    expect(await spoken()).toEqual([]);

    // Previous, in Ukrainian: the announcement is in the UI language.
    await page.getByRole('button', { name: uk['timeline.previous'] }).focus();
    await page.keyboard.press('Enter');
    await waitReady(page, 5);
    expect(await spoken()).toEqual([{ region: 0, text: `Крок 5 з 10: ${transfer(5).title.uk}` }]);
  });

  test('presenter mode has the same single live region (the presenter bar does not speak too)', async ({ page }) => {
    await gotoReady(page, '?present=1&step=2');
    const regions = page.locator('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]');
    await expect(regions).toHaveCount(1);
    await page.locator('.presenter-title').click();
    await page.keyboard.press('ArrowRight');
    await waitReady(page, 3);
    await expect(regions).toHaveText(`Step 3 of 10: ${transfer(3).title.en}`);
  });

  test('the map has a meaningful name and is described by what the current step draws', async ({ page }) => {
    await gotoReady(page, detailed('?step=3'));
    const region = page.getByRole('region', { name: en['map.label'], exact: true });
    const canvas = page.locator('.map canvas');
    await expect(region).toHaveCount(1);
    await expect(canvas).toHaveAccessibleName(en['map.canvasLabel']);
    const step3 =
      'The map shows step 3 of 10. ' +
      'Sea leg (ports reported, track schematic): Najin (Rajin) to Dunai (Dunay); certainty: reported. ' +
      'Rail (route not reported): Dunai (Dunay) to Depot near Tikhoretsk; certainty: illustrative. ' +
      'Toward Ukraine (schematic): from Depot near Tikhoretsk; certainty: illustrative.';
    await expect(region).toHaveAccessibleDescription(step3);
    await expect(canvas).toHaveAccessibleDescription(step3);

    // Step 9 sails to Vostochny (our inference) and joins the trunk there: no Dunai in its
    // description, and every line is as certain as the step's claim: inferred.
    await slider(page).focus();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await waitReady(page, 9);
    await expect(canvas).toHaveAccessibleDescription(/Najin \(Rajin\) to Vostochny Port; certainty: inferred\. Rail \(route not reported\): Vostochny Port to Depot near Tikhoretsk; certainty: inferred/);
    await expect(canvas).not.toHaveAccessibleDescription(/Dunai/);

    // Step 1 draws no route and says so, naming the place it marks.
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await waitReady(page, 1);
    await expect(canvas).toHaveAccessibleDescription(`The map shows step 1 of 10. No route is drawn for this step; the map marks: ${place('najin')}.`);

    // The overview lists every kind of line, air included.
    await page.keyboard.press('Home');
    await waitReady(page, 0);
    await expect(canvas).toHaveAccessibleDescription(/^The map shows the whole reported route\. .*Air \(undated, destination not disclosed\): from Pyongyang Sunan Airport; certainty: illustrative\./);

    // In Korean, name and description follow.
    await page.locator('.lang-switch select').selectOption('ko');
    await expect(canvas).toHaveAccessibleName(ko['map.canvasLabel']);
    await expect(canvas).toHaveAccessibleDescription(/^지도는 보도된 전체 경로를 보여 줍니다\. .*나진에서 두나이까지/);
  });
});

test.describe('list of steps', () => {
  test('a keyboard user opens the table, reads every step with its record, certainty and sources, and shows one on the map', async ({ page }, testInfo) => {
    await gotoReady(page, detailed());
    // Tab to the header button and open it with Enter.
    await page.keyboard.press('Tab');
    let f = await focused(page);
    for (let i = 0; i < 10 && f.name !== 'List of steps'; i++) {
      await page.keyboard.press('Tab');
      f = await focused(page);
    }
    expect(f.name).toBe('List of steps');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'List of steps' });
    await expect(dialog).toBeVisible();
    expect(await dialog.evaluate((d) => d.matches(':modal'))).toBe(true);

    const table = dialog.getByRole('table', { name: en['handout.transfers'] });
    await expect(table).toBeVisible();
    await expect(table.locator('caption')).toHaveText(en['handout.transfers']);
    const headers = table.locator('thead th');
    await expect(headers).toHaveText(['#', 'Step', 'When', 'How', 'Route', 'Sources', 'Map']);
    for (const th of await headers.all()) await expect(th).toHaveAttribute('scope', 'col');
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(10);
    for (const tr of TRANSFERS) {
      const row = rows.nth(tr.step - 1);
      const rowHeader = row.locator('th[scope="row"]');
      // The row is named by the step's title; under it, the kind of record and any "sources differ".
      await expect(rowHeader.locator('.list-title')).toHaveText(tr.title.en);
      await expect(rowHeader.locator('.list-record')).toHaveText(en[`record.${tr.record}` as keyof typeof en]);
      await expect(row.getByRole('cell').nth(0)).toHaveText(String(tr.step));
      await expect(row).toContainText(tr.window.label.en);
      await expect(row).toContainText(en[(tr.mode.value ? `mode.${tr.mode.value}` : 'mode.not-disclosed') as keyof typeof en]);
      if (tr.to.value) await expect(row).toContainText(`${place(tr.from.value)} to ${place(tr.to.value)}`);
      else await expect(row).toContainText(`from ${place(tr.from.value)}, destination not stated`);
      // A certainty badge for when, how and route: shape and word, not colour alone.
      // (and for where the cargo went onward, when the step says).
      await expect(row.locator('.badge')).toHaveCount(tr.onward.value === null ? 3 : 4);
      await expect(row.locator('.badge').first()).toContainText(en[`certainty.${tr.window.certainty}` as keyof typeof en]);
      // Every cited source that has a link, linked (a source cited without one says why instead).
      const links = row.locator('td.col-sources a');
      const ids = citedSources(tr).filter((id) => SOURCES.find((s) => s.id === id)?.url);
      await expect(links).toHaveCount(ids.length);
      for (const [i, id] of ids.entries()) {
        const src = SOURCES.find((s) => s.id === id);
        await expect(links.nth(i)).toHaveAttribute('href', src?.url ?? 'missing');
      }
      await expect(row.getByRole('button', { name: `Show on map: ${tr.title.en}` })).toBeVisible();
    }
    await page.screenshot({ path: join(await screensDir(testInfo), 'list-view-1280x800.png') });

    // Keyboard only: Tab to transfer 7's button and press Enter.
    const target = dialog.getByRole('button', { name: `Show on map: ${transfer(7).title.en}` });
    for (let i = 0; i < 120; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) break;
      await page.keyboard.press('Tab');
    }
    await expect(target).toBeFocused();
    expectRing(await focused(page));
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('data-step', '7');
    // Focus on the map, which describes step 7.
    const canvas = page.locator('.map canvas');
    await expect(canvas).toBeFocused();
    await expect(canvas).toHaveAccessibleDescription(/^The map shows step 7 of 10\. /);
    await waitReady(page, 7);

    // Reopened, the list marks the step on the map now; Escape closes it.
    await page.getByRole('button', { name: 'List of steps' }).click();
    await expect(dialog.locator('tbody tr[aria-current="step"] th .list-title')).toHaveText(transfer(7).title.en);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  });

  test('on a phone the list stacks each transfer and stays a table for assistive technology', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await gotoReady(page, detailed('?step=4&lang=ko'));
    await page.getByRole('button', { name: ko['list.button'] }).click();
    const dialog = page.getByRole('dialog', { name: ko['list.button'] });
    await expect(dialog).toBeVisible();
    const table = dialog.getByRole('table');
    await expect(table.getByRole('row')).toHaveCount(11);
    await expect(table.getByRole('columnheader')).toHaveCount(7);
    await expect(table.getByRole('rowheader')).toHaveCount(10);
    // No sideways scrolling inside the dialog.
    const overflow = await dialog.evaluate((d) => d.scrollWidth - d.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.screenshot({ path: join(await screensDir(testInfo), 'list-view-390x844-ko.png') });
    await dialog.getByRole('button', { name: `${ko['list.show']}: ${transfer(2).title.ko}` }).click();
    await expect(page.locator('html')).toHaveAttribute('data-step', '2');
    await expect(page.locator('.map canvas')).toBeFocused();
    await waitReady(page, 2);
  });

  test('the open list has no axe WCAG 2.2 A/AA violations in the light, dark and contrast themes', async ({ page }) => {
    const found: string[] = [];
    for (const theme of ['light', 'dark', 'contrast'] as const) {
      await gotoReady(page, `?theme=${theme}&step=5`);
      await page.getByRole('button', { name: 'List of steps' }).click();
      await expect(page.getByRole('dialog', { name: 'List of steps' })).toBeVisible();
      const result = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .include('.transfer-list')
        .setLegacyMode(true)
        .analyze();
      // A vacuous pass would be a broken audit.
      expect(result.passes.length, `axe checked the list (${theme})`).toBeGreaterThan(5);
      found.push(...result.violations.flatMap((v) => v.nodes.map((n) => `${theme}: ${v.id} ${v.help} — ${n.target.join(' ')}`)));
    }
    expect(found).toEqual([]);
  });

  test('the embed bar opens the same list, which drives the embedded map', async ({ page }) => {
    await page.setViewportSize({ width: 640, height: 600 });
    await gotoReady(page, detailed('?embed=1&step=1'));
    const button = page.locator('.embed-bar').getByRole('button', { name: 'List of steps' });
    await expect(button).toHaveText(/^☰\s*List$/);
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'List of steps' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: `Show on map: ${transfer(4).title.en}` }).click();
    await expect(page.locator('html')).toHaveAttribute('data-step', '4');
    await expect(page.locator('.embed-title')).toHaveText(transfer(4).title.en);
    await expect(page.locator('.map canvas')).toBeFocused();
    await waitReady(page, 4);
  });
});

test.describe('maplibre controls follow the language', () => {
  test('zoom buttons and the canvas are relabelled on a language switch without recreating the map', async ({ page }) => {
    await gotoReady(page, detailed('?step=2'));
    // Mark the live canvas: a recreated map would bring a new, unmarked one.
    await page.locator('.map canvas').evaluate((c) => c.setAttribute('data-test-original', '1'));
    for (const lang of ['ko', 'uk', 'ru', 'en'] as const) {
      const cat = CATALOGS[lang];
      await page.locator('.lang-switch select').selectOption(lang);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      for (const [cls, key] of [
        ['.maplibregl-ctrl-zoom-in', 'map.zoomIn'],
        ['.maplibregl-ctrl-zoom-out', 'map.zoomOut'],
      ] as const) {
        const b = page.locator(cls);
        await expect(b).toHaveAttribute('title', cat[key]);
        await expect(b).toHaveAccessibleName(cat[key]);
      }
      await expect(page.locator('.map canvas')).toHaveAccessibleName(cat['map.canvasLabel']);
      await expect(page.locator('.map canvas')).toHaveCount(1);
      await expect(page.locator('.map canvas')).toHaveAttribute('data-test-original', '1');
    }
    expect(await currentStep(page)).toBe(2);
  });
});

test.describe('reduced motion', () => {
  type Camera = { lng: number; lat: number; zoom: number; moving: boolean };
  interface Trace {
    /** Camera right after the click, in the same task. */
    first: Camera | null;
    /** Camera and marker at each of the next animation frames. */
    frames: { camera: Camera | null; marker: [number, number] | null }[];
  }

  /** Clicks Next and samples the camera at once, then camera and marker for `frames` frames. */
  async function traceStepChange(page: Page, frames: number): Promise<Trace> {
    return page.evaluate(async (n) => {
      type Probe = { camera: () => Camera | null; marker: () => Promise<[number, number] | null> };
      const probe = (window as unknown as { __shellRouteMap?: Probe }).__shellRouteMap;
      if (!probe) throw new Error('no map probe on window');
      const next = [...document.querySelectorAll<HTMLButtonElement>('.timeline-controls button')].find((b) => b.getAttribute('aria-label') === 'Next step');
      if (!next) throw new Error('no Next button');
      next.click();
      const first = probe.camera();
      const out: Trace['frames'] = [];
      for (let i = 0; i < n; i++) {
        await new Promise((r) => requestAnimationFrame(() => r(null)));
        out.push({ camera: probe.camera(), marker: await probe.marker() });
      }
      return { first, frames: out };
    }, frames);
  }

  async function finalCamera(page: Page): Promise<{ camera: Camera | null; marker: [number, number] | null }> {
    return page.evaluate(async () => {
      type Probe = { camera: () => Camera | null; marker: () => Promise<[number, number] | null> };
      const probe = (window as unknown as { __shellRouteMap: Probe }).__shellRouteMap;
      return { camera: probe.camera(), marker: await probe.marker() };
    });
  }

  const close = (a: Camera | null, b: Camera | null) =>
    !!a && !!b && Math.abs(a.lng - b.lng) < 1e-6 && Math.abs(a.lat - b.lat) < 1e-6 && Math.abs(a.zoom - b.zoom) < 1e-6;

  // Step 8 draws no route; step 9 sails Najin → Vostochny and goes on by rail: a new view and a marker path.
  test('with prefers-reduced-motion the camera jumps and the marker is placed at once: no frame moves either', async ({ page }) => {
    await gotoReady(page, detailed('?step=8'));
    const before = await finalCamera(page);
    const trace = await traceStepChange(page, 30);
    await waitReady(page, 9);
    const end = await finalCamera(page);
    expect(close(before.camera, end.camera), 'step 9 frames a different view from step 8').toBe(false);
    expect(trace.first?.moving, 'no camera flight').toBe(false);
    expect(close(trace.first, end.camera), `camera at once ${JSON.stringify(trace.first)} = final ${JSON.stringify(end.camera)}`).toBe(true);
    expect(end.marker, 'the marker is drawn at the end of the route').not.toBeNull();
    for (const [i, f] of trace.frames.entries()) {
      expect(close(f.camera, end.camera), `frame ${i}: camera still`).toBe(true);
      expect(f.camera?.moving, `frame ${i}: not moving`).toBe(false);
      expect(f.marker, `frame ${i}: marker at its final place`).toEqual(end.marker);
    }
  });

  test('control: with motion allowed the same step change flies the camera and moves the marker across frames', async ({ page }) => {
    await gotoReady(page, detailed('?step=8'));
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    const trace = await traceStepChange(page, 30);
    const markers = new Set(trace.frames.map((f) => JSON.stringify(f.marker)));
    expect(trace.frames.some((f) => f.camera?.moving), 'the camera flies').toBe(true);
    expect(markers.size, 'the marker moves').toBeGreaterThan(3);
    await waitReady(page, 9);
    const end = await finalCamera(page);
    expect(close(trace.first, end.camera), 'the camera was not yet at its final view').toBe(false);
  });
});
