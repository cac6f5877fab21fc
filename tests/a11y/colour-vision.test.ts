/**
 * Colour-blind distinguishability of the route palette (issue 5, req. 5), in every theme.
 *
 * Method: each colour is passed through the Machado, Oliveira & Fernandes (2009)
 * dichromacy matrices at severity 1.0 (protanopia, deuteranopia), applied to linear RGB;
 * the simulated colours are compared with CIEDE2000 (ΔE00, CIELAB under D65). Normal vision
 * is checked the same way. Thresholds: a ΔE00 of about 2 is a just-noticeable difference
 * for large patches side by side; thin map lines and small badges need much more, so
 *  - mode colours (sea, rail, air, front) and the inactive grey: ΔE00 ≥ 12 pairwise;
 *  - certainty colours (badge text, which also carries a word and a shape): ΔE00 ≥ 10.
 * Inactive legs are compared as drawn: the grey blended at the layer's opacity over land.
 *
 * Colour is never the only cue: the second half checks the dash patterns of the map layers
 * and legend, and the shapes of the certainty badges.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { LayerSpecification } from 'maplibre-gl';
import { THEMES } from '../../src/state/store';
import { PALETTES } from '../../src/look/palette';
import { buildLayers } from '../../src/map/layers';
import { CERTAINTIES } from '../../src/model/constants';
import { Badge } from '../../src/ui/Badge';
import { deltaE2000, deltaE2000Lab, over, simulate, toHex, type Deficiency } from './colour-math';
import { APP_CSS, declaration, themeVars } from './css-theme';
import { drawn } from './paint';
import { legsCollection } from '../../src/map/base-style';
import { loadBundledDataset } from '../../src/model/load';
import { legendLines } from '../../src/look/legend';
import { LineSwatch } from '../../src/look/LineSwatch';
import { svgDash } from '../../src/look/line-style';

const VISIONS: Deficiency[] = ['none', 'protanopia', 'deuteranopia'];
const MIN_MODE = 12;
const MIN_CERTAINTY = 10;
const VARS = themeVars();
const APP = readFileSync(APP_CSS, 'utf8');

/** Every pair closer than `min` under any vision, described for the failure message. */
function tooClose(colours: Record<string, string>, min: number): string[] {
  const names = Object.keys(colours);
  const out: string[] = [];
  for (const vision of VISIONS)
    for (let i = 0; i < names.length; i++)
      for (let j = i + 1; j < names.length; j++) {
        const [a, b] = [names[i]!, names[j]!];
        const d = deltaE2000(simulate(colours[a]!, vision), simulate(colours[b]!, vision));
        if (d < min) out.push(`${vision}: ${a} ${colours[a]} vs ${b} ${colours[b]} ΔE00 ${d.toFixed(1)} < ${min}`);
      }
  return out;
}

describe.each(THEMES)('the %s palette under protanopia and deuteranopia', (theme) => {
  const p = PALETTES[theme];

  it(`keeps the mode colours and the inactive grey ≥ ${MIN_MODE} ΔE00 apart`, () => {
    // The inactive grey as a reader sees it: at the legs' inactive opacity over land.
    const legs = buildLayers(p).find((l) => l.id === 'legs-dashed')!;
    const inactive = drawn(legs, 'line-color', 'line-opacity').find((w) => !w.active)!;
    const colours = {
      sea: p.sea,
      rail: p.rail,
      air: p.air,
      front: p.front,
      inactive: toHex(over(inactive.colour, inactive.opacity, p.land)),
    };
    expect(tooClose(colours, MIN_MODE)).toEqual([]);
  });

  it(`keeps the certainty colours ≥ ${MIN_CERTAINTY} ΔE00 apart`, () => {
    const colours = Object.fromEntries(CERTAINTIES.map((c) => [c, VARS[theme][`--${c}`]!]));
    expect(Object.keys(colours)).toHaveLength(4);
    expect(tooClose(colours, MIN_CERTAINTY)).toEqual([]);
  });
});

