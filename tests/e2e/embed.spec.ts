/**
 * Embedding, tested the way a newsroom uses it: a host page on the same origin (served by
 * page.route, so nothing test-only ships in dist/) frames the built site and records every
 * message the frame posts. Covers the height messages (pym.js and AMP), the host API,
 * sandboxed frames, scroll pass-through and the embed dialog (the static fallback is in
 * embed-fallback.spec.ts: it needs its own browser).
 */
import { mkdirSync } from 'node:fs';
import enJson from '../../src/i18n/en.json' with { type: 'json' };
import koJson from '../../src/i18n/ko.json' with { type: 'json' };
import { realData } from '../fixtures/data';
import { test, expect, gotoReady, CORE } from './fixtures';
import { CHILD_ID, PYM_RE, SCREENS, TOTAL, frameContentHeight, frameReady, isObj, messages, nonBackgroundPixels, openHost, stepEvents } from './embed-host';

// Each test boots the map (software WebGL) at least once; on a busy 2-core machine that can take 30 s.
test.describe.configure({ timeout: 150_000 });
test.beforeAll(() => mkdirSync(SCREENS, { recursive: true }));
test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test.describe('embedded in a host article', () => {
  for (const [w, h] of [
    [320, 480],
    [640, 480],
    [1200, 800],
  ] as const) {
    test(`a ${w}×${h} frame shows map, compact timeline and step line with nothing cut off or scrolling, and posts exact pym and AMP heights and one ready event`, w === 640 ? CORE : {}, async ({ page, baseURL }) => {
      await page.setViewportSize({ width: w, height: h + 100 });
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      const frame = await openHost(page, baseURL, { query: `embed=1&step=3&childId=${CHILD_ID}`, width: w, height: h });
      expect(await frameReady(frame)).toBe('ready');
      await expect.poll(async () => (await messages(page)).filter((m) => typeof m === 'string' && PYM_RE.test(m)).length, { timeout: 30_000 }).toBeGreaterThan(0);

      // Nothing scrolls inside the frame, in either direction.
      const box = await frame.evaluate(() => {
        const el = document.scrollingElement ?? document.documentElement;
        return { sh: el.scrollHeight, ch: el.clientHeight, sw: el.scrollWidth, cw: el.clientWidth };
      });
      expect(box.sh, 'no vertical scroll inside the frame').toBeLessThanOrEqual(box.ch);
      expect(box.sw, 'no horizontal scroll inside the frame').toBeLessThanOrEqual(box.cw);

      // No page header in embed mode; the compact parts are all inside the frame.
      await expect(frame.locator('.masthead')).toHaveCount(0);
      await expect(frame.locator('.axis')).toHaveCount(0);
      for (const sel of ['.embed-bar', '.map-frame', '.timeline', '.timeline .play', '.slider', '.step-line', '.embed-open']) {
        // Boxes in the frame's own coordinates (boundingBox() would give the host page's).
        const r = await frame.locator(sel).first().evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
        expect(r.width * r.height, `${sel} is rendered`).toBeGreaterThan(0);
        expect(r.x, `${sel} left edge`).toBeGreaterThanOrEqual(-0.5);
        expect(r.y, `${sel} top edge`).toBeGreaterThanOrEqual(-0.5);
        expect(r.x + r.width, `${sel} right edge`).toBeLessThanOrEqual(w + 0.5);
        expect(r.y + r.height, `${sel} bottom edge`).toBeLessThanOrEqual(h + 0.5);
      }
      const map = await frame.locator('.map-frame').evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
      expect(map.height, 'the map keeps a usable height').toBeGreaterThanOrEqual(h >= 480 ? 250 : 110);
      // Touch targets in the compact layout stay at least 24 px.
      for (const sel of ['.timeline button', '.embed-open', '.slider']) {
        for (const r of await frame.locator(sel).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
          expect(Math.min(r.width, r.height), `${sel} touch target`).toBeGreaterThanOrEqual(24);
        }
      }
      await expect(frame.locator('.embed-title')).toHaveText(/\S/);

      // Height messages, in both formats, with the frame's content height.
      await page.waitForTimeout(300);
      const all = await messages(page);
      const pym = all.filter((m): m is string => typeof m === 'string');
      expect(pym.length).toBeGreaterThan(0);
      for (const m of pym) expect(m, 'every string message is a pym height message').toMatch(PYM_RE);
      const amp = all.filter((m) => isObj(m) && m.sentinel === 'amp');
      expect(amp.length).toBeGreaterThan(0);
      for (const m of amp) {
        expect(Object.keys(m as object).sort()).toEqual(['height', 'sentinel', 'type']);
        expect(m).toMatchObject({ sentinel: 'amp', type: 'embed-size' });
        expect(Number.isInteger((m as { height: number }).height)).toBe(true);
      }
      const content = await frameContentHeight(frame);
      const lastPym = Number(PYM_RE.exec(pym[pym.length - 1]!)![1]);
      expect(Math.abs(lastPym - content), `pym height ${lastPym} vs content ${content}`).toBeLessThanOrEqual(2);
      expect(Math.abs((amp[amp.length - 1] as { height: number }).height - content)).toBeLessThanOrEqual(2);
      expect(content).toBe(h);

      // Exactly one ready event, in its exact shape; nothing else of ours unasked.
      const ours = all.filter((m) => isObj(m) && typeof m.type === 'string' && m.type.startsWith('shellroute:'));
      expect(ours).toEqual([{ type: 'shellroute:ready' }]);

      // The "open full map" link: new tab, same step, no embed-only flags.
      const link = frame.locator('.embed-open');
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', /noopener/);
      const href = new URL((await link.getAttribute('href'))!);
      expect(href.searchParams.get('step')).toBe('3');
      for (const k of ['embed', 'childId', 'controls', 'autoplay']) expect(href.searchParams.has(k), k).toBe(false);

      // The static fallback is a separate chunk that a WebGL browser never loads.
      expect(requests.filter((u) => /StaticMap|EmbedDialog/.test(u))).toEqual([]);

      await page.screenshot({ path: `${SCREENS}/embed-${w}x${h}.png` });
    });
  }

  test('host commands: goto, play and pause drive the map and echo step events; malformed or foreign messages are ignored', CORE, async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 700, height: 600 });
    const frame = await openHost(page, baseURL, { query: 'embed=1&step=3', width: 640, height: 480 });
    await frameReady(frame);
    const post = (data: unknown) =>
      page.evaluate((d) => (document.getElementById('embed') as HTMLIFrameElement).contentWindow!.postMessage(d, '*'), data);
    const step = () => frame.evaluate(() => Number(document.documentElement.dataset.step));

    await post({ type: 'shellroute:goto', step: 5 });
    await expect.poll(async () => stepEvents(await messages(page))).toEqual([{ type: 'shellroute:step', step: 5, total: TOTAL }]);
    expect(await step()).toBe(5);
    await expect(frame.locator('.embed-heading .eyebrow')).toContainText('5');

    // Malformed: wrong shape, wrong types, out of range, extra keys, wrong case, strings.
    const bad: unknown[] = [
      'shellroute:goto',
      '{"type":"shellroute:goto","step":1}',
      null,
      42,
      ['shellroute:goto', 1],
      {},
      { type: 'shellroute:goto' },
      { type: 'shellroute:goto', step: '1' },
      { type: 'shellroute:goto', step: 1.5 },
      { type: 'shellroute:goto', step: -1 },
      { type: 'shellroute:goto', step: 11 },
      { type: 'shellroute:goto', step: Number.NaN },
      { type: 'shellroute:goto', step: Number.POSITIVE_INFINITY },
      { type: 'shellroute:goto', step: null },
      { type: 'shellroute:goto', step: true },
      { type: 'shellroute:goto', step: 1, extra: true },
      { type: 'SHELLROUTE:GOTO', step: 1 },
      { type: 'shellroute:jump', step: 1 },
      { type: 7 },
      { Type: 'shellroute:goto', step: 1 },
      { type: 'shellroute:play', now: true },
      { type: 'shellroute:pause', reason: 'x' },
      { sentinel: 'amp', type: 'embed-size', height: 1 },
      `pymxPYMx${CHILD_ID}xPYMxwidthxPYMx320`,
    ];
    for (const m of bad) await post(m);
    // A sibling frame is not the parent: its (well-formed) command is ignored too.
    await page.evaluate(() => {
      const other = document.createElement('iframe');
      other.srcdoc = `<script>parent.document.getElementById('embed').contentWindow.postMessage({ type: 'shellroute:goto', step: 1 }, '*');</script>`;
      document.body.append(other);
    });
    await page.waitForTimeout(800);
    expect(await step()).toBe(5);
    expect(stepEvents(await messages(page))).toHaveLength(1);

    // Play advances (dwell is 7 s per step), pause stops.
    await post({ type: 'shellroute:play' });
    await expect.poll(async () => stepEvents(await messages(page)).at(-1), { timeout: 12_000 }).toEqual({ type: 'shellroute:step', step: 6, total: TOTAL });
    await expect(frame.locator('.timeline .play')).toHaveAttribute('aria-pressed', 'true');
    await post({ type: 'shellroute:pause' });
    await expect(frame.locator('.timeline .play')).toHaveAttribute('aria-pressed', 'false');
    await page.waitForTimeout(8_000);
    expect(await step()).toBe(6);
    expect(stepEvents(await messages(page))).toHaveLength(2);

    // Still listening after all that: a good command works.
    await post({ type: 'shellroute:goto', step: 0 });
    await expect.poll(async () => stepEvents(await messages(page)).at(-1)).toEqual({ type: 'shellroute:step', step: 0, total: TOTAL });
    expect((await messages(page)).filter((m) => isObj(m) && m.type === 'shellroute:ready')).toHaveLength(1);
  });

  test('a pym.js host grows its 150 px frame to the reported height, and a width message is answered with the height', async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 700, height: 900 });
    const frame = await openHost(page, baseURL, { query: `embed=1&step=9&initialWidth=640&childId=${CHILD_ID}`, width: 640, height: 150, pym: true });
    await frameReady(frame);
    const frameHeight = () => page.evaluate(() => document.getElementById('embed')!.getBoundingClientRect().height);
    await expect.poll(frameHeight).toBeGreaterThan(300);
    await page.waitForTimeout(400);
    const h = await frameHeight();
    expect(Math.abs(h - (await frameContentHeight(frame)))).toBeLessThanOrEqual(2);
    const box = await frame.evaluate(() => ({ sh: document.documentElement.scrollHeight, ch: document.documentElement.clientHeight }));
    expect(box.sh).toBeLessThanOrEqual(box.ch);
    const before = (await messages(page)).length;
    await page.evaluate((id) => (document.getElementById('embed') as HTMLIFrameElement).contentWindow!.postMessage(`pymxPYMx${id}xPYMxwidthxPYMx640`, '*'), CHILD_ID);
    await expect.poll(async () => (await messages(page)).slice(before)).toContain(`pymxPYMx${CHILD_ID}xPYMxheightxPYMx${Math.round(h)}`);
    await page.screenshot({ path: `${SCREENS}/embed-pym-640.png` });
  });

  test('the wheel over the map scrolls the host page (cooperative gestures), and Ctrl + wheel is left to the map', async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 700, height: 500 });
    const frame = await openHost(page, baseURL, { query: 'embed=1', width: 640, height: 400, tail: 1500 });
    await frameReady(frame);
    const r = (await page.locator('#embed').boundingBox())!;
    await page.mouse.move(r.x + r.width / 2, r.y + r.height / 3);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    // Bring the whole frame back into view, then Ctrl + wheel over the map: the map takes it.
    await page.evaluate(() => window.scrollTo(0, 20));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(20);
    const scrolled = 20;
    const r2 = (await page.locator('#embed').boundingBox())!;
    await page.mouse.move(r2.x + r2.width / 2, r2.y + r2.height / 3);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -200);
    await page.keyboard.up('Control');
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => window.scrollY), 'Ctrl + wheel zooms the map, not the page').toBe(scrolled);
  });

  test('a frame sandboxed with allow-scripts only still shows the map, not a blank box, and offers no fullscreen button', async ({ page, baseURL }) => {
    // An opaque-origin frame fetches every asset in CORS mode: the host serving the map
    // must send Access-Control-Allow-Origin (see the README). Emulate that header here.
    const origin = new URL(baseURL ?? 'http://127.0.0.1:4173/').origin;
    await page.route(
      (url) => url.origin === origin && !url.pathname.endsWith('/__host.html'),
      async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), 'access-control-allow-origin': '*' } });
      },
    );
    await page.setViewportSize({ width: 700, height: 600 });
    const frame = await openHost(page, baseURL, { query: 'embed=1&step=4', width: 640, height: 480, attrs: 'sandbox="allow-scripts"' });
    const state = await frameReady(frame);
    expect(['ready', 'fallback']).toContain(state);
    expect(await frame.evaluate(() => window.origin)).toBe('null');
    await expect(frame.locator('.fullscreen-button')).toHaveCount(0);
    await expect(frame.locator('.load-notice'), 'no load notice where the files load').toHaveCount(0);
    await expect(frame.locator('.embed-title')).toHaveText(/\S/);
    await expect.poll(async () => (await messages(page)).some((m) => isObj(m) && m.type === 'shellroute:ready')).toBe(true);
    const shot = await page.locator('#embed').screenshot();
    const { total, other } = await nonBackgroundPixels(page, shot);
    expect(other / total, 'the sandboxed frame is drawn, not blank').toBeGreaterThan(0.3);
    await page.screenshot({ path: `${SCREENS}/embed-sandboxed-640x480.png` });
  });

  for (const lang of ['en', 'ko'] as const) {
    test(`a frame sandboxed with allow-scripts only on a host without CORS headers shows the step's text and an Open link (${lang}), never a hang`, lang === 'ko' ? CORE : {}, async ({ page, baseURL, offences }) => {
      // The preview server sends no Access-Control-Allow-Origin, like most static hosts: the
      // opaque-origin frame cannot load the app's module script or its styles.
      await page.setViewportSize({ width: 700, height: 600 });
      const query = `embed=1&step=4${lang === 'en' ? '' : `&lang=${lang}`}`;
      const frame = await openHost(page, baseURL, { query, width: 640, height: 420, attrs: 'sandbox="allow-scripts allow-popups"' });
      await expect.poll(() => frame.evaluate(() => document.documentElement.dataset.mapState), { timeout: 10_000 }).toBe('error');
      const notice = frame.locator('.load-notice');
      await expect(notice).toBeVisible();
      const data = realData();
      const tr = data.transfers.transfers.find((x) => x.step === 4)!;
      await expect(notice.locator('h1')).toHaveText(tr.title[lang]);
      await expect(notice).toContainText(tr.window.label[lang]);
      const catalog = lang === 'ko' ? koJson : enJson;
      const link = notice.getByRole('link', { name: catalog['guard.open'] });
      const href = new URL(await link.getAttribute('href') ?? '', baseURL);
      expect(href.searchParams.get('step')).toBe('4');
      expect(href.searchParams.get('embed'), 'the link opens the full page').toBeNull();
      expect(await link.getAttribute('target')).toBe('_blank');
      await expect(notice).toContainText(catalog['guard.message']);
      expect(await frame.evaluate(() => document.documentElement.lang)).toBe(lang);
      // Styled without the app's style sheet: a bordered box in a readable font size.
      const style = await notice.evaluate((el) => ({ border: getComputedStyle(el).borderLeftWidth, font: getComputedStyle(el.querySelector('h1')!).fontSize }));
      expect(style.border).toBe('4px');
      expect(parseFloat(style.font)).toBeGreaterThanOrEqual(16);
      await page.screenshot({ path: `${SCREENS}/embed-sandboxed-no-cors-${lang}.png` });
      // The browser reports each refused file on the console: those, and only those, are expected.
      const refused = /^(Access to (script|CSS stylesheet|font) at '[^']+\/assets\/[^']+' from origin 'null' has been blocked by CORS policy|Failed to load resource: net::ERR_FAILED)/;
      expect(offences.consoleErrors.length, 'the refused files are reported').toBeGreaterThan(0);
      expect(offences.consoleErrors.filter((e) => !refused.test(e))).toEqual([]);
      offences.consoleErrors.splice(0);
      expect(offences.pageErrors, 'the guard itself throws nothing').toEqual([]);
    });
  }

  test('the fullscreen button appears when the host allows fullscreen', async ({ page, baseURL }) => {
    const frame = await openHost(page, baseURL, { query: 'embed=1', width: 640, height: 480 });
    await frameReady(frame);
    await expect(frame.locator('.fullscreen-button')).toBeVisible();
    await frame.locator('.fullscreen-button').click();
    await expect.poll(() => frame.evaluate(() => document.fullscreenElement?.className ?? '')).toContain('app');
    await frame.evaluate(() => document.exitFullscreen());
  });

  test('controls=0 hides the timeline and keeps the step line', async ({ page, baseURL }) => {
    const frame = await openHost(page, baseURL, { query: 'embed=1&step=2&controls=0', width: 640, height: 480 });
    await frameReady(frame);
    await expect(frame.locator('.timeline')).toHaveCount(0);
    await expect(frame.locator('.embed-heading')).toContainText('2');
  });
});

