/**
 * The build trims maplibre-gl.css to the controls the map has (scripts/build/maplibre-css-plugin.ts).
 * Checked against the installed maplibre's own stylesheet: nothing styling an unused control
 * is left, and every other rule is kept exactly. The browser test "the map draws only the
 * controls whose styles the build keeps" checks the page never creates the dropped ones.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { selectsUnused, trimMaplibreCss } from '../../scripts/build/maplibre-css-plugin';

const require = createRequire(import.meta.url);
const stock = readFileSync(require.resolve('maplibre-gl/dist/maplibre-gl.css'), 'utf8');
const trimmed = trimMaplibreCss(stock);

/** Every rule (keyframes aside) as "at-rule context | selectors { declarations }". */
function rules(css: string): string[] {
  const out: string[] = [];
  postcss.parse(css).walkRules((r) => {
    if (r.parent?.type === 'atrule' && (r.parent as postcss.AtRule).name === 'keyframes') return;
    const ctx = r.parent?.type === 'atrule' ? `@${(r.parent as postcss.AtRule).name} ${(r.parent as postcss.AtRule).params}` : '';
    out.push(`${ctx} | ${r.selectors.join(',')} { ${r.nodes.map((n) => n.toString()).join(';')} }`);
  });
  return out;
}

describe('the trimmed maplibre stylesheet', () => {
  it('tells the unused controls from the ones the map has', () => {
    for (const s of [
      '.maplibregl-ctrl-logo',
      '.maplibregl-popup-anchor-top .maplibregl-popup-tip',
      '.maplibregl-ctrl button.maplibregl-ctrl-geolocate .maplibregl-ctrl-icon',
      '.maplibregl-ctrl-globe-enabled',
      '.maplibregl-marker',
    ]) expect(selectsUnused(s), s).toBe(true);
    for (const s of [
      '.maplibregl-ctrl button.maplibregl-ctrl-zoom-in .maplibregl-ctrl-icon',
      '.maplibregl-ctrl-group button:focus',
      '.maplibregl-ctrl-attrib-button',
      '.maplibregl-cooperative-gesture-screen.maplibregl-show',
      '.maplibregl-canvas-container.maplibregl-interactive',
      '.maplibregl-markers', // a longer name is not the marker
    ]) expect(selectsUnused(s), s).toBe(false);
  });

  it('keeps nothing that styles an unused control', () => {
    postcss.parse(trimmed).walkRules((r) => {
      for (const s of r.selectors) expect(selectsUnused(s), s).toBe(false);
    });
  });

  it('keeps every other rule exactly, in order, and still styles the zoom buttons and the gesture screen', () => {
    const expected = rules(stock)
      .map((r) => {
        const [ctx, rest] = r.split(' | ') as [string, string];
        const [sels, body] = [rest.slice(0, rest.indexOf(' { ')), rest.slice(rest.indexOf(' { '))];
        const keep = sels.split(',').filter((s) => !selectsUnused(s));
        return keep.length ? `${ctx} | ${keep.join(',')}${body}` : null;
      })
      .filter((r): r is string => r !== null);
    expect(rules(trimmed)).toEqual(expected);
    for (const cls of ['maplibregl-ctrl-zoom-in', 'maplibregl-ctrl-zoom-out', 'maplibregl-ctrl-group', 'maplibregl-cooperative-gesture-screen', 'maplibregl-canvas']) {
      expect(trimmed).toContain(`.${cls}`);
    }
  });

  it('drops the animations only the unused controls ran', () => {
    expect(stock).toMatch(/@keyframes maplibregl-spin/);
    expect(trimmed).not.toMatch(/@keyframes/);
  });

  it('is a fraction of the stock file', () => {
    // Most of the stock file is inline SVG icons of controls the map does not have.
    expect(gzipSync(trimmed).length).toBeLessThan(gzipSync(stock).length / 3);
  });
});
