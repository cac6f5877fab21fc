/**
 * Browser tests for the foundation issue (requirements 6, 7, 10, 11, 12, 13) against
 * the production build. Most tests emulate prefers-reduced-motion so a step change is
 * instant; the "with motion" group checks the marker animation itself.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CDPSession, Locator, Page, TestInfo } from '@playwright/test';
import { currentStep, detailed, expect, gotoReady, test, waitReady, CORE } from './fixtures';
import transfersJson from '../../data/transfers.json' with { type: 'json' };
import sourcesJson from '../../data/sources.json' with { type: 'json' };
import EN from '../../src/i18n/en.json' with { type: 'json' };
import { PALETTES } from '../../src/look/palette';
import { UNUSED_MAPLIBRE_CLASSES } from '../../scripts/build/maplibre-css-plugin';

// Generous: the machine has two cores and software WebGL, often shared with other jobs.
test.describe.configure({ timeout: 180_000 });

const TRANSFERS = transfersJson.transfers;
const SOURCES = sourcesJson.sources;
const LAST = 10;

/** Light-theme route colours (src/map/palette.ts). */
const SEA = PALETTES.light.sea;
const RAIL = PALETTES.light.rail;

/** "…1 million shells", "300 shells", "1,000,000 artillery shells": a number of shells. */
const SHELL_QUANTITY = /\d[\d,.\s]*\+?\s*(?:million|thousand|mn|k)?\s*(?:artillery\s+)?shells\b/i;

const titleOf = (step: number): string => {
  const tr = TRANSFERS.find((x) => x.step === step);
  if (!tr) throw new Error(`no transfer for step ${step}`);
  return tr.title.en;
};

const slider = (page: Page) => page.getByRole('slider');
const prevButton = (page: Page) => page.getByRole('button', { name: /Previous/ });
const nextButton = (page: Page) => page.getByRole('button', { name: /Next/ });
const playButton = (page: Page) => page.locator('.timeline-controls .play');
const card = (page: Page) => page.locator('#step-card');
const cardHeading = (page: Page) => card(page).getByRole('heading', { level: 2 });

/** <outputDir>/screens: test-results/screens by default, or under --output. */
async function screensDir(testInfo: TestInfo): Promise<string> {
  const dir = join(testInfo.project.outputDir, 'screens');
  await mkdir(dir, { recursive: true });
  return dir;
}

const cdpSessions = new WeakMap<Page, CDPSession>();

/** aria-valuenow of the slider as Chromium's accessibility tree exposes it to assistive tech. */
async function sliderValueNow(page: Page): Promise<number | undefined> {
  let cdp = cdpSessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    cdpSessions.set(page, cdp);
  }
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'input[type="range"]' });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  const node = nodes.find((n) => n.role?.value === 'slider');
  const v: unknown = node?.value?.value;
  return typeof v === 'number' ? v : undefined;
}

/** Asserts the whole UI agrees on `step`: html flag, URL, slider, aria-valuenow and card. */
async function expectStep(page: Page, step: number): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-step', String(step));
  await expect(slider(page)).toHaveValue(String(step));
  expect(await sliderValueNow(page), 'slider aria-valuenow').toBe(step);
  if (step === 0) {
    await expect(card(page)).toContainText('more than 1 million');
    await expect(cardHeading(page)).toHaveText('The reported route, August – November 2023');
  } else {
    await expect(cardHeading(page)).toHaveText(titleOf(step));
    await expect(card(page)).toContainText(`Step ${step} of ${LAST}`);
  }
  // The URL follows once the map has drawn the step (src/state/history-sync.ts).
  const inUrl = expect.poll(() => new URL(page.url()).searchParams.get('step'), { message: 'step in the URL' });
  if (step === 0) await inUrl.toBeNull();
  else await inUrl.toBe(String(step));
}

/** Counts pixels of a PNG within `tolerance` (per channel) of each hex colour, decoded in the page. */
async function countColours(page: Page, png: Buffer, colours: string[], tolerance = 24): Promise<number[]> {
  const dataUrl = `data:image/png;base64,${png.toString('base64')}`;
  return page.evaluate(
    async ({ dataUrl, colours, tolerance }) => {
      const img = new Image();
      img.src = dataUrl;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      const targets = colours.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
      const counts = colours.map(() => 0);
      for (let p = 0; p < data.length; p += 4) {
        const r = data[p] ?? 0;
        const g = data[p + 1] ?? 0;
        const b = data[p + 2] ?? 0;
        targets.forEach(([tr = 0, tg = 0, tb = 0], i) => {
          if (Math.abs(r - tr) <= tolerance && Math.abs(g - tg) <= tolerance && Math.abs(b - tb) <= tolerance) {
            counts[i] = (counts[i] ?? 0) + 1;
          }
        });
      }
      return counts;
    },
    { dataUrl, colours, tolerance },
  );
}