describe('the palette is not told apart by colour alone', () => {
  const layers = buildLayers(PALETTES.light);
  const byId = (id: string) => layers.find((l) => l.id === id) as (LayerSpecification & { paint: Record<string, unknown>; layout?: Record<string, unknown>; filter?: unknown }) | undefined;

  it('draws each leg in the dash of its certainty: reported solid, sketched route dashed, inferred dash-dot, air dotted (round caps)', () => {
    const bundled = loadBundledDataset();
    if (!('dataset' in bundled)) throw new Error('bundled data must validate');
    const feats = legsCollection(bundled.dataset, '').features.map((f) => f.properties as { mode: string; certainty: string; base: boolean; lineStyle: string; id: string });
    // The leg's own copy: sea reported solid, rail and the arrow sketched (dashed), air dotted.
    const own = (mode: string) => [...new Set(feats.filter((f) => f.base && f.mode === mode).map((f) => f.lineStyle))];
    expect(own('sea')).toEqual(['solid']);
    expect(own('rail')).toEqual(['dashed']);
    expect(own('front')).toEqual(['dashed']);
    expect(own('air')).toEqual(['dotted']);
    // Copies for the steps that draw a leg as inferred are dash-dot.
    expect(feats.filter((f) => !f.base && f.mode !== 'air').every((f) => f.lineStyle === 'dashdot')).toBe(true);
    const dash = byId('legs-dashed')!.paint['line-dasharray'] as number[];
    const dot = byId('legs-dotted')!.paint['line-dasharray'] as number[];
    const dashdot = byId('legs-dashdot')!.paint['line-dasharray'] as number[];
    expect(byId('legs-solid')!.paint['line-dasharray']).toBeUndefined();
    // Dashes: long marks with gaps; dash-dot: a long and a short mark; dots: near-zero marks with round caps.
    expect(dash[0]).toBeGreaterThanOrEqual(1);
    expect(dash[1]).toBeGreaterThan(0);
    expect(dashdot).toHaveLength(4);
    expect(dashdot[0]).toBeGreaterThan(dashdot[2]!);
    expect(dot[0]).toBeLessThan(0.5);
    expect(dot[1]).toBeGreaterThanOrEqual(1);
    expect(byId('legs-dotted')!.layout?.['line-cap']).toBe('round');
  });

  it('marks the front with an arrowhead shape', () => {
    const head = byId('front-arrowhead');
    expect(head?.type).toBe('fill');
  });

  it('draws the legend with the same patterns as the map (look/line-style.ts), the arrow with a head', () => {
    const bundled = loadBundledDataset();
    if (!('dataset' in bundled)) throw new Error('bundled data must validate');
    const lines = legendLines(bundled.dataset);
    expect(lines.map((l) => l.style)).toEqual(['solid', 'dashed', 'dotted', 'dashed', 'solid', 'dashed', 'dashdot']);
    for (const line of lines) {
      const html = renderToStaticMarkup(createElement(LineSwatch, { line }));
      const dash = svgDash(line.style, 4);
      if (dash) expect(html).toContain(`stroke-dasharray="${dash}"`);
      else expect(html).not.toContain('stroke-dasharray');
      expect(html.includes('<polygon')).toBe(line.arrow === true);
    }
  });

  it('gives every certainty badge its own shape and word, and a distinct border for the uncertain ones', () => {
    const shapes = new Set<string>();
    const words = new Set<string>();
    for (const c of CERTAINTIES) {
      const html = renderToStaticMarkup(createElement(Badge, { certainty: c, lang: 'en' }));
      const shape = /<span aria-hidden="true" class="badge-shape">([^<]+)<\/span>/.exec(html)?.[1];
      const word = html.replace(/<[^>]+>/g, '').replace(shape ?? '', '').trim();
      expect(shape, `${c} badge has a shape`).toBeTruthy();
      expect(word.length, `${c} badge has a word`).toBeGreaterThan(0);
      shapes.add(shape!);
      words.add(word);
    }
    expect(shapes.size).toBe(CERTAINTIES.length);
    expect(words.size).toBe(CERTAINTIES.length);
    expect(declaration(APP, '.badge-illustrative', 'border-style')).toBe('dashed');
    expect(declaration(APP, '.badge-unknown', 'border-style')).toBe('dotted');
  });
});

describe('the colour-vision helpers', () => {
  it('compute CIEDE2000 as published (Sharma, Wu & Dalal 2005, test pairs 1, 7, 17, 25)', () => {
    expect(deltaE2000Lab([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 3);
    expect(deltaE2000Lab([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 3);
    expect(deltaE2000Lab([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 3);
    expect(deltaE2000Lab([60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387])).toBeCloseTo(1.2644, 3);
  });

  it('simulate dichromacy: a red/green pair collapses for protanopes and deuteranopes; orange/sky blue does not', () => {
    const [red, green] = ['#cc3311', '#558800'];
    expect(deltaE2000(red, green)).toBeGreaterThan(40);
    expect(deltaE2000(simulate(red, 'protanopia'), simulate(green, 'protanopia'))).toBeLessThan(20);
    expect(deltaE2000(simulate(red, 'deuteranopia'), simulate(green, 'deuteranopia'))).toBeLessThan(5);
    // Okabe–Ito orange and sky blue are chosen to survive both.
    for (const v of ['protanopia', 'deuteranopia'] as const) expect(deltaE2000(simulate('#e69f00', v), simulate('#56b4e9', v))).toBeGreaterThan(40);
    // Greys are unchanged (the matrices keep white white).
    expect(toHex(simulate('#808080', 'deuteranopia'))).toBe('#808080');
    expect(tooClose({ red, green }, MIN_MODE).length).toBeGreaterThan(0);
  });
});
