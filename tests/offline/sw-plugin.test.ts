import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  appText,
  buildVersion,
  fontFaces,
  parseUnicodeRange,
  precacheList,
  selectFontFiles,
  uncoveredCodePoints,
  workerSource,
} from '../../scripts/build/sw-plugin';

const CSS = `
@font-face{font-family:Noto Sans;font-weight:400;src:url(./noto-sans-latin-400-normal-A.woff2)format("woff2"),url(./noto-sans-latin-400-normal-B.woff)format("woff")}
@font-face{font-family:Noto Sans KR;font-weight:400;src:url(./noto-sans-kr-1-400-normal-C.woff2)format("woff2"),url(./kr1.woff)format("woff");unicode-range:U+AC00-AC0F,U+2192}
@font-face{font-family:Noto Sans KR;font-weight:400;src:url(./noto-sans-kr-2-400-normal-D.woff2)format("woff2");unicode-range:U+B000-B0FF}
@font-face{font-family:Noto Sans KR;font-weight:400;src:url(./noto-sans-kr-latin-400-normal-E.woff2)format("woff2");unicode-range:U+??,U+131}
`;

describe('service worker build plugin', () => {
  it('parses unicode-range values, wildcards included', () => {
    expect(parseUnicodeRange('U+0-FF, U+131, U+4??, u+1F600-1F64F')).toEqual([
      [0, 0xff],
      [0x131, 0x131],
      [0x400, 0x4ff],
      [0x1f600, 0x1f64f],
    ]);
    expect(parseUnicodeRange('garbage, U+')).toEqual([]);
  });

  it('reads the faces of a stylesheet, keeping only the woff2 file', () => {
    const faces = fontFaces(CSS);
    expect(faces).toHaveLength(4);
    expect(faces[0]).toEqual({ family: 'Noto Sans', woff2: './noto-sans-latin-400-normal-A.woff2', ranges: null });
    expect(faces[1]!.ranges).toEqual([
      [0xac00, 0xac0f],
      [0x2192, 0x2192],
    ]);
  });

  it('precaches only the Korean subsets that hold a character Noto Sans does not draw', () => {
    const faces = fontFaces(CSS);
    // Latin text only: the Korean latin subset is never needed (Noto Sans draws it).
    expect(selectFontFiles(faces, uncoveredCodePoints('Najin → Dunai'))).toEqual([
      './noto-sans-latin-400-normal-A.woff2',
      './noto-sans-kr-1-400-normal-C.woff2',
    ]);
    expect(selectFontFiles(faces, uncoveredCodePoints('Najin, Москва'))).toEqual(['./noto-sans-latin-400-normal-A.woff2']);
    expect(selectFontFiles(faces, uncoveredCodePoints('가 나'))).toEqual([
      './noto-sans-latin-400-normal-A.woff2',
      './noto-sans-kr-1-400-normal-C.woff2',
      './noto-sans-kr-2-400-normal-D.woff2',
    ]);
  });

  it('lists the page, scripts, styles and data, and only the chosen fonts', () => {
    const emitted = ['index.html', 'sw.js', 'assets/index-1.js', 'assets/index-1.css', 'assets/land-1.json', 'assets/a.woff2', 'assets/a.woff', 'assets/b.woff2'];
    expect(precacheList(emitted, ['assets/b.woff2'])).toEqual(['./', 'assets/index-1.css', 'assets/index-1.js', 'assets/land-1.json', 'assets/b.woff2']);
  });

  it('versions the cache by the build: any file or page change makes a new version', () => {
    const v = buildVersion(['./', 'assets/index-1.js'], '<html>');
    expect(v).toMatch(/^[0-9a-f]{12}$/);
    expect(buildVersion(['./', 'assets/index-1.js'], '<html>')).toBe(v);
    expect(buildVersion(['./', 'assets/index-2.js'], '<html>')).not.toBe(v);
    expect(buildVersion(['./', 'assets/index-1.js'], '<html lang>')).not.toBe(v);
    expect(buildVersion(['./', 'assets/index-1.js'], '<html>', 'worker v2')).not.toBe(v);
  });

  it("reads the app's own text (UI strings, data) to find the characters on screen", () => {
    const text = appText(process.cwd());
    expect(text).toContain('Najin');
    // Korean place names from data/places.json.
    expect(uncoveredCodePoints(text).size).toBeGreaterThan(10);
  });

  it('writes a worker script that parses and starts itself with the version and the list', async () => {
    const src = await workerSource(process.cwd(), 'abc123', ['./', 'assets/x.js']);
    expect(src).toContain('serviceWorkerMain(self, "abc123", ["./","assets/x.js"]);');
    expect(src).not.toMatch(/^\s*(import|export)\s/m);
    const dir = mkdtempSync(join(tmpdir(), 'sw-'));
    writeFileSync(join(dir, 'sw.js'), src);
    execFileSync(process.execPath, ['--check', join(dir, 'sw.js')]);
  });
});