/** Screenshot of the WebGL map only: the legend and the SVG port inset draw the same colours, so they are hidden. */
/**
 * A screenshot of the map alone: overlays hidden through the CSSOM (Playwright's `style`
 * option injects a <style> tag, which the page's CSP rightly refuses), then restored.
 */
async function mapShot(page: Page): Promise<Buffer> {
  const overlays = '.legend, .port-inset, .maplibregl-control-container';
  const setHidden = (hidden: boolean) =>
    page.evaluate(
      ({ sel, hidden }) => {
        for (const el of document.querySelectorAll<HTMLElement>(sel)) {
          if (hidden) el.style.setProperty('visibility', 'hidden', 'important');
          else el.style.removeProperty('visibility');
        }
      },
      { sel: overlays, hidden },
    );
  await setHidden(true);
  try {
    return await page.locator('.map').screenshot();
  } finally {
    await setHidden(false);
  }
}

/** Pauses an installed page clock a moment from now (the page's time keeps running meanwhile). */
async function pauseClock(page: Page): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const now = await page.evaluate(() => Date.now());
    try {
      await page.clock.pauseAt(now + 250 * (attempt + 1));
      return;
    } catch (e) {
      if (attempt >= 3) throw e;
    }
  }
}

/** Records every (step, mapState) pair the page passes through, with a timestamp. */
async function recordMapStates(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: { at: number; state: string }[] = [];
    (window as unknown as { __mapStates: typeof log }).__mapStates = log;
    const note = () => {
      const d = document.documentElement?.dataset;
      if (!d) return;
      const entry = `${d.step ?? '?'}:${d.mapState ?? '?'}`;
      if (log[log.length - 1]?.state !== entry) log.push({ at: performance.now(), state: entry });
    };
    // Init scripts run before <html> exists: watch the whole document.
    new MutationObserver(note).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-step', 'data-map-state'],
    });
  });
}

async function mapStates(page: Page): Promise<{ at: number; state: string }[]> {
  return page.evaluate(() => (window as unknown as { __mapStates: { at: number; state: string }[] }).__mapStates);
}

/** Centre x of the range thumb for `value` (Chromium's thumb is ~16 px wide). */
async function thumbX(range: Locator, value: number): Promise<{ x: number; y: number }> {
  const box = await range.boundingBox();
  if (!box) throw new Error('slider has no box');
  const thumb = 16;
  return { x: box.x + thumb / 2 + ((box.width - thumb) * value) / LAST, y: box.y + box.height / 2 };
}