test.describe('the Embed dialog', () => {
  test('builds the iframe and pym.js codes from the options, copies them and previews the embed', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    // Wait for the map first: on a busy machine its start-up holds the main thread.
    await gotoReady(page, '?step=2');
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this map' });
    await expect(dialog).toBeVisible({ timeout: 30_000 });
    const iframeCode = dialog.getByLabel('Embed code');
    const pymCode = dialog.getByLabel('For hosts that use pym.js');
    const base = new URL('./', baseURL).href;
    await expect(iframeCode).toHaveValue(
      `<iframe src="${base}?embed=1&amp;step=2" title="Shell Route: map of the reported route of North Korean shells to Russia, 2023" width="100%" height="600" style="border:0;width:100%;max-width:1200px" allow="fullscreen" loading="lazy"></iframe>`,
    );

    await dialog.getByLabel('Start at').selectOption('4');
    await dialog.getByLabel('Language').selectOption('ko');
    await dialog.getByLabel('Theme').selectOption('dark');
    await dialog.getByLabel('Play automatically').check();
    await dialog.getByLabel('Show the timeline').uncheck();
    const src = `${base}?embed=1&step=4&lang=ko&theme=dark&autoplay=1&controls=0`;
    await expect(iframeCode).toHaveValue(new RegExp(`^<iframe src="${src.replace(/[?.]/g, '\\$&').replace(/&/g, '&amp;')}" title="[^"]+" `));
    await expect(pymCode).toHaveValue(
      new RegExp(`<div id="shellroute-map"></div>\\n<script>new pym\\.Parent\\("shellroute-map", "${src.replace(/[?.]/g, '\\$&')}", \\{title: "[^"]+", allowfullscreen: true\\}\\);</script>`),
    );

    await dialog.getByRole('button', { name: 'Copy' }).first().click();
    await expect(dialog.getByRole('status').first()).toHaveText(/Copied|Ctrl\+C/);
    const clip = await page.evaluate(() => navigator.clipboard.readText().catch(() => null));
    if (clip !== null) expect(clip).toBe(await iframeCode.inputValue());

    // The preview loads the snippet's src; without autoplay it stays on the chosen step.
    await dialog.getByLabel('Play automatically').uncheck();
    const preview = dialog.locator('.embed-preview iframe');
    // The preview follows the options after a short pause (each load boots a map).
    await expect(preview).toHaveAttribute('src', src.replace('&autoplay=1', ''));
    await preview.scrollIntoViewIfNeeded();
    const frame = await (await preview.elementHandle())!.contentFrame();
    await frameReady(frame!);
    expect(await frame!.evaluate(() => [document.documentElement.dataset.step, document.documentElement.lang, document.documentElement.dataset.theme])).toEqual(['4', 'ko', 'dark']);
    await page.screenshot({ path: `${SCREENS}/embed-dialog.png`, fullPage: false });
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  });
});
