/**
 * The port close-up in the saved image. On screen it is an SVG over the map (PortInset);
 * the map canvas does not contain it, and without it a sea step's ~200 km leg is a few
 * pixels on the continental map. This reads the inset's shapes from the page and draws
 * them on the canvas with the image's palette and fonts (Path2D takes SVG path data).
 */
import type { Palette } from '../look/palette';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface InsetSnapshot {
  width: number;
  height: number;
  land: string;
  /** Each sea leg's path, whether the step lights it, and its dash (the inset's own, from the look). */
  legs: { d: string; on: boolean; dash: number[] }[];
  ports: { cx: number; cy: number; r: number; on: boolean; text: string; x: number; y: number; anchor: CanvasTextAlign }[];
  caption: string;
}

const num = (el: Element | null, attr: string) => Number(el?.getAttribute(attr) ?? 0) || 0;

/** The inset as data, or null when the page shows none (the air step, the fallback). */
export function readInset(root: ParentNode = document): InsetSnapshot | null {
  const svg = root.querySelector('.port-inset svg');
  if (!svg) return null;
  const vb = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const width = vb[2] ?? 0;
  const height = vb[3] ?? 0;
  if (!(width > 0 && height > 0)) return null;
  return {
    width,
    height,
    land: svg.querySelector('.inset-land')?.getAttribute('d') ?? '',
    legs: [...svg.querySelectorAll('.inset-leg')].map((p) => ({
      d: p.getAttribute('d') ?? '',
      on: p.classList.contains('on'),
      dash: (p.getAttribute('stroke-dasharray') ?? '').split(/[\s,]+/).map(Number).filter((n) => n > 0),
    })),
    ports: [...svg.querySelectorAll('.inset-port')].map((g) => {
      const c = g.querySelector('circle');
      const t = g.querySelector('text');
      const anchor = t?.getAttribute('text-anchor');
      return {
        cx: num(c, 'cx'),
        cy: num(c, 'cy'),
        r: num(c, 'r'),
        on: g.classList.contains('on'),
        text: t?.textContent ?? '',
        x: num(t, 'x'),
        y: num(t, 'y'),
        anchor: anchor === 'end' ? 'right' : anchor === 'middle' ? 'center' : 'left',
      };
    }),
    caption: root.querySelector('.port-inset figcaption')?.textContent ?? '',
  };
}

/** Draws the inset into `rect` (its height follows the inset's aspect, plus the caption). Returns the height used. */
export function drawInset(ctx: CanvasRenderingContext2D, s: InsetSnapshot, x: number, y: number, w: number, p: Palette, font: string): number {
  const k = w / s.width;
  const h = s.height * k;
  const captionH = s.caption ? 40 : 0;
  const box: Rect = { x, y, w, h: h + captionH };
  ctx.save();
  ctx.fillStyle = p.halo;
  ctx.fillRect(box.x - 4, box.y - 4, box.w + 8, box.h + 8);
  ctx.beginPath();
  ctx.rect(x, y, w, h);
  ctx.clip();
  ctx.translate(x, y);
  ctx.scale(k, k);
  ctx.fillStyle = p.ocean;
  ctx.fillRect(0, 0, s.width, s.height);
  if (s.land) {
    const land = new Path2D(s.land);
    ctx.fillStyle = p.land;
    ctx.fill(land, 'evenodd');
    ctx.strokeStyle = p.muted;
    ctx.lineWidth = 0.4;
    ctx.stroke(land);
  }
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  for (const leg of [...s.legs].sort((a, b) => Number(a.on) - Number(b.on))) {
    if (!leg.d) continue;
    ctx.strokeStyle = leg.on ? p.sea : p.muted;
    ctx.globalAlpha = leg.on ? 1 : 0.7;
    ctx.lineWidth = leg.on ? 3.2 : 2;
    ctx.setLineDash(leg.dash);
    ctx.stroke(new Path2D(leg.d));
  }
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
  for (const port of s.ports) {
    ctx.beginPath();
    ctx.arc(port.cx, port.cy, port.r + 0.5, 0, Math.PI * 2);
    ctx.fillStyle = port.on ? p.sea : p.muted;
    ctx.fill();
    ctx.strokeStyle = p.halo;
    ctx.lineWidth = 1.2;
    ctx.stroke();
  }
  for (const port of s.ports) {
    ctx.font = `${port.on ? 700 : 400} 11.5px ${font}`;
    ctx.textAlign = port.anchor;
    ctx.lineWidth = 3;
    ctx.strokeStyle = p.halo;
    ctx.strokeText(port.text, port.x, port.y);
    ctx.fillStyle = p.text;
    ctx.fillText(port.text, port.x, port.y);
  }
  ctx.restore();
  ctx.save();
  ctx.strokeStyle = p.text;
  ctx.lineWidth = 3;
  ctx.strokeRect(box.x - 4, box.y - 4, box.w + 8, box.h + 8);
  if (s.caption) {
    ctx.fillStyle = p.text;
    ctx.font = `400 22px ${font}`;
    ctx.textAlign = 'left';
    ctx.fillText(s.caption, x + 6, y + h + 29, w - 12);
  }
  ctx.restore();
  return box.h;
}
