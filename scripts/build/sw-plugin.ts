/**
 * Vite plugin: writes dist/sw.js, the offline service worker (src/offline/sw.ts), with
 * the list of files the app actually uses and a version taken from their content.
 *
 * Fonts: @fontsource ships Noto Sans KR as ~120 unicode-range subsets. A browser only
 * downloads the subsets whose range holds a character on screen, so the worker precaches
 * only the subsets that cover characters in the app's own text (UI strings, data, source
 * literals) and that Noto Sans (Latin, Cyrillic) does not already draw. The .woff copies
 * are skipped: every browser with service workers reads woff2.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { compileStandalone } from './standalone-script.ts';

/** Inclusive code point ranges. */
export type Ranges = [number, number][];

/** Parses a CSS unicode-range value ("U+0-FF, U+131, U+4??") into ranges. */
export function parseUnicodeRange(value: string): Ranges {
  const out: Ranges = [];
  for (const raw of value.split(',')) {
    const part = raw.trim().toUpperCase();
    const m = /^U\+([0-9A-F?]{1,6})(?:-([0-9A-F]{1,6}))?$/.exec(part);
    if (!m || !m[1]) continue;
    if (m[1].includes('?')) {
      out.push([parseInt(m[1].replace(/\?/g, '0'), 16), parseInt(m[1].replace(/\?/g, 'F'), 16)]);
    } else {
      const lo = parseInt(m[1], 16);
      out.push([lo, m[2] ? parseInt(m[2], 16) : lo]);
    }
  }
  return out;
}

/** True when any code point is inside the ranges. */
export function intersects(ranges: Ranges, codePoints: Iterable<number>): boolean {
  for (const cp of codePoints) if (ranges.some(([lo, hi]) => cp >= lo && cp <= hi)) return true;
  return false;
}

export interface FontFace {
  family: string;
  /** woff2 file as written in the CSS (relative to the CSS file). */
  woff2: string | null;
  /** null = no unicode-range (the face claims every character). */
  ranges: Ranges | null;
}

/** The @font-face rules of a stylesheet. */
export function fontFaces(css: string): FontFace[] {
  const faces: FontFace[] = [];
  for (const block of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const body = block[1] ?? '';
    const family = /font-family:\s*['"]?([^;'"]+)['"]?/.exec(body)?.[1]?.trim() ?? '';
    const woff2 = /url\(\s*['"]?([^)'"]+\.woff2)['"]?\s*\)/.exec(body)?.[1] ?? null;
    const range = /unicode-range:\s*([^;]+)/.exec(body)?.[1];
    faces.push({ family, woff2, ranges: range ? parseUnicodeRange(range) : null });
  }
  return faces;
}

/**
 * What the Noto Sans latin and cyrillic subsets draw (fontsource's ranges for them):
 * characters here never reach the Korean font.
 */
export const NOTO_SANS_COVERS: Ranges = parseUnicodeRange(
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD,' +
    'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116',
);

/** Code points of a text that a fallback font would have to draw. */
export function uncoveredCodePoints(text: string, covered: Ranges = NOTO_SANS_COVERS): Set<number> {
  const out = new Set<number>();
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (!covered.some(([lo, hi]) => cp >= lo && cp <= hi)) out.add(cp);
  }
  return out;
}

/** The woff2 files to precache: faces without a range, and ranged faces that hold a needed character. */
export function selectFontFiles(faces: FontFace[], needed: Set<number>): string[] {
  const out: string[] = [];
  for (const f of faces) {
    if (!f.woff2) continue;
    if (f.ranges === null || intersects(f.ranges, needed)) out.push(f.woff2);
  }
  return [...new Set(out)];
}

const FONT = /\.(woff2?|ttf|otf|eot)$/i;

/**
 * The precache list from the emitted files: the page, every script, stylesheet and data
 * file, and the selected fonts. Paths are relative to the site root (where sw.js lives).
 */
export function precacheList(emitted: string[], fonts: string[]): string[] {
  const files = emitted.filter((f) => !FONT.test(f) && f !== 'sw.js' && !f.endsWith('.map') && f !== 'index.html');
  return ['./', ...files.sort(), ...[...fonts].sort()];
}

/**
 * Version: a hash of the precached files' names (content-hashed), of the page and of the
 * worker's own code, so any change makes a new cache.
 */
export function buildVersion(list: string[], html: string, worker = ''): string {
  return createHash('sha256').update(list.join('\n')).update(html).update(worker).digest('hex').slice(0, 12);
}

/** All text files under a directory with one of the extensions (skipping some folders). */
function textFiles(dir: string, exts: RegExp, skip: Set<string>): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (!skip.has(name)) out.push(...textFiles(p, exts, skip));
    } else if (exts.test(name)) out.push(p);
  }
  return out;
}

/** Every character the app can put on screen: UI strings, data (not the basemap) and source literals. */
export function appText(root: string): string {
  const files = [
    ...textFiles(join(root, 'src'), /\.(tsx?|json)$/, new Set()),
    ...textFiles(join(root, 'data'), /\.json$/, new Set(['basemap', 'reference'])),
    join(root, 'index.html'),
  ];
  return files.map((f) => readFileSync(f, 'utf8')).join('\n');
}

/** Turns src/offline/sw.ts into the worker script for this build. */
export async function workerSource(root: string, version: string, precache: string[]): Promise<string> {
  const body = await compileStandalone(root, 'src/offline/sw.ts');
  return [
    `// Shell Route offline worker, build ${version}. Generated by scripts/build/sw-plugin.ts; do not edit.`,
    `'use strict';`,
    body,
    `serviceWorkerMain(self, ${JSON.stringify(version)}, ${JSON.stringify(precache)});`,
    '',
  ].join('\n');
}

/** The plugin: runs after the bundle is written, so it sees every emitted file. */
export function serviceWorkerPlugin(): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  return {
    name: 'shell-route-sw',
    apply: 'build',
    // After Vite's own plugins have emitted the page, the stylesheets and the fonts.
    enforce: 'post',
    configResolved(config) {
      root = config.root;
      outDir = config.build.outDir;
    },
    async generateBundle(_options, bundle) {
      const names = Object.keys(bundle);
      const cssFiles = names.filter((n) => n.endsWith('.css'));
      const needed = uncoveredCodePoints(appText(root));
      const fonts: string[] = [];
      for (const name of cssFiles) {
        const item = bundle[name];
        const css = item && item.type === 'asset' ? String(item.source) : '';
        const dir = name.includes('/') ? name.slice(0, name.lastIndexOf('/') + 1) : '';
        for (const f of selectFontFiles(fontFaces(css), needed)) {
          // Resolve "./x.woff2" against the stylesheet's folder.
          fonts.push(relative('.', join(dir, f)).replace(/\\/g, '/'));
        }
      }
      const missing = fonts.filter((f) => !names.includes(f));
      if (missing.length) this.error(`sw: fonts referenced by CSS were not emitted: ${missing.join(', ')}`);
      const list = precacheList(names, fonts);
      const htmlItem = bundle['index.html'];
      const html = htmlItem && htmlItem.type === 'asset' ? String(htmlItem.source) : '';
      const version = buildVersion(list, html, readFileSync(join(root, 'src/offline/sw.ts'), 'utf8'));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: await workerSource(root, version, list) });
      this.info?.(`sw.js: ${list.length} files precached (${fonts.length} fonts), version ${version} → ${outDir}`);
    },
  };
}