test.describe('loading', () => {
  test.use({ colorScheme: 'light' });

  test('the page loads with zero console errors and zero off-origin requests and the map reaches ready', CORE, async ({ page, offences }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await gotoReady(page);
    await expect(page.locator('html')).toHaveAttribute('data-map-state', 'ready');
    expect(await currentStep(page)).toBe(0);
    // The first map is the SVG map, drawn without the engine (#21).
    await expect(page.locator('html')).toHaveAttribute('data-map-engine', 'svg');
    await expect(page.locator('.static-map-svg')).toBeVisible();
    await expect(page.locator('.map-error')).toHaveCount(0);
    expect(requests.filter((u) => /\/assets\/maplibre-[^/]*\.js$/.test(u))).toEqual([]);
    // The basemap really was fetched from the local origin (guards against a vacuous pass).
    expect(requests.some((u) => /\/assets\/land-[^/]*\.json$/.test(u))).toBe(true);
    expect(offences).toEqual({ consoleErrors: [], pageErrors: [], offOriginRequests: [] });
  });

  test('the map is in its frame, named for the reader, and drawn at the size of the frame', async ({ page, offences }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await gotoReady(page, detailed());
    const map = page.locator('.map-frame > .map');
    await expect(map).toHaveCount(1);
    await expect(page.locator('.map')).toHaveCount(1);
    await expect(map).toHaveAttribute('role', 'region');
    await expect(map).toHaveAccessibleName('Map of the reported route');
    const sizes = await page.evaluate(() => {
      const el = document.querySelector<HTMLElement>('.map-frame > .map');
      const canvas = el?.querySelector('canvas');
      return { el: [el?.clientWidth, el?.clientHeight], canvas: [canvas?.clientWidth, canvas?.clientHeight] };
    });
    expect(sizes.canvas).toEqual(sizes.el);
    expect(offences).toEqual({ consoleErrors: [], pageErrors: [], offOriginRequests: [] });
  });

  test('the map draws only the controls whose styles the build keeps (scripts/build/maplibre-css-plugin.ts)', async ({ page, offences }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    for (const query of ['', '?embed=1']) {
      await gotoReady(page, detailed(query));
      await expect(page.locator('.maplibregl-ctrl-zoom-in')).toBeVisible();
      const found = await page.evaluate((unused) => {
        const all = [...document.querySelectorAll('[class*="maplibregl-"]')].flatMap((el) => [...el.classList]);
        return [...new Set(all.filter((c) => unused.some((u) => c === u || c.startsWith(`${u}-`))))];
      }, [...UNUSED_MAPLIBRE_CLASSES]);
      expect(found, `page ${query || '/'}`).toEqual([]);
      // The kept rules still draw the zoom buttons' icons.
      const icon = await page.locator('.maplibregl-ctrl-zoom-in .maplibregl-ctrl-icon').evaluate((el) => getComputedStyle(el).backgroundImage);
      expect(icon).toMatch(/^url\("data:image\/svg\+xml/);
    }
    expect(offences).toEqual({ consoleErrors: [], pageErrors: [], offOriginRequests: [] });
  });
});

test.describe('loading on a phone', () => {
  test.use({ colorScheme: 'light', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the HTML's title and dek are painted first and stay: on a phone the largest contentful paint is the first paint", async ({ page, offences }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    // Before any of the page's scripts: keep the dek node the HTML parser makes, and every paint entry.
    await page.addInitScript(() => {
      const w = window as unknown as { __shell: { dek: Element | null; lcp: { t: number; el: string }[]; fcp: number } };
      w.__shell = { dek: null, lcp: [], fcp: -1 };
      document.addEventListener('DOMContentLoaded', () => (w.__shell.dek = document.querySelector('.dek')));
      new PerformanceObserver((l) => {
        for (const e of l.getEntries() as (PerformanceEntry & { element?: Element | null; size?: number })[]) w.__shell.lcp.push({ t: e.startTime, el: `${e.element?.tagName ?? 'none'}.${e.element?.className ?? ''}` });
      }).observe({ type: 'largest-contentful-paint', buffered: true });
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') w.__shell.fcp = e.startTime;
      }).observe({ type: 'paint', buffered: true });
    });
    await gotoReady(page);
    // The tools React adds sit beside the HTML's own title and dek.
    await expect(page.locator('.masthead .tools').getByRole('button', { name: 'Sources & method' })).toBeVisible();
    const shell = await page.evaluate(() => {
      const s = (window as unknown as { __shell: { dek: Element | null; lcp: { t: number; el: string }[]; fcp: number } }).__shell;
      return { same: s.dek !== null && s.dek === document.querySelector('.dek') && s.dek.isConnected, lcp: s.lcp, fcp: s.fcp };
    });
    expect(shell.same).toBe(true);
    expect(shell.fcp).toBeGreaterThan(0);
    // One candidate, painted with the first contentful paint: nothing React rendered later was larger.
    // (On a wide screen the step card's longest point, which React renders, is about as large as
    // the dek and can win: there the first paint has already shown the title and dek.)
    expect(shell.lcp.map((e) => e.el)).toEqual(['P.dek']);
    expect(shell.lcp[0]?.t).toBe(shell.fcp);
    expect(offences).toEqual({ consoleErrors: [], pageErrors: [], offOriginRequests: [] });
  });
});

