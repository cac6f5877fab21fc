/**
 * The line styles that carry certainty without colour (DESIGN.md §2 rule 3), owned here once
 * for every renderer: the WebGL layers, the SVG map and inset, the legends and the exports.
 * Colour says the mode (sea, rail, air, toward Ukraine); the dash says how certain the line is.
 */
import type { Certainty, LegMode } from '../model/types';

export type LineStyle = 'solid' | 'dashed' | 'dashdot' | 'dotted';
export const LINE_STYLES: readonly LineStyle[] = ['solid', 'dashed', 'dashdot', 'dotted'];

/** Dash pattern per style in line widths ([] = solid): maplibre, SVG and canvas all scale it by the width. */
export const DASH: Record<LineStyle, readonly number[]> = {
  solid: [],
  dashed: [2, 1.5],
  dashdot: [3, 1.5, 0.6, 1.5],
  dotted: [0.1, 2],
};

/** Dotted lines need round caps to draw dots; the others end square. */
export function roundCap(style: LineStyle): boolean {
  return style === 'dotted';
}

/**
 * A line's style: air is always dotted (undated, schematic); otherwise solid when reported,
 * dashed when the connection is reported but the path is a sketch, dash-dot when inferred.
 */
export function lineStyleOf(mode: LegMode, certainty: Certainty): LineStyle {
  if (mode === 'air') return 'dotted';
  if (certainty === 'reported') return 'solid';
  if (certainty === 'illustrative') return 'dashed';
  return 'dashdot';
}

/** An SVG stroke-dasharray for a style at a stroke width (undefined = solid). */
export function svgDash(style: LineStyle, width: number): string | undefined {
  const dash = DASH[style];
  if (!dash.length) return undefined;
  return dash.map((d) => +(d * width).toFixed(2)).join(' ');
}

/** The certainty each style stands for in the legend (air is its own entry). */
export const STYLE_CERTAINTY: Record<Exclude<LineStyle, 'dotted'>, Certainty> = {
  solid: 'reported',
  dashed: 'illustrative',
  dashdot: 'inferred',
};

/** Country borders: a short dash, as the basemap's only dashed line (maplibre widths; SVG px). */
export const BORDER_DASH: readonly number[] = [3, 2];
