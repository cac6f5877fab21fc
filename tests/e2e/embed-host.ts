/** The host article page the embed tests frame the built site in, and helpers to read it. */
import type { Frame, Page } from '@playwright/test';
import { expect } from './fixtures';

export const SCREENS = 'test-results/screens';
export const CHILD_ID = 'shellroute-test';
export const TOTAL = 10;
const ARTICLE =
  'The map below is embedded the way a news article would embed it: copied from the Embed dialog into the article body. Scrolling the page over the map must keep scrolling the page.';

export interface HostOptions {
  /** Query string of the embed (after "?"). */
  query: string;
  width: number;
  height: number;
  /** Extra iframe attributes, e.g. sandbox. */
  attrs?: string;
  /** Act as pym.Parent: send the width, follow the height messages. */
  pym?: boolean;
  /** Text height below the frame, so the host page can scroll. */
  tail?: number;
}

/** The host article page, with a recorder of every message its frame posts. */
export function hostHtml(o: HostOptions): string {
  const pymScript = o.pym
    ? `
      const f = document.getElementById('embed');
      f.addEventListener('load', () => f.contentWindow.postMessage('pymxPYMx${CHILD_ID}xPYMxwidthxPYMx' + f.offsetWidth, '*'));
      window.addEventListener('message', (e) => {
        if (e.source !== f.contentWindow || typeof e.data !== 'string') return;
        const bits = e.data.split('xPYMx');
        if (bits[0] === 'pym' && bits[1] === '${CHILD_ID}' && bits[2] === 'height') f.style.height = bits[3] + 'px';
      });`
    : '';
  const style = o.pym ? `width:${o.width}px` : `width:${o.width}px;height:${o.height}px`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host article</title>
<style>
  body { margin: 0; font: 15px/1.45 Georgia, serif; color: #222; background: #fff; }
  p { margin: 0; padding: 8px 10px; }
  iframe { display: block; border: 0; }
  .tail { height: ${o.tail ?? 40}px; background: repeating-linear-gradient(#fff 0 22px, #eee 22px 23px); }
</style></head>
<body>
  <p id="above">${ARTICLE}</p>
  <iframe id="embed" src="./?${o.query}" title="Shell Route map" style="${style}" ${o.attrs ?? 'allow="fullscreen"'}></iframe>
  <div class="tail"></div>
  <script>
    window.__messages = [];
    window.addEventListener('message', (e) => {
      const f = document.getElementById('embed');
      if (e.source === f.contentWindow) window.__messages.push(e.data);
    });
    ${pymScript}
  </script>
</body></html>`;
}

/** Serves the host page at /__host.html on the app's own origin and opens it. */
export async function openHost(page: Page, baseURL: string | undefined, o: HostOptions): Promise<Frame> {
  const url = new URL('__host.html', baseURL ?? 'http://127.0.0.1:4173/').href;
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: hostHtml(o) }));
  await page.goto(url);
  const handle = await page.locator('#embed').elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('no frame');
  return frame;
}

/** Waits until the frame's map is ready (WebGL) or showing the static fallback. */
export async function frameReady(frame: Frame, states: string[] = ['ready', 'fallback']): Promise<string> {
  const h = await frame.waitForFunction(
    (ok) => {
      const s = document.documentElement.dataset.mapState ?? '';
      return s === 'error' ? 'error' : ok.includes(s) ? s : false;
    },
    states,
    { timeout: 90_000, polling: 100 },
  );
  const state = (await h.jsonValue()) as string;
  expect(state, 'the embedded map must not report an error').not.toBe('error');
  return state;
}

/** Everything the frame posted so far. */
export function messages(page: Page): Promise<unknown[]> {
  return page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages.slice());
}

export const isObj = (m: unknown): m is Record<string, unknown> => typeof m === 'object' && m !== null;
export const stepEvents = (all: unknown[]) => all.filter((m) => isObj(m) && m.type === 'shellroute:step');
export const PYM_RE = new RegExp(`^pymxPYMx${CHILD_ID}xPYMxheightxPYMx(\\d+)$`);

/** The frame's content height as the page itself measures it. */
export function frameContentHeight(frame: Frame): Promise<number> {
  return frame.evaluate(() => Math.ceil(document.getElementById('root')!.getBoundingClientRect().height));
}

/** Counts pixels of a PNG that differ from its most common colour (decoded in the page). */
export async function nonBackgroundPixels(page: Page, png: Buffer): Promise<{ total: number; other: number }> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const counts = new Map<number, number>();
    for (let i = 0; i < d.length; i += 4) {
      const key = ((d[i]! >> 3) << 10) | ((d[i + 1]! >> 3) << 5) | (d[i + 2]! >> 3);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const top = Math.max(...counts.values());
    const total = d.length / 4;
    return { total, other: total - top };
  }, png.toString('base64'));
}

