/**
 * What every legend shows (the page, the presenter bar, the saved image): one line per mode
 * in its colour, drawn as the overview draws it, then one line per certainty style in the
 * text colour. The styles come from line-style.ts, so a legend cannot disagree with the map.
 */
import type { Dataset, LegMode } from '../model/types';
import type { Palette } from './palette';
import { lineStyleOf, STYLE_CERTAINTY, type LineStyle } from './line-style';

export interface LegendLine {
  /** Catalog key of the long label; `short` for the one-line legend band. */
  label: 'legend.sea' | 'legend.rail' | 'legend.air' | 'legend.front' | 'legend.style.reported' | 'legend.style.illustrative' | 'legend.style.inferred';
  short: 'present.legend.sea' | 'present.legend.rail' | 'present.legend.air' | 'present.legend.front' | 'certainty.reported' | 'certainty.illustrative' | 'certainty.inferred';
  style: LineStyle;
  /** Palette colour: the mode's, or the text colour for a certainty style. */
  colour: keyof Palette;
  arrow?: boolean;
  /** 'mode' lines name a kind of transport; 'style' lines a certainty. */
  kind: 'mode' | 'style';
}

const MODES: { mode: LegMode; colour: keyof Palette; arrow?: boolean }[] = [
  { mode: 'sea', colour: 'sea' },
  { mode: 'rail', colour: 'rail' },
  { mode: 'air', colour: 'air' },
  { mode: 'front', colour: 'front', arrow: true },
];

/** The legend's lines for a dataset: each mode as the overview draws it, then the three certainty styles. */
export function legendLines(dataset: Dataset): LegendLine[] {
  const modes: LegendLine[] = MODES.map(({ mode, colour, arrow }) => {
    const own = dataset.legs.find((l) => l.properties.mode === mode)?.properties.certainty ?? 'reported';
    return { label: `legend.${mode}`, short: `present.legend.${mode}`, style: lineStyleOf(mode, own), colour, arrow, kind: 'mode' };
  });
  const styles = (Object.keys(STYLE_CERTAINTY) as (keyof typeof STYLE_CERTAINTY)[]).map((style): LegendLine => {
    const c = STYLE_CERTAINTY[style];
    return { label: `legend.style.${c}` as LegendLine['label'], short: `certainty.${c}` as LegendLine['short'], style, colour: 'text', kind: 'style' };
  });
  return [...modes, ...styles];
}
