/**
 * Draws the slide image: a 1920 × 1080 canvas with the step line on top, the map, the
 * legend (with the map's dash patterns) and a source line. Pure drawing: the caller
 * supplies the map snapshot and the words.
 */
import type { Palette } from '../look/palette';
import type { Certainty } from '../model/types';
import { drawInset, type InsetSnapshot, type Rect } from './inset';

export const IMAGE_W = 1920;
export const IMAGE_H = 1080;
const HEADER_H = 176;
const FOOTER_H = 76;
const SIDE_MIN = 380;
const SIDE_MAX = 640;
const LEGEND_BAND = 86;
const FONT = '"Noto Sans", "Noto Sans KR", sans-serif';

export type { Rect } from './inset';

export interface ImageLayout {
  mode: 'side' | 'bottom';
  /** Where the map image goes (the frame). */
  map: Rect;
  /** Where the map's pixels are drawn inside the frame (contain) or the frame itself (cover). */
  fit: 'cover' | 'contain';
  legend: Rect;
  header: Rect;
  footer: Rect;
}

/** Crop allowed before the whole view is shown instead (on the ocean colour): vertical, horizontal. */
const MAX_CROP_V = 0.22;
const MAX_CROP_H = 0.1;

/** How much of the view a frame of aspect `fa` crops from a map of aspect `a`, and whether that is allowed. */
function cropOf(a: number, fa: number): { crop: number; ok: boolean } {
  const crop = 1 - Math.min(a, fa) / Math.max(a, fa);
  // A wider map loses its sides (the route's ends sit there): allow less.
  return { crop, ok: crop <= (a > fa ? MAX_CROP_H : MAX_CROP_V) };
}

/**
 * Lays the image out around the map's aspect ratio, so the view shows (nearly) whole
 * and fills its frame: a map not much wider than tall gets the legend in a column beside
 * it, a wide one a legend band below. The map is cropped a little (cover) when that is
 * enough to fill the frame, else shown whole on the map's ocean colour (contain).
 */
export function imageLayout(mapAspect: number): ImageLayout {
  const header = { x: 0, y: 0, w: IMAGE_W, h: HEADER_H };
  const footer = { x: 0, y: IMAGE_H - FOOTER_H, w: IMAGE_W, h: FOOTER_H };
  const bodyY = HEADER_H;
  const bodyH = IMAGE_H - HEADER_H - FOOTER_H;
  const a = Number.isFinite(mapAspect) && mapAspect > 0 ? mapAspect : 16 / 9;
  const legendW = Math.round(Math.min(SIDE_MAX, Math.max(SIDE_MIN, IMAGE_W - bodyH * a)));
  const sideW = IMAGE_W - legendW;
  const side = { ...cropOf(a, sideW / bodyH), mode: 'side' as const };
  const mapH = bodyH - LEGEND_BAND;
  const bottom = { ...cropOf(a, IMAGE_W / mapH), mode: 'bottom' as const };
  const pick = side.ok && (!bottom.ok || side.crop <= bottom.crop) ? side : bottom.ok ? bottom : side.crop <= bottom.crop ? side : bottom;
  const fit = pick.ok ? 'cover' : 'contain';
  if (pick.mode === 'side') {
    return {
      mode: 'side',
      map: { x: 0, y: bodyY, w: sideW, h: bodyH },
      fit,
      legend: { x: sideW, y: bodyY, w: legendW, h: bodyH },
      header,
      footer,
    };
  }
  return {
    mode: 'bottom',
    map: { x: 0, y: bodyY, w: IMAGE_W, h: mapH },
    fit,
    legend: { x: 0, y: bodyY + mapH, w: IMAGE_W, h: LEGEND_BAND },
    header,
    footer,
  };
}

/**
 * Source rectangle of an image of size w × h that covers (crops to) a frame's aspect.
 * Height is cut more from the top (`topShare`): the camera keeps room there for the
 * port close-up, which the image draws back on top.
 */
export function coverSource(w: number, h: number, frame: Rect, topShare = 0.65): Rect {
  const want = frame.w / frame.h;
  if (w / h > want) {
    const sw = h * want;
    return { x: (w - sw) / 2, y: 0, w: sw, h };
  }
  const sh = w / want;
  return { x: 0, y: (h - sh) * topShare, w, h: sh };
}

