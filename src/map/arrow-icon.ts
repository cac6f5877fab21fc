/**
 * The "toward Ukraine" arrowhead as a map icon of fixed screen size. The schematic front leg
 * is ~140 km long: at the continental view that is a dozen pixels, and a geographic
 * triangle would vanish under the depot's dot. The icon is a signed-distance field so one
 * image takes any theme colour (icon-color) and a halo; it is drawn pointing up (north) and
 * rotated on the map by the leg's bearing.
 */

export const ARROW_ICON = 'front-arrow';
/** Image size in px, before pixelRatio scaling. */
export const ARROW_ICON_SIZE = 32;

type Pt = readonly [number, number];

function segDist(p: Pt, a: Pt, b: Pt): number {
  const vx = b[0] - a[0];
  const vy = b[1] - a[1];
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * vx + (p[1] - a[1]) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(p[0] - (a[0] + t * vx), p[1] - (a[1] + t * vy));
}

function cross(a: Pt, b: Pt, p: Pt): number {
  return (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);
}

/**
 * Signed distance (px; negative inside) from p to the triangle abc.
 */
export function triangleDistance(p: Pt, a: Pt, b: Pt, c: Pt): number {
  const d = Math.min(segDist(p, a, b), segDist(p, b, c), segDist(p, c, a));
  const s1 = cross(a, b, p);
  const s2 = cross(b, c, p);
  const s3 = cross(c, a, p);
  const inside = (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
  return inside ? -d : d;
}

/**
 * RGBA pixels of the arrowhead SDF at a pixel ratio: alpha encodes distance the way maplibre's
 * SDF icons expect (0.75 at the edge, 8 px of falloff), colour channels are white.
 */
export function arrowIconPixels(ratio = 1): { width: number; height: number; data: Uint8Array } {
  const n = Math.round(ARROW_ICON_SIZE * ratio);
  const s = n / ARROW_ICON_SIZE;
  const tip: Pt = [16 * s, 4 * s];
  const left: Pt = [6 * s, 27 * s];
  const right: Pt = [26 * s, 27 * s];
  const data = new Uint8Array(n * n * 4);
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      const d = triangleDistance([x + 0.5, y + 0.5], tip, left, right) / s;
      const a = Math.max(0, Math.min(255, Math.round(255 * (0.75 - d / 8))));
      const i = (y * n + x) * 4;
      data[i] = 255;
      data[i + 1] = 255;
      data[i + 2] = 255;
      data[i + 3] = a;
    }
  }
  return { width: n, height: n, data };
}

interface ImageHost {
  hasImage(id: string): boolean;
  addImage(id: string, image: { width: number; height: number; data: Uint8Array }, opts: { sdf: boolean; pixelRatio: number }): void;
  on(type: 'styleimagemissing', cb: (e: { id: string }) => void): unknown;
}

/** Supplies the arrow icon whenever the style asks for it (on load and after a style reload). */
export function provideArrowIcon(map: ImageHost, ratio: number): void {
  const add = () => {
    if (!map.hasImage(ARROW_ICON)) map.addImage(ARROW_ICON, arrowIconPixels(ratio), { sdf: true, pixelRatio: ratio });
  };
  map.on('styleimagemissing', (e) => {
    if (e.id === ARROW_ICON) add();
  });
}