/** Holds the page's scripts until `release` is called: the page as a slow network first shows it. */
async function holdScripts(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test.describe('the intro before JavaScript', () => {
  test.use({ colorScheme: 'light', viewport: { width: 1280, height: 800 } });

  test('a wide screen shows the intro, with its sources, before any script has run; React then draws it in the same place', async ({ page, offences }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const release = await holdScripts(page);
    await page.goto('./', { waitUntil: 'commit' });
    const early = page.locator('.boot-layout #step-title');
    await expect(early).toHaveText(EN['overview.heading']);
    // The overview's map is drawn before any script (#21): the wide frame's copy, with its route.
    await expect(page.locator('.boot-layout .boot-map-wide svg')).toBeVisible();
    await expect(page.locator('.boot-layout .boot-map-narrow')).toBeHidden();
    expect(await page.locator('.boot-layout .boot-map-wide .static-leg').count()).toBeGreaterThan(3);
    await expect(page.locator('.boot-layout .headline')).toContainText(EN['overview.headline']);
    const caveats = page.locator('.boot-layout .caveats li');
    await expect(caveats).toHaveCount(3);
    await expect(caveats.nth(0)).toHaveText(EN['overview.total']);
    await expect(caveats.nth(1)).toContainText(EN['overview.tenOdd']);
    await expect(caveats.nth(2)).toContainText(EN['overview.unconfirmed']);
    // Every claim carries its sources, as links to the source pages of the data.
    const hrefs = await page.locator('.boot-layout .source-links a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThanOrEqual(5);
    for (const href of hrefs) expect(SOURCES.map((x) => x.url)).toContain(href);
    // Not the hint to press Next: there is no Next button until the scripts run.
    await expect(page.locator('.boot-layout .hint')).toBeHidden();
    expect(await page.evaluate(() => document.documentElement.dataset.mapState)).toBe('loading');
    const before = await early.boundingBox();
    const bootMap = await page.locator('.boot-layout .boot-map-wide').boundingBox();
    release();
    await waitReady(page);
    // The build's map sat where React's map frame is: same left, top and width, nearly the same height.
    const frame = await page.locator('.map-frame').boundingBox();
    expect(bootMap && frame).toBeTruthy();
    expect(Math.abs((bootMap?.x ?? 0) - (frame?.x ?? 99))).toBeLessThanOrEqual(1);
    expect(Math.abs((bootMap?.y ?? 0) - (frame?.y ?? 99))).toBeLessThanOrEqual(1);
    expect(Math.abs((bootMap?.width ?? 0) - (frame?.width ?? 99))).toBeLessThanOrEqual(1);
    expect(Math.abs((bootMap?.height ?? 0) - (frame?.height ?? 999))).toBeLessThanOrEqual(32);
    await expect(page.locator('.boot-layout')).toHaveCount(0);
    await expect(page.locator('#step-title')).toHaveCount(1);
    const after = await page.locator('#step-title').boundingBox();
    expect(before && after).toBeTruthy();
    expect(Math.abs((after?.x ?? 0) - (before?.x ?? -99))).toBeLessThanOrEqual(1);
    expect(Math.abs((after?.y ?? 0) - (before?.y ?? -99))).toBeLessThanOrEqual(1);
    expect(offences).toEqual({ consoleErrors: [], pageErrors: [], offOriginRequests: [] });
  });

  test('until Noto Sans arrives, text is set in a local fallback scaled to its widths, so the intro does not re-wrap when the web font swaps in', async ({ page, offences }) => {
    await gotoReady(page);
    const stack = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(stack.replace(/["']/g, '')).toMatch(/^Noto Sans, Noto Sans Fallback,/);
    const widths = await page.evaluate(async () => {
      const text = [document.querySelector('.masthead'), document.querySelector('.panel-col')].map((el) => (el as HTMLElement).innerText).join('\n');
      const ctx = document.createElement('canvas').getContext('2d');
      if (!ctx) throw new Error('no 2d canvas');
      const out: { weight: string; loaded: boolean; noto: number; fallback: number; system: number }[] = [];
      for (const weight of ['400', '700']) {
        await document.fonts.load(`${weight} 16px "Noto Sans"`);
        const faces = await document.fonts.load(`${weight} 16px "Noto Sans Fallback"`).catch(() => []);
        const width = (family: string) => {
          ctx.font = `${weight} 100px ${family}`;
          return ctx.measureText(text).width;
        };
        out.push({ weight, loaded: faces.length > 0, noto: width('"Noto Sans"'), fallback: width('"Noto Sans Fallback"'), system: width('sans-serif') });
      }
      return out;
    });
    // The fallback is Arial or a metric twin (Liberation Sans, Arimo); a machine without one
    // goes on down the stack as before, and there is nothing here to check.
    test.skip(!widths.every((w) => w.loaded), 'no local Arial-metric font on this machine');
    for (const w of widths) {
      expect(Math.abs(w.fallback / w.noto - 1), `weight ${w.weight}: fallback ${w.fallback.toFixed(0)} vs Noto Sans ${w.noto.toFixed(0)}`).toBeLessThanOrEqual(0.01);
    }
    expect(offences).toEqual({ consoleErrors: [], pageErrors: [], offOriginRequests: [] });
  });

  test('on a phone the intro waits for React (it belongs below the map and timeline, whose heights only React knows)', async ({ page, offences }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const release = await holdScripts(page);
    await page.goto('./', { waitUntil: 'commit' });
    await expect(page.locator('.dek')).toBeVisible();
    await expect(page.locator('.boot-layout')).toHaveCount(1);
    await expect(page.locator('.boot-layout #step-title')).toBeHidden();
    // Where the map will be, the overview's map, drawn before any script (not an empty box).
    await expect(page.locator('.boot-layout .boot-map-narrow svg')).toBeVisible();
    await expect(page.locator('.boot-layout .boot-map-narrow svg')).toBeInViewport();
    await expect(page.locator('.boot-layout .boot-map-wide')).toBeHidden();
    // The header tools hold their room under the title (hidden, inert) so the dek stays put.
    await expect(page.locator('.masthead .tools[data-boot]')).toHaveCount(1);
    await expect(page.locator('.masthead .tools[data-boot]')).toBeHidden();
    expect(await page.locator('.masthead .tools[data-boot] button').first().evaluate((b: HTMLElement) => (b.focus(), document.activeElement === b))).toBe(false);
    const dekBefore = await page.locator('.dek').boundingBox();
    release();
    await waitReady(page);
    await expect(page.locator('.masthead .tools')).toHaveCount(1);
    await expect(page.locator('.masthead .tools[data-boot]')).toHaveCount(0);
    await expect(page.getByRole('button', { name: EN['sources.button'] })).toBeVisible();
    const dekAfter = await page.locator('.dek').boundingBox();
    expect(dekBefore && dekAfter).toBeTruthy();
    expect(Math.abs((dekAfter?.y ?? 0) - (dekBefore?.y ?? -99))).toBeLessThanOrEqual(1);
    await expect(page.locator('#step-title')).toHaveCount(1);
    await expect(page.locator('#step-title')).toHaveText(EN['overview.heading']);
    expect(offences).toEqual({ consoleErrors: [], pageErrors: [], offOriginRequests: [] });
  });
});

test.describe('with scripting off', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

  test('the page still reads: title, dek, why there is no map, and the sourced intro', async ({ page, offences }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: 'Shell Route' })).toBeVisible();
    // (Playwright's text matching skips <noscript>, so find the note by its class.)
    await expect(page.locator('noscript > p.fatal')).toBeVisible();
    await expect(page.locator('noscript > p.fatal')).toContainText('This interactive map needs JavaScript.');
    await expect(page.locator('#step-title')).toHaveText(EN['overview.heading']);
    await expect(page.locator('#step-title')).toBeVisible();
    await expect(page.locator('.boot-layout .source-links a').first()).toBeVisible();
    // No empty map box, and no "press Next" for a page that cannot step.
    await expect(page.locator('.boot-layout .map-col')).toBeHidden();
    await expect(page.locator('.map-status')).toBeHidden();
    await expect(page.locator('.boot-layout .hint')).toBeHidden();
    expect(offences).toEqual({ consoleErrors: [], pageErrors: [], offOriginRequests: [] });
  });
});

test.describe('map colours (light theme)', () => {
  test('the overview draws the rail corridor in rail blue', async ({ page }, testInfo) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await gotoReady(page, detailed());
    const shot = await mapShot(page);
    await testInfo.attach('overview-map.png', { body: shot, contentType: 'image/png' });
    const [rail = 0] = await countColours(page, shot, [RAIL]);
    // ~9,500 km of dashed rail at continental scale is thousands of pixels.
    expect(rail, `pixels near ${RAIL}`).toBeGreaterThan(800);
  });

  test('step 3 opens on a port close-up where the sea leg is drawn in sea orange', CORE, async ({ page }, testInfo) => {
    // With motion, a sea step first frames the sea leg, then pulls back to the continent.
    // A paused page clock holds the camera on that close-up while we look at it.
    await page.clock.install();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await gotoReady(page, detailed('?step=2'));
    const [continental = 0] = await countColours(page, await mapShot(page), [SEA]);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await pauseClock(page);
    await nextButton(page).click();
    expect(await currentStep(page)).toBe(3);
    // The camera reaches the sea leg in 0.7 s and pulls back to the continent when the
    // marker leaves the sea (~30 % of 5 s, ~1.5 s). Jump to 0.9 s in one frame.
    await page.clock.fastForward(900);
    for (let i = 0; i < 4; i++) {
      // Let the worker tile the new zoom in real time, then render a frame of fake time.
      await page.waitForTimeout(500);
      await page.clock.runFor(17);
    }
    const closeUp = await mapShot(page);
    await testInfo.attach('step3-close-up.png', { body: closeUp, contentType: 'image/png' });
    await writeFile(join(await screensDir(testInfo), 'step3-closeup-map-1280x800.png'), closeUp);
    const [seaClose = 0, rail = 0] = await countColours(page, closeUp, [SEA, RAIL]);
    expect(seaClose, `pixels near ${SEA} on the close-up`).toBeGreaterThan(600);
    expect(seaClose, 'far more sea orange than on the continental view').toBeGreaterThan(continental * 4);
    expect(rail, 'the close-up is not the continental view').toBeLessThan(seaClose);
    await page.clock.resume();
    await waitReady(page, 3);
  });
});

