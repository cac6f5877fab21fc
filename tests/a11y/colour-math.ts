/**
 * Colour arithmetic for the accessibility tests: WCAG 2.x relative luminance and contrast
 * ratio, alpha compositing, colour-vision-deficiency simulation (Machado, Oliveira &
 * Fernandes 2009, severity 1.0, applied in linear RGB) and CIEDE2000 colour difference
 * (Sharma, Wu & Dalal 2005), on CIELAB under D65.
 */

/** An sRGB colour with channels in 0..255. */
export type Rgb = [number, number, number];

/** Parses #rgb or #rrggbb. Throws on anything else, so a colour the test cannot read fails it. */
export function parseHex(hex: string): Rgb {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new Error(`not a hex colour: "${hex}"`);
  const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as Rgb;
}

/** Formats a colour as #rrggbb. */
export function toHex(c: Rgb): string {
  return `#${c.map((v) => Math.round(Math.min(255, Math.max(0, v))).toString(16).padStart(2, '0')).join('')}`;
}

/** sRGB channel (0..255) → linear light (0..1). */
export function toLinear(v: number): number {
  const s = v / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** Linear light (0..1) → sRGB channel (0..255), clamped. */
export function fromLinear(v: number): number {
  const c = Math.min(1, Math.max(0, v));
  return 255 * (c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055);
}

/** WCAG 2.x relative luminance. */
export function luminance(c: Rgb): number {
  const [r, g, b] = c.map(toLinear) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.x contrast ratio (1..21) between two opaque colours. */
export function contrast(a: Rgb | string, b: Rgb | string): number {
  const la = luminance(typeof a === 'string' ? parseHex(a) : a);
  const lb = luminance(typeof b === 'string' ? parseHex(b) : b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * `top` at `alpha` over `under`, composited the way browsers and maplibre blend by default
 * (in gamma-encoded sRGB).
 */
export function over(top: Rgb | string, alpha: number, under: Rgb | string): Rgb {
  const t = typeof top === 'string' ? parseHex(top) : top;
  const u = typeof under === 'string' ? parseHex(under) : under;
  return [0, 1, 2].map((i) => t[i]! * alpha + u[i]! * (1 - alpha)) as Rgb;
}

type Matrix = [[number, number, number], [number, number, number], [number, number, number]];

/** Machado et al. (2009) simulation matrices at severity 1.0, for linear RGB. */
export const MACHADO: Record<'protanopia' | 'deuteranopia', Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
};

export type Deficiency = keyof typeof MACHADO | 'none';

/** How a colour looks to a dichromat (or unchanged for 'none'). */
export function simulate(c: Rgb | string, kind: Deficiency): Rgb {
  const rgb = typeof c === 'string' ? parseHex(c) : c;
  if (kind === 'none') return rgb;
  const lin = rgb.map(toLinear);
  return MACHADO[kind].map((row) => fromLinear(row[0] * lin[0]! + row[1] * lin[1]! + row[2] * lin[2]!)) as Rgb;
}

/** CIELAB (D65, 2°) of an sRGB colour. */
export function toLab(c: Rgb): Lab {
  const [r, g, b] = c.map(toLinear) as Rgb;
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  const [fx, fy, fz] = [f(x), f(y), f(z)];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

export type Lab = [number, number, number];

/** CIEDE2000 colour difference (kL = kC = kH = 1) between two sRGB colours. */
export function deltaE2000(a: Rgb | string, b: Rgb | string): number {
  return deltaE2000Lab(toLab(typeof a === 'string' ? parseHex(a) : a), toLab(typeof b === 'string' ? parseHex(b) : b));
}

/** CIEDE2000 colour difference (kL = kC = kH = 1) between two CIELAB colours. */
export function deltaE2000Lab([L1, a1, b1]: Lab, [L2, a2, b2]: Lab): number {
  const rad = Math.PI / 180;
  const C1 = Math.hypot(a1, b1);
  const C2 = Math.hypot(a2, b2);
  const Cm = (C1 + C2) / 2;
  const G = 0.5 * (1 - Math.sqrt(Cm ** 7 / (Cm ** 7 + 25 ** 7)));
  const a1p = (1 + G) * a1;
  const a2p = (1 + G) * a2;
  const C1p = Math.hypot(a1p, b1);
  const C2p = Math.hypot(a2p, b2);
  const hue = (bb: number, ap: number) => {
    if (bb === 0 && ap === 0) return 0;
    const h = Math.atan2(bb, ap) / rad;
    return h >= 0 ? h : h + 360;
  };
  const h1p = hue(b1, a1p);
  const h2p = hue(b2, a2p);
  const dLp = L2 - L1;
  const dCp = C2p - C1p;
  let dhp = 0;
  if (C1p * C2p !== 0) {
    dhp = h2p - h1p;
    if (dhp > 180) dhp -= 360;
    else if (dhp < -180) dhp += 360;
  }
  const dHp = 2 * Math.sqrt(C1p * C2p) * Math.sin((dhp / 2) * rad);
  const Lpm = (L1 + L2) / 2;
  const Cpm = (C1p + C2p) / 2;
  let hpm = h1p + h2p;
  if (C1p * C2p !== 0) {
    if (Math.abs(h1p - h2p) <= 180) hpm = (h1p + h2p) / 2;
    else hpm = h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2;
  }
  const T =
    1 -
    0.17 * Math.cos((hpm - 30) * rad) +
    0.24 * Math.cos(2 * hpm * rad) +
    0.32 * Math.cos((3 * hpm + 6) * rad) -
    0.2 * Math.cos((4 * hpm - 63) * rad);
  const dTheta = 30 * Math.exp(-(((hpm - 275) / 25) ** 2));
  const Rc = 2 * Math.sqrt(Cpm ** 7 / (Cpm ** 7 + 25 ** 7));
  const Sl = 1 + (0.015 * (Lpm - 50) ** 2) / Math.sqrt(20 + (Lpm - 50) ** 2);
  const Sc = 1 + 0.045 * Cpm;
  const Sh = 1 + 0.015 * Cpm * T;
  const Rt = -Math.sin(2 * dTheta * rad) * Rc;
  return Math.sqrt((dLp / Sl) ** 2 + (dCp / Sc) ** 2 + (dHp / Sh) ** 2 + Rt * (dCp / Sc) * (dHp / Sh));
}