/** Destination rectangle that fits (contains) an image of size w × h in a frame, centred. */
export function containRect(w: number, h: number, frame: Rect): Rect {
  const k = Math.min(frame.w / w, frame.h / h);
  const dw = w * k;
  const dh = h * k;
  return { x: frame.x + (frame.w - dw) / 2, y: frame.y + (frame.h - dh) / 2, w: dw, h: dh };
}

export interface LegendEntry {
  label: string;
  /** Shorter label for the one-line legend band. */
  short: string;
  colour: string;
  /** Canvas line dash in line widths ([] = solid); dots use round caps. */
  dash: number[];
  arrow?: boolean;
}

export interface ImageText {
  /** "Shell Route · Transfer 3 of 10". */
  eyebrow: string;
  title: string;
  window: string;
  windowCertainty: Certainty;
  route: string;
  routeCertainty: Certainty;
  certaintyWord: (c: Certainty) => string;
  legendTitle: string;
  legend: LegendEntry[];
  certaintyLegend: string;
  sourceLine: string;
  credit: string;
}

const MARK: Record<Certainty, string> = { reported: '●', inferred: '◐', illustrative: '◌', unknown: '?' };

type Ctx = CanvasRenderingContext2D;

/** Shrinks the font until the text fits, then cuts it with an ellipsis. */
function fitText(ctx: Ctx, text: string, maxW: number, weight: number, size: number, minSize: number): string {
  let s = size;
  ctx.font = `${weight} ${s}px ${FONT}`;
  while (ctx.measureText(text).width > maxW && s > minSize) {
    s -= 2;
    ctx.font = `${weight} ${s}px ${FONT}`;
  }
  if (ctx.measureText(text).width <= maxW) return text;
  let cut = text;
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > maxW) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** Wraps text into lines no wider than maxW (at the current font). */
function wrap(ctx: Ctx, text: string, maxW: number): string[] {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (ctx.measureText(next).width <= maxW || !line) line = next;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function swatch(ctx: Ctx, x: number, y: number, len: number, e: LegendEntry, width: number): void {
  ctx.save();
  ctx.strokeStyle = e.colour;
  ctx.fillStyle = e.colour;
  ctx.lineWidth = width;
  const dotted = e.dash.length > 0 && (e.dash[0] ?? 1) < 0.5;
  ctx.lineCap = dotted ? 'round' : 'butt';
  ctx.setLineDash(e.dash.map((d) => Math.max(d * width, dotted ? 0.01 : 1)));
  const end = e.arrow ? x + len - width * 2.2 : x + len;
  ctx.beginPath();
  ctx.moveTo(x + (dotted ? width / 2 : 0), y);
  ctx.lineTo(end, y);
  ctx.stroke();
  if (e.arrow) {
    ctx.setLineDash([]);
    ctx.beginPath();
    ctx.moveTo(end, y - width * 1.5);
    ctx.lineTo(x + len, y);
    ctx.lineTo(end, y + width * 1.5);
    ctx.closePath();
    ctx.fill();
  }
  ctx.restore();
}

/** Draws the whole image. `map` is the map snapshot (any canvas image) of size mapW × mapH. */
export function composeImage(
  ctx: Ctx,
  map: CanvasImageSource,
  mapW: number,
  mapH: number,
  text: ImageText,
  p: Palette,
  inset: { snapshot: InsetSnapshot; widthFraction: number } | null = null,
): ImageLayout {
  const L = imageLayout(mapW / mapH);
  const bg = p.halo;
  const fg = p.text;
  ctx.fillStyle = bg;
  ctx.fillRect(0, 0, IMAGE_W, IMAGE_H);
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';

  // Map: whole view, on the map's own ocean colour where it does not fill the frame.
  ctx.fillStyle = p.ocean;
  ctx.fillRect(L.map.x, L.map.y, L.map.w, L.map.h);
  ctx.save();
  ctx.beginPath();
  ctx.rect(L.map.x, L.map.y, L.map.w, L.map.h);
  ctx.clip();
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  let shown: Rect = L.map;
  let k: number;
  if (L.fit === 'cover') {
    const s = coverSource(mapW, mapH, L.map);
    k = L.map.w / s.w;
    ctx.drawImage(map, s.x, s.y, s.w, s.h, L.map.x, L.map.y, L.map.w, L.map.h);
  } else {
    shown = containRect(mapW, mapH, L.map);
    k = shown.w / mapW;
    ctx.drawImage(map, 0, 0, mapW, mapH, shown.x, shown.y, shown.w, shown.h);
  }
  ctx.restore();
  // The port close-up, where the page shows it: top right, at its on-screen share of the map's width.
  if (inset) {
    // A touch smaller than on screen: the image's crop leaves less room above the route.
    const w = Math.round(Math.min(480, Math.max(340, 0.85 * inset.widthFraction * mapW * k)));
    drawInset(ctx, inset.snapshot, shown.x + shown.w - w - 22, shown.y + 22, w, p, FONT);
  }
  ctx.strokeStyle = fg;
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.moveTo(0, L.map.y + 1.5);
  ctx.lineTo(IMAGE_W, L.map.y + 1.5);
  ctx.moveTo(0, L.footer.y - 1.5);
  ctx.lineTo(IMAGE_W, L.footer.y - 1.5);
  if (L.mode === 'side') {
    ctx.moveTo(L.legend.x + 1.5, L.legend.y);
    ctx.lineTo(L.legend.x + 1.5, L.legend.y + L.legend.h);
  } else {
    ctx.moveTo(0, L.legend.y + 1.5);
    ctx.lineTo(IMAGE_W, L.legend.y + 1.5);
  }
  ctx.stroke();

  // Header: eyebrow, title, then date window and route with their certainty.
  const pad = 48;
  const textW = IMAGE_W - pad * 2;
  ctx.fillStyle = p.sea;
  ctx.fillText(fitText(ctx, text.eyebrow.toUpperCase(), textW, 700, 26, 22), pad, 44);
  ctx.fillStyle = fg;
  ctx.fillText(fitText(ctx, text.title, textW, 700, 56, 36), pad, 108);
  const meta = [
    text.window ? `${text.window}  ${MARK[text.windowCertainty]} ${text.certaintyWord(text.windowCertainty)}` : '',
    `${text.route}  ${MARK[text.routeCertainty]} ${text.certaintyWord(text.routeCertainty)}`,
  ]
    .filter(Boolean)
    .join('   ·   ');
  ctx.fillText(fitText(ctx, meta, textW, 400, 32, 24), pad, 154);

  // Legend.
  const entrySize = 26;
  if (L.mode === 'side') {
    const x = L.legend.x + 36;
    const w = L.legend.w - 60;
    let y = L.legend.y + 56;
    ctx.fillStyle = fg;
    ctx.font = `700 28px ${FONT}`;
    ctx.fillText(text.legendTitle, x, y);
    y += 24;
    for (const e of text.legend) {
      y += 44;
      swatch(ctx, x, y - 9, 64, e, 7);
      ctx.fillStyle = fg;
      ctx.font = `400 ${entrySize}px ${FONT}`;
      const lines = wrap(ctx, e.label, w - 84);
      lines.forEach((line, i) => ctx.fillText(line, x + 84, y + i * 32));
      y += (lines.length - 1) * 32 + 10;
    }
    y += 48;
    ctx.font = `400 24px ${FONT}`;
    for (const line of wrap(ctx, text.certaintyLegend, w)) {
      ctx.fillText(line, x, y);
      y += 32;
    }
  } else {
    let x = pad;
    const y = L.legend.y + L.legend.h / 2 + 9;
    // One band: the entries shrink together (type, swatch and gaps) until they fit the width.
    const bandW = (size: number) => {
      ctx.font = `400 ${size}px ${FONT}`;
      return text.legend.reduce((w, e) => w + ctx.measureText(e.short).width + (70 + 48) * (size / entrySize), 0) - 48 * (size / entrySize);
    };
    let size = entrySize;
    while (size > 14 && bandW(size) > IMAGE_W - pad * 2) size -= 1;
    const k = size / entrySize;
    for (const e of text.legend) {
      swatch(ctx, x, y - 9, 56 * k, e, 7 * k);
      ctx.fillStyle = fg;
      ctx.font = `400 ${size}px ${FONT}`;
      ctx.fillText(e.short, x + 70 * k, y);
      x += 70 * k + ctx.measureText(e.short).width + 48 * k;
    }
  }

  // Sources and credit.
  ctx.fillStyle = fg;
  ctx.fillText(fitText(ctx, text.sourceLine, textW, 400, 24, 18), pad, L.footer.y + 32);
  ctx.fillText(fitText(ctx, text.credit, textW, 400, 20, 16), pad, L.footer.y + 62);
  return L;
}