test.describe('timeline', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
  });

  test('Next walks from the overview to step 10 and Previous walks back, each step showing its card', CORE, async ({ page }) => {
    await gotoReady(page);
    await expectStep(page, 0);
    await expect(prevButton(page)).toBeDisabled();
    for (let step = 1; step <= LAST; step++) {
      await nextButton(page).click();
      await expectStep(page, step);
      await waitReady(page, step);
    }
    await expect(nextButton(page)).toBeDisabled();
    for (let step = LAST - 1; step >= 0; step--) {
      await prevButton(page).click();
      await expectStep(page, step);
    }
    await waitReady(page, 0);
  });

  test('the steps draw with the shader programs built for the overview: no step compiles a new one', async ({ page }) => {
    // A new program is compiled the first time a layer with a new mix of constant and
    // data-driven paint is drawn, inside that step change (up to ~0.5 s on a software GPU).
    await page.addInitScript(() => {
      const w = window as unknown as { __compiled: number };
      w.__compiled = 0;
      for (const C of [WebGLRenderingContext, WebGL2RenderingContext]) {
        const compile = C.prototype.compileShader;
        C.prototype.compileShader = function (this: WebGLRenderingContext, shader: WebGLShader) {
          w.__compiled += 1;
          compile.call(this, shader);
        };
      }
    });
    const compiled = () => page.evaluate(() => (window as unknown as { __compiled: number }).__compiled);
    await gotoReady(page, detailed());
    const atOverview = await compiled();
    expect(atOverview, 'the overview compiles its programs').toBeGreaterThan(0);
    await slider(page).focus();
    for (let step = 1; step <= LAST; step++) {
      await page.keyboard.press('ArrowRight');
      await waitReady(page, step);
      expect(await compiled(), `step ${step}`).toBe(atOverview);
    }
  });

  test('the focused slider steps with ←/→ and jumps with Home/End', async ({ page }) => {
    await gotoReady(page);
    await slider(page).focus();
    for (let step = 1; step <= LAST; step++) {
      await page.keyboard.press('ArrowRight');
      await expectStep(page, step);
    }
    await page.keyboard.press('ArrowRight');
    await expectStep(page, LAST);
    await page.keyboard.press('ArrowLeft');
    await expectStep(page, LAST - 1);
    await page.keyboard.press('Home');
    await expectStep(page, 0);
    await page.keyboard.press('End');
    await expectStep(page, LAST);
    await page.keyboard.press('ArrowLeft');
    await expectStep(page, LAST - 1);
    await waitReady(page, LAST - 1);
  });

  test('filling or dragging the slider selects that step', async ({ page }) => {
    await gotoReady(page);
    for (const step of [4, 10, 0, 6]) {
      await slider(page).fill(String(step));
      await expectStep(page, step);
    }
    await waitReady(page, 6);
    const from = await thumbX(slider(page), 6);
    const to = await thumbX(slider(page), 2);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 4 });
    await page.mouse.up();
    await expectStep(page, 2);
    const end = await thumbX(slider(page), 9);
    await page.mouse.click(end.x, end.y);
    await expectStep(page, 9);
    await waitReady(page, 9);
  });

  test('Play advances from step 1 to step 2 within 10 s, and Pause stops it', CORE, async ({ page }) => {
    await gotoReady(page, '?step=1');
    await expect(playButton(page)).toHaveAttribute('aria-pressed', 'false');
    await playButton(page).click();
    await expect(playButton(page)).toHaveAttribute('aria-pressed', 'true');
    await expect(playButton(page)).toContainText('Pause');
    await expect(page.locator('html')).toHaveAttribute('data-step', '2', { timeout: 10_000 });
    // Pause at once: the next advance is due 7 s after step 2 began.
    await playButton(page).click();
    await expect(playButton(page)).toHaveAttribute('aria-pressed', 'false');
    await expect(playButton(page)).toContainText('Play');
    const paused = await currentStep(page);
    expect(paused, 'paused on step 2 (a loaded machine may just have reached 3)').toBeGreaterThanOrEqual(2);
    expect(paused).toBeLessThanOrEqual(3);
    // Longer than one dwell (7 s): a paused timeline must not move.
    await page.waitForTimeout(7_500);
    expect(await currentStep(page)).toBe(paused);
    await expectStep(page, paused);
    await waitReady(page, paused);
  });
});

