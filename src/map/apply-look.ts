/**
 * The map's look: palette (theme) and scale. Presenter mode draws with the projector
 * (high-contrast) palette, thicker lines and larger labels, on the live map: a paint and
 * layout change, never a new style.
 */
import type { Map as MlMap } from 'maplibre-gl';
import { effectiveTheme, type AppState } from '../state/store';
import { PALETTES } from '../look/palette';
import { scaleLayout, themePaint } from './layers';

/** Line, dot and label scale in presenter mode (labels 14 px → 24 px). */
export const PRESENT_SCALE = 1.75;

/** The scale for a state. */
export function mapScale(s: Pick<AppState, 'present'>): number {
  return s.present ? PRESENT_SCALE : 1;
}

/** A key that changes whenever the look does. */
export function lookKey(s: Pick<AppState, 'present' | 'theme' | 'systemTheme'>): string {
  return `${effectiveTheme(s)}|${mapScale(s)}`;
}

/** Applies the look for a state to a map. */
export function applyLook(map: Pick<MlMap, 'setPaintProperty' | 'setLayoutProperty'>, s: Pick<AppState, 'present' | 'theme' | 'systemTheme'>): void {
  const p = PALETTES[effectiveTheme(s)];
  const k = mapScale(s);
  for (const [layer, prop, value] of themePaint(p, k)) map.setPaintProperty(layer, prop, value);
  for (const [layer, prop, value] of scaleLayout(p, k)) map.setLayoutProperty(layer, prop, value);
}
