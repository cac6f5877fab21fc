/** Helpers for the classroom browser tests (teach-*.spec.ts). */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { waitReady } from './fixtures';

/** Screenshots and exported files the tests leave for a human to look at. */
export const TEACH_OUT = process.env.TEACH_OUT ?? 'test-results/teach';
mkdirSync(TEACH_OUT, { recursive: true });

export interface TextSizes {
  /** Visible characters (no whitespace) per rendered font size in px (rounded to 0.5). */
  bySize: Record<string, number>;
  total: number;
  /** Characters at or above `min`. */
  large: number;
  /** Samples of visible text below `min`, for the failure message. */
  small: string[];
}

/**
 * Walks every visible text node and sums its characters by rendered font size. Text in
 * an SVG counts at its size on screen (font size × the SVG's scale).
 */
export function textSizes(page: Page, min = 24): Promise<TextSizes> {
  return page.evaluate((min) => {
    const bySize: Record<string, number> = {};
    let total = 0;
    let large = 0;
    const small: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const chars = (node.textContent ?? '').replace(/\s+/g, '');
      if (!chars) continue;
      const el = node.parentElement;
      if (!el || !el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const onScreen = [...range.getClientRects()].some(
        (r) => r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight,
      );
      if (!onScreen) continue;
      let size = parseFloat(getComputedStyle(el).fontSize);
      if (el instanceof SVGGraphicsElement) {
        const m = el.getScreenCTM();
        if (m) size *= Math.hypot(m.a, m.b);
      }
      const key = String(Math.round(size * 2) / 2);
      bySize[key] = (bySize[key] ?? 0) + chars.length;
      total += chars.length;
      if (size >= min - 0.01) large += chars.length;
      else if (small.length < 30) small.push(`${size.toFixed(1)}px "${chars.slice(0, 40)}"`);
    }
    return { bySize, total, large, small };
  }, min);
}

/** Counts pixels of a PNG, inside a rectangle, within `tolerance` of each colour (decoded in the page). */
export function countColours(
  page: Page,
  png: Buffer,
  colours: string[],
  rect: { x: number; y: number; w: number; h: number } | null = null,
  tolerance = 28,
): Promise<{ counts: number[]; pixels: number; width: number; height: number }> {
  return page.evaluate(
    async ({ b64, colours, rect, tolerance }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(img, 0, 0);
      const r = rect ?? { x: 0, y: 0, w: c.width, h: c.height };
      const { data } = ctx.getImageData(Math.round(r.x), Math.round(r.y), Math.round(r.w), Math.round(r.h));
      const targets = colours.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
      const counts = colours.map(() => 0);
      for (let p = 0; p < data.length; p += 4) {
        for (let i = 0; i < targets.length; i++) {
          const t = targets[i] ?? [0, 0, 0];
          if (
            Math.abs((data[p] ?? 0) - (t[0] ?? 0)) <= tolerance &&
            Math.abs((data[p + 1] ?? 0) - (t[1] ?? 0)) <= tolerance &&
            Math.abs((data[p + 2] ?? 0) - (t[2] ?? 0)) <= tolerance
          ) {
            counts[i] = (counts[i] ?? 0) + 1;
          }
        }
      }
      return { counts, pixels: data.length / 4, width: img.naturalWidth, height: img.naturalHeight };
    },
    { b64: png.toString('base64'), colours, rect, tolerance },
  );
}

/** Width and height from a PNG's IHDR chunk (throws when the bytes are not a PNG). */
export function pngSize(buf: Buffer): { width: number; height: number } {
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (buf.length < 24 || !buf.subarray(0, 8).equals(sig) || buf.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** Pages in a PDF: the count of page objects ("/Type /Page", not "/Pages"). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/**
 * This machine is shared: under load a software-WebGL map can take a minute to settle.
 * The classroom specs wait longer than the fixture's default rather than fail on load.
 */
export const SLOW_MS = 180_000;
export const SPEC_TIMEOUT_MS = 360_000;

/** Opens the site with a query and waits (patiently) for the map to be ready. */
export async function openReady(page: Page, query = ''): Promise<void> {
  const q = query === '' || query.startsWith('?') ? query : `?${query}`;
  await page.goto(`./${q}`);
  await waitReady(page, undefined, SLOW_MS);
}

/** Waits (patiently) for the map to be ready on a step. */
export function readyOn(page: Page, step?: number): Promise<void> {
  return waitReady(page, step, SLOW_MS);
}