test.describe('URL state', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
  });

  for (const step of [3, 7, 10]) {
    test(`?step=${step} restores step ${step} on load`, async ({ page }) => {
      await gotoReady(page, `?step=${step}`);
      await expectStep(page, step);
    });
  }

  for (const bad of ['abc', '99']) {
    test(`an invalid ?step=${bad} falls back to the overview without a console error`, async ({ page }) => {
      await gotoReady(page, `?step=${bad}`);
      expect(await currentStep(page)).toBe(0);
      await expect(cardHeading(page)).toHaveText('The reported route, August – November 2023');
      await expect(slider(page)).toHaveValue('0');
      // The fixture fails the test on any console error.
    });
  }

  test('browser back and forward walk the steps in the full page', async ({ page }) => {
    await gotoReady(page);
    for (let step = 1; step <= 3; step++) {
      await nextButton(page).click();
      await expectStep(page, step);
    }
    await page.goBack();
    await expectStep(page, 2);
    await page.goBack();
    await expectStep(page, 1);
    await page.goForward();
    await expectStep(page, 2);
    await page.goBack();
    await page.goBack();
    await expectStep(page, 0);
    await waitReady(page, 0);
  });
});

test.describe('sources and honesty', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
  });

  test('every evidence link on every card opens in a new tab with rel="noopener noreferrer"', async ({ page }) => {
    await gotoReady(page);
    let checked = 0;
    for (let step = 0; step <= LAST; step++) {
      if (step > 0) await nextButton(page).click();
      await expectStep(page, step);
      const links = await card(page)
        .locator('a[href]')
        .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), target: a.getAttribute('target'), rel: a.getAttribute('rel') })));
      const n = links.length;
      expect(n, `step ${step} cites at least one source`).toBeGreaterThan(0);
      for (const link of links) {
        expect(link, `step ${step}: ${link.href}`).toEqual({ href: link.href, target: '_blank', rel: 'noopener noreferrer' });
        expect(SOURCES.map((s) => s.url)).toContain(link.href);
      }
      checked += n;
    }
    expect(checked).toBeGreaterThan(LAST);
    // Follow one link for real, pointed at a stub page on the local origin so no request leaves it.
    const stub = new URL('__evidence-link-target', page.url()).href;
    await page.context().route(stub, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><link rel="icon" href="data:,"><title>stub</title>' }),
    );
    const link = card(page).locator('a[href]').first();
    await link.evaluate((a, href) => a.setAttribute('href', href), stub);
    const [popup] = await Promise.all([page.waitForEvent('popup'), link.click()]);
    await popup.waitForLoadState('domcontentloaded');
    expect(popup.url()).toBe(stub);
    expect(await popup.evaluate(() => window.opener)).toBeNull();
    expect(await popup.evaluate(() => document.referrer)).toBe('');
    expect(page.url(), 'the story stays open in its own tab').not.toBe(stub);
    await popup.close();
  });

  test('the Sources & method dialog lists every source and the four method notes, and closes with Escape', async ({ page }) => {
    await gotoReady(page);
    const opener = page.getByRole('button', { name: 'Sources & method' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Sources & method' });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('.source-list > li')).toHaveCount(SOURCES.length);
    for (const s of SOURCES) {
      const item = dialog.locator(`#source-${s.id}`);
      await expect(item, `${s.id} is listed`).toContainText(s.publisher);
      if (s.url === null) {
        // Cited without a link (only content-farm copies exist): the reason is printed.
        await expect(item.locator('a')).toHaveCount(0);
        if ('noLink' in s && s.noLink) await expect(item).toContainText(s.noLink.en);
        continue;
      }
      const link = dialog.locator(`.source-list a[href="${s.url}"]`);
      await expect(link, `${s.id} is linked`).toHaveCount(1);
      // A link to a copy says so and where; a link to the original names it.
      if ('copy' in s && s.copy) await expect(link).toContainText(`copy on ${s.copy.site}`);
      else await expect(link).toContainText(s.publisher);
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
    const method = dialog.locator('.method');
    await expect(method, 'NIS could not confirm the Najin shipments').toContainText(/NIS .*could not .*confirm the Najin shipments/);
    await expect(method, '"ten-odd" includes air').toContainText(/"Ten-odd".*counts ship and aircraft transfers together/);
    await expect(method, 'rail corridor illustrative').toContainText(/rail corridor is illustrative/);
    await expect(method, 'step placement editorial').toContainText(/Step placement is editorial/);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeVisible();
  });

  test('every step card shows a certainty badge for when, how, route and vessel', async ({ page }) => {
    await gotoReady(page, '?step=1');
    for (let step = 1; step <= LAST; step++) {
      if (step > 1) await nextButton(page).click();
      await expectStep(page, step);
      for (const label of ['When', 'How', 'Route', 'Vessel']) {
        const row = card(page).locator('.fact-row').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) });
        await expect(row, `step ${step}: one "${label}" row`).toHaveCount(1);
        await expect(row.locator('dd > .badge'), `step ${step}: "${label}" has a certainty badge`).toHaveText(
          /^\W*(reported|inferred|illustrative|unknown)$/,
        );
      }
    }
  });

  test('no step card gives a per-transfer quantity of shells; only the overview gives the total', async ({ page }) => {
    await gotoReady(page);
    await expect(card(page)).toContainText(SHELL_QUANTITY);
    for (let step = 1; step <= LAST; step++) {
      await nextButton(page).click();
      await expectStep(page, step);
      const text = (await card(page).innerText()).replace(/\s+/g, ' ');
      expect(text, `step ${step} card`).not.toMatch(SHELL_QUANTITY);
      await expect(card(page)).toContainText(EN['card.quantityUnknown']);
    }
  });
});

