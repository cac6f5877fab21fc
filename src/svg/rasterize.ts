/**
 * Draws the SVG map's own elements onto a 2D canvas, for Save image without the engine.
 * Canvas text uses the page's loaded web fonts (an SVG drawn through an <img> could not, and
 * would lose the Hangul and Cyrillic labels), and Path2D takes the paths' `d` as they are.
 * It knows the few elements and attributes svg/map-layers.tsx writes: g (transform and
 * inherited paint), rect, path, circle and text.
 */

interface Paint {
  fill: string | null;
  stroke: string | null;
  strokeWidth: number;
  strokeOpacity: number;
  dash: number[];
  cap: CanvasLineCap;
  join: CanvasLineJoin;
  fontSize: number;
  fontWeight: string;
  anchor: string;
  strokeFirst: boolean;
  fontFamily: string;
  fixedStroke: boolean;
}

const num = (v: string | null, d: number) => (v === null || v === '' || Number.isNaN(Number(v)) ? d : Number(v));

function inherit(el: Element, p: Paint): Paint {
  const a = (n: string) => el.getAttribute(n);
  const fill = a('fill');
  const stroke = a('stroke');
  const dash = a('stroke-dasharray');
  return {
    fill: fill === null ? p.fill : fill === 'none' ? null : fill,
    stroke: stroke === null ? p.stroke : stroke === 'none' ? null : stroke,
    strokeWidth: num(a('stroke-width'), p.strokeWidth),
    strokeOpacity: num(a('stroke-opacity'), p.strokeOpacity),
    dash: dash === null ? p.dash : dash === 'none' ? [] : dash.split(/[ ,]+/).map(Number).filter((n) => n >= 0),
    cap: (a('stroke-linecap') as CanvasLineCap | null) ?? p.cap,
    join: (a('stroke-linejoin') as CanvasLineJoin | null) ?? p.join,
    fontSize: num(a('font-size'), p.fontSize),
    fontWeight: a('font-weight') ?? p.fontWeight,
    anchor: a('text-anchor') ?? p.anchor,
    strokeFirst: a('paint-order') === null ? p.strokeFirst : a('paint-order') === 'stroke',
    fontFamily: a('font-family') ?? p.fontFamily,
    fixedStroke: a('vector-effect') === 'non-scaling-stroke' || p.fixedStroke,
  };
}

function applyStroke(ctx: CanvasRenderingContext2D, p: Paint, scale: number): boolean {
  if (!p.stroke || p.strokeWidth <= 0) return false;
  ctx.strokeStyle = p.stroke;
  ctx.globalAlpha = p.strokeOpacity;
  ctx.lineWidth = p.fixedStroke ? p.strokeWidth / scale : p.strokeWidth;
  ctx.setLineDash(p.fixedStroke ? p.dash.map((d) => d / scale) : p.dash);
  ctx.lineCap = p.cap;
  ctx.lineJoin = p.join;
  return true;
}

function draw(ctx: CanvasRenderingContext2D, el: Element, p: Paint, scale: number): void {
  const tag = el.tagName.toLowerCase();
  const paint = inherit(el, p);
  if (tag === 'g') {
    const m = /^matrix\(([^)]*)\)$/.exec(el.getAttribute('transform') ?? '');
    ctx.save();
    let inner = scale;
    if (m) {
      const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = (m[1] ?? '').split(/[ ,]+/).map(Number);
      ctx.transform(a, b, c, d, e, f);
      inner = scale * a;
    }
    for (const child of el.children) draw(ctx, child, paint, inner);
    ctx.restore();
    return;
  }
  let shape: Path2D | null = null;
  if (tag === 'path') shape = new Path2D(el.getAttribute('d') ?? '');
  else if (tag === 'rect') {
    shape = new Path2D();
    shape.rect(num(el.getAttribute('x'), 0), num(el.getAttribute('y'), 0), num(el.getAttribute('width'), 0), num(el.getAttribute('height'), 0));
  } else if (tag === 'circle') {
    shape = new Path2D();
    shape.arc(num(el.getAttribute('cx'), 0), num(el.getAttribute('cy'), 0), num(el.getAttribute('r'), 0), 0, Math.PI * 2);
  }
  if (shape) {
    const fill = () => {
      if (!paint.fill) return;
      ctx.globalAlpha = 1;
      ctx.fillStyle = paint.fill;
      ctx.fill(shape);
    };
    const stroke = () => {
      if (applyStroke(ctx, paint, scale)) ctx.stroke(shape);
    };
    if (paint.strokeFirst) {
      stroke();
      fill();
    } else {
      fill();
      stroke();
    }
    ctx.globalAlpha = 1;
    return;
  }
  if (tag === 'text') {
    const text = el.textContent ?? '';
    const x = num(el.getAttribute('x'), 0);
    const y = num(el.getAttribute('y'), 0);
    ctx.font = `${paint.fontWeight} ${paint.fontSize}px ${paint.fontFamily}`;
    ctx.textAlign = paint.anchor === 'middle' ? 'center' : paint.anchor === 'end' ? 'right' : 'left';
    ctx.textBaseline = 'alphabetic';
    ctx.setLineDash([]);
    if (paint.strokeFirst && applyStroke(ctx, paint, scale)) ctx.strokeText(text, x, y);
    if (paint.fill) {
      ctx.globalAlpha = 1;
      ctx.fillStyle = paint.fill;
      ctx.fillText(text, x, y);
    }
    ctx.globalAlpha = 1;
  }
}

/** Draws `svg` (its width × height in CSS px) at `ratio` device pixels per CSS pixel. */
export function rasterizeSvg(svg: SVGSVGElement, ratio: number): HTMLCanvasElement {
  const width = num(svg.getAttribute('width'), svg.clientWidth);
  const height = num(svg.getAttribute('height'), svg.clientHeight);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * ratio));
  canvas.height = Math.max(1, Math.round(height * ratio));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(ratio, ratio);
  const base: Paint = {
    fill: 'black',
    stroke: null,
    strokeWidth: 1,
    strokeOpacity: 1,
    dash: [],
    cap: 'butt',
    join: 'miter',
    fontSize: 12,
    fontWeight: '400',
    anchor: 'start',
    strokeFirst: false,
    fontFamily: svg.getAttribute('font-family') ?? 'sans-serif',
    fixedStroke: false,
  };
  for (const child of svg.children) draw(ctx, child, base, 1);
  return canvas;
}
