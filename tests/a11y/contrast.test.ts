/**
 * WCAG contrast of the colours the app really paints, in every theme (issue 5, req. 5).
 * Page colours are read from the custom properties in src/app.css; map colours from the
 * palettes and the layer paint in src/map/ (the same code the map is styled with).
 *  - Text: ≥ 4.5:1 against the page and panel backgrounds (WCAG 1.4.3); map labels
 *    against their halo and against land and ocean (the halo is thin).
 *  - Route lines, markers, place dots, legend lines, focus ring, timeline bars: ≥ 3:1
 *    against what they sit on (WCAG 1.4.11): land AND ocean for the map, at the lowest
 *    opacity the layer paints them with (inactive legs are drawn translucent).
 * Presenter mode draws with the contrast theme, so the three themes cover it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from 'maplibre-gl';
import { THEMES, type Theme } from '../../src/state/store';
import { PALETTES } from '../../src/look/palette';
import { buildLayers } from '../../src/map/layers';
import { contrast, over, parseHex, toHex } from './colour-math';
import { APP_CSS, declaration, themeVars } from './css-theme';
import { drawn } from './paint';

const TEXT = 4.5;
const GRAPHIC = 3;
const VARS = themeVars();
const APP = readFileSync(APP_CSS, 'utf8');
const SRC = fileURLToPath(new URL('../../src', import.meta.url));

/** Every stylesheet under src/, concatenated (the components import their own). */
function allCss(dir = SRC): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) return allCss(p);
      return e.name.endsWith('.css') ? readFileSync(p, 'utf8') : '';
    })
    .join('\n');
}