test.describe('with motion', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
  });

  test('the marker animation runs for several seconds, finishes and the map reaches ready', async ({ page }) => {
    await recordMapStates(page);
    await gotoReady(page);
    await slider(page).fill('3');
    await expectStep(page, 3);
    await waitReady(page, 3);
    const log = await mapStates(page);
    const start = log.findLast((e) => e.state === '3:loading');
    const end = log.find((e) => e.state === '3:ready');
    expect(start && end, JSON.stringify(log)).toBeTruthy();
    // The marker travels for 5 s before the map may say ready.
    expect((end?.at ?? 0) - (start?.at ?? 0)).toBeGreaterThan(4_000);
  });

  test('a step change mid-animation cancels it cleanly and the map ends ready on the new step', async ({ page }) => {
    await recordMapStates(page);
    // A paused page clock puts "mid-animation" at a known moment, however busy the machine is.
    await page.clock.install();
    await gotoReady(page);
    await pauseClock(page);
    await slider(page).fill('3');
    await page.clock.fastForward(1_200);
    await page.clock.runFor(34);
    await expect(page.locator('html'), 'a quarter of the way through step 3').toHaveAttribute('data-map-state', 'loading');
    await nextButton(page).click();
    // Timers run again (the URL is written from one once the map has drawn the step).
    await page.clock.resume();
    await expectStep(page, 4);
    await waitReady(page, 4);
    // Step 3's animation, had it survived, would have ended (at 5 s) before step 4's did,
    // so any stale "ready" would already be in the log.
    await page.waitForTimeout(500);
    await expect(page.locator('html')).toHaveAttribute('data-map-state', 'ready');
    const log = await mapStates(page);
    const states = log.map((e) => e.state);
    expect(states).not.toContain('3:ready');
    expect(states.slice(-2)).toEqual(['4:loading', '4:ready']);
    // Ready came from step 4's own full animation, not early from step 3's leftover one.
    const [loading, ready] = log.slice(-2);
    expect((ready?.at ?? 0) - (loading?.at ?? 0)).toBeGreaterThan(4_000);
  });
});

