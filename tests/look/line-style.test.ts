/**
 * One look: the line styles live in src/look/line-style.ts and nothing else defines a dash.
 * Certainty is carried by the dash (not colour alone), so a renderer with its own pattern
 * could show a line as more certain than the data says.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DASH, lineStyleOf, LINE_STYLES, roundCap, svgDash } from '../../src/look/line-style';
import { buildLayers } from '../../src/map/layers';
import { PALETTES } from '../../src/look/palette';
import { repoRoot } from '../fixtures/data';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

describe('line styles', () => {
  it('map certainty to a dash, air always dotted', () => {
    expect(lineStyleOf('sea', 'reported')).toBe('solid');
    expect(lineStyleOf('rail', 'illustrative')).toBe('dashed');
    expect(lineStyleOf('sea', 'inferred')).toBe('dashdot');
    expect(lineStyleOf('front', 'inferred')).toBe('dashdot');
    expect(lineStyleOf('air', 'reported')).toBe('dotted');
    expect(new Set(LINE_STYLES.map((s) => JSON.stringify(DASH[s]))).size).toBe(LINE_STYLES.length);
    expect(roundCap('dotted')).toBe(true);
    expect(svgDash('solid', 3)).toBeUndefined();
    expect(svgDash('dashed', 3)).toBe('6 4.5');
  });

  it('are the WebGL layers\' dashes: one leg layer per style, filtered on it', () => {
    const layers = buildLayers(PALETTES.light);
    for (const style of LINE_STYLES) {
      const layer = layers.find((l) => l.id === `legs-${style}`) as { filter: unknown; paint: Record<string, unknown>; layout: Record<string, unknown> } | undefined;
      expect(layer, style).toBeDefined();
      expect(JSON.stringify(layer!.filter)).toBe(JSON.stringify(['==', ['get', 'lineStyle'], style]));
      expect(layer!.paint['line-dasharray'] ?? []).toEqual([...DASH[style]]);
      expect(layer!.layout['line-cap']).toBe(roundCap(style) ? 'round' : 'butt');
    }
  });

  it('leave colour to the palette: no renderer outside src/look writes a colour literal', () => {
    const offenders: string[] = [];
    for (const file of files(path.join(repoRoot, 'src'))) {
      if (file.includes(`${path.sep}look${path.sep}`) || !/\.(ts|tsx)$/.test(file)) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/^\s*(\/\/|\*)/.test(line)) return;
          if (/(['"`])#[0-9a-f]{3,8}\1|rgba?\(\s*\d/i.test(line)) offenders.push(`${path.relative(repoRoot, file)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(offenders).toEqual([]);
  });

  it('are defined nowhere else: no renderer has its own dash pattern', () => {
    const offenders: string[] = [];
    for (const file of files(path.join(repoRoot, 'src'))) {
      if (file.includes(`${path.sep}look${path.sep}`) || !/\.(ts|tsx|css)$/.test(file)) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          // A literal dash: a number list after dasharray / setLineDash, in TS, JSX or CSS.
          if (/(dasharray['"]?\s*[:=]\s*[{'"[]?\s*['"]?\[?\s*\d|stroke-dasharray\s*:\s*\d|setLineDash\(\s*\[\s*\d)/i.test(line))
            offenders.push(`${path.relative(repoRoot, file)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(offenders).toEqual([]);
  });
});
