/**
 * A tiny equirectangular projection for the port inset: at this scale (~300 km) and
 * latitude, scaling longitude by cos(latitude) is within a few percent of Mercator.
 */
import type { BBox, LonLat } from '../geo/route';

/** The port close-up: Najin to Vostochny, Peter the Great Gulf. */
export const INSET_BOX: BBox = [129.95, 41.95, 133.45, 43.15];

export interface InsetProjection {
  width: number;
  height: number;
  project: (p: LonLat) => [number, number];
}

/** Projects the box to a width in px, keeping the aspect ratio. */
export function insetProjection(box: BBox, width: number): InsetProjection {
  const k = Math.cos((((box[1] + box[3]) / 2) * Math.PI) / 180);
  const scale = width / ((box[2] - box[0]) * k);
  const height = (box[3] - box[1]) * scale;
  return {
    width,
    height,
    project: ([lon, lat]) => [
      Math.round((lon - box[0]) * k * scale * 10) / 10,
      Math.round((box[3] - lat) * scale * 10) / 10,
    ],
  };
}

/** SVG path data for rings or lines. */
export function pathData(lines: LonLat[][], proj: InsetProjection, close: boolean): string {
  return lines
    .map((line) => line.map((p, i) => `${i ? 'L' : 'M'}${proj.project(p).join(',')}`).join('') + (close ? 'Z' : ''))
    .join('');
}