const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

for (const viewport of VIEWPORTS) {
  const size = `${viewport.width}x${viewport.height}`;
  test.describe(`layout at ${size}`, () => {
    test.use({ viewport });

    test(`at ${size} there is no horizontal scroll, the map is at least 280 px tall and the timeline buttons are visible`, async ({ page }, testInfo) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const shots: [string, number][] = [
        ['overview', 0],
        ['step3', 3],
        ['step9', 9],
      ];
      await gotoReady(page);
      for (const [name, step] of shots) {
        if (step !== 0) {
          await slider(page).fill(String(step));
          await waitReady(page, step);
        }
        // Judge (and photograph) the first screen a reader sees.
        await page.evaluate(() => {
          (document.activeElement as HTMLElement | null)?.blur();
          window.scrollTo(0, 0);
        });
        const overflow = await page.evaluate(() => {
          const el = document.scrollingElement ?? document.documentElement;
          return el.scrollWidth - el.clientWidth;
        });
        expect(overflow, `${name}: horizontal overflow in px`).toBeLessThanOrEqual(0);
        const box = await page.locator('.static-map-svg').boundingBox();
        expect(box?.height ?? 0, `${name}: map height`).toBeGreaterThanOrEqual(280);
        expect(box?.width ?? 0, `${name}: map width`).toBeLessThanOrEqual(viewport.width);
        for (const button of [prevButton(page), playButton(page), nextButton(page)]) {
          await expect(button).toBeVisible();
          await expect(button, 'on the first screen, without scrolling').toBeInViewport();
        }
        await page.screenshot({ path: join(await screensDir(testInfo), `${name}-${size}.png`) });
      }
    });
  });
}