/** Custom properties used as a text colour (`color: var(--x)`) anywhere in the app's CSS. */
function textTokens(css: string): string[] {
  const found = new Set<string>();
  for (const m of css.matchAll(/(?:^|[;{\s])color\s*:\s*var\((--[\w-]+)/g)) found.add(m[1]!);
  return [...found].sort();
}

/** One measured pair, for readable failures: "fg on bg: 3.21 < 4.5". */
interface Pair {
  what: string;
  fg: string;
  bg: string;
  min: number;
}

function failures(pairs: Pair[]): string[] {
  return pairs
    .map((p) => ({ ...p, ratio: contrast(p.fg, p.bg) }))
    .filter((p) => p.ratio < p.min)
    .map((p) => `${p.what}: ${p.fg} on ${p.bg} = ${p.ratio.toFixed(2)} < ${p.min}`);
}

function cssVar(theme: Theme, name: string): string {
  const v = VARS[theme][name];
  if (v === undefined) throw new Error(`${name} is not set for the ${theme} theme`);
  parseHex(v); // throws when the value is not a plain colour the test can measure
  return v;
}

/** Pairs with the same description and colours, once. */
function dedupe(pairs: Pair[]): Pair[] {
  return [...new Map(pairs.map((p) => [`${p.what}|${p.fg}|${p.bg}`, p])).values()];
}

/** The route layers: legs, the front arrowhead, the moving marker and the place dots. */
const ROUTE_LAYER = /^(legs-(solid|dashed|dotted)|front-arrowhead|marker|places-dot-.*)$/;
/** Text layers: place labels and the rail corridor label. */
const LABEL_LAYER = /^(places-label-.*|rail-label)$/;

describe.each(THEMES)('the %s theme', (theme) => {
  const p = PALETTES[theme];
  const layers = buildLayers(p);
  const bgs = ['--bg', '--panel'];

  it('has every text colour used in the CSS at ≥ 4.5:1 on the page and panel backgrounds', () => {
    const tokens = textTokens(allCss());
    // The scan must find the tokens we know about; otherwise it is not looking.
    expect(tokens).toEqual(expect.arrayContaining(['--fg', '--muted', '--accent', '--link', '--reported', '--unknown']));
    const pairs: Pair[] = [];
    for (const token of tokens) {
      // --bg / --panel as text only ever sit on --fg (inverted buttons).
      const under = bgs.includes(token) ? ['--fg'] : bgs;
      for (const bg of under) pairs.push({ what: `${token} on ${bg}`, fg: cssVar(theme, token), bg: cssVar(theme, bg), min: TEXT });
    }
    expect(failures(pairs)).toEqual([]);
  });

  it('draws the focus ring, slider, legend lines and timeline bars at ≥ 3:1 on their backgrounds', () => {
    const pairs: Pair[] = [];
    for (const bg of bgs) {
      for (const token of ['--focus', '--accent', '--sea', '--rail', '--air', '--front', '--muted'])
        pairs.push({ what: `${token} on ${bg}`, fg: cssVar(theme, token), bg: cssVar(theme, bg), min: GRAPHIC });
    }
    // The step windows on the time axis: muted bars at the opacity app.css gives them.
    const alpha = Number(declaration(APP, '.axis-windows .window', 'opacity'));
    expect(alpha).toBeGreaterThan(0);
    const panel = cssVar(theme, '--panel');
    pairs.push({ what: `time-axis window (--muted at ${alpha})`, fg: toHex(over(cssVar(theme, '--muted'), alpha, panel)), bg: panel, min: GRAPHIC });
    expect(failures(pairs)).toEqual([]);
  });

  it('draws the port inset legs and ports at ≥ 3:1 on its land and sea', () => {
    const alpha = Number(declaration(APP, '.inset-leg', 'opacity'));
    expect(alpha).toBeGreaterThan(0);
    const pairs: Pair[] = [];
    for (const bgToken of ['--ocean', '--land']) {
      const bg = cssVar(theme, bgToken);
      pairs.push({ what: `inactive inset leg on ${bgToken}`, fg: toHex(over(cssVar(theme, '--muted'), alpha, bg)), bg, min: GRAPHIC });
      pairs.push({ what: `active inset leg / port on ${bgToken}`, fg: cssVar(theme, '--sea'), bg, min: GRAPHIC });
      pairs.push({ what: `inset port on ${bgToken}`, fg: cssVar(theme, '--muted'), bg, min: GRAPHIC });
      pairs.push({ what: `inset label on ${bgToken}`, fg: cssVar(theme, '--fg'), bg, min: TEXT });
    }
    expect(failures(pairs)).toEqual([]);
  });

  it('uses the map palette for the legend, the inset and the static fallback (one set of colours)', () => {
    const css = (k: string) => cssVar(theme, `--${k}`).toLowerCase();
    for (const k of ['ocean', 'land', 'sea', 'rail', 'air', 'front'] as const) expect(`${k} ${css(k)}`).toBe(`${k} ${p[k].toLowerCase()}`);
  });

  it('draws every route line, marker and place dot at ≥ 3:1 against land and against ocean', () => {
    const route = layers.filter((l) => ROUTE_LAYER.test(l.id));
    // Legs in three dash patterns, the arrowhead, the marker and both bands of place dots.
    expect(route.map((l) => l.id)).toEqual(
      expect.arrayContaining(['legs-solid', 'legs-dashed', 'legs-dotted', 'front-arrowhead', 'marker', 'places-dot-major', 'places-dot-minor']),
    );
    const pairs: Pair[] = [];
    for (const layer of route) {
      const prefix = layer.type === 'line' ? 'line' : layer.type === 'fill' ? 'fill' : 'circle';
      const ways = drawn(layer, `${prefix}-color`, `${prefix}-opacity`);
      expect(ways.length, `${layer.id} draws something`).toBeGreaterThan(0);
      for (const w of ways) {
        expect(w.opacity, `${layer.id} ${w.what} is drawn visible`).toBeGreaterThan(0);
        const state = w.active ? 'active' : 'inactive';
        for (const bg of ['land', 'ocean'] as const)
          pairs.push({
            what: `${layer.id} ${w.what} ${state} (${w.colour}${w.opacity < 1 ? ` at ${w.opacity}` : ''}) on ${bg}`,
            fg: toHex(over(w.colour, w.opacity, p[bg])),
            bg: p[bg],
            min: GRAPHIC,
          });
      }
    }
    expect(failures(dedupe(pairs))).toEqual([]);
  });

  it('draws country borders at ≥ 3:1 on land', () => {
    const borders = layers.find((l) => l.id === 'borders');
    expect(borders).toBeDefined();
    const pairs = drawn(borders!, 'line-color', 'line-opacity').map((w) => ({ what: 'borders on land', fg: toHex(over(w.colour, w.opacity, p.land)), bg: p.land, min: GRAPHIC }));
    expect(pairs.length).toBeGreaterThan(0);
    expect(failures(pairs)).toEqual([]);
  });

  it('writes every map label at ≥ 4.5:1 against its halo, land and ocean', () => {
    const labels = layers.filter((l) => LABEL_LAYER.test(l.id));
    expect(labels.length).toBeGreaterThanOrEqual(3);
    const pairs: Pair[] = [];
    for (const layer of labels) {
      const halos = drawn(layer, 'text-halo-color').map((h) => h.colour);
      for (const w of drawn(layer, 'text-color', 'text-opacity'))
        for (const [name, bg] of [...halos.map((h) => ['halo', h] as const), ['land', p.land] as const, ['ocean', p.ocean] as const])
          pairs.push({ what: `${layer.id} ${w.what} on ${name}`, fg: toHex(over(w.colour, w.opacity, bg)), bg, min: TEXT });
    }
    // The step's own names (the active-places layers) are measured too.
    for (const active of ['places-label-active-', 'places-label-active2-']) expect(pairs.some((x) => x.what.startsWith(active)), active).toBe(true);
    expect(failures(dedupe(pairs))).toEqual([]);
  });
});

describe('the contrast helpers', () => {
  it('measure known WCAG ratios', () => {
    expect(contrast('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrast('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('flag a failing pair (the checks can fail)', () => {
    expect(failures([{ what: 'grey on white', fg: '#999999', bg: '#ffffff', min: TEXT }])).toHaveLength(1);
    const leg: LayerSpecification = {
      id: 't',
      type: 'line',
      source: 'legs',
      filter: ['==', ['get', 'mode'], 'rail'],
      paint: { 'line-color': ['case', ['boolean', ['feature-state', 'active'], false], '#005f99', '#a39e95'], 'line-opacity': ['case', ['boolean', ['feature-state', 'active'], false], 1, 0.5] },
    };
    const ways = drawn(leg, 'line-color', 'line-opacity').map((w) => `${w.what} ${w.active} ${w.colour} ${w.opacity}`);
    expect(ways.sort()).toEqual(['rail false #a39e95 0.5', 'rail true #005f99 1']);
    expect(textTokens('.a { color: var(--x); background-color: var(--y) } .b{color:var(--z)}')).toEqual(['--x', '--z']);
  });
});
