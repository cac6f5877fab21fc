/**
 * Build-time subset of Noto Sans KR: only the Hangul (and CJK punctuation) that the app
 * can show, from data/*.json and src/ (data, UI catalogs). The @fontsource package ships
 * the font in ~120 frequency slices of 8–15 KB each, and the map's Korean labels touched
 * a dozen of them (~130 KB before the map could draw). Here each slice that holds a
 * needed character is cut down to exactly those characters, and one @font-face per cut
 * declares them in `unicode-range`, so the browser still fetches only what a page shows.
 * The map's labels (place names) get cuts of their own, apart from the UI's characters,
 * so preloading the label font before the map is created fetches the fewest bytes.
 *
 * Used as a Vite plugin: `import 'virtual:noto-sans-kr-subset.css'` resolves to the
 * generated stylesheet (cached in node_modules/.cache, keyed by the character set).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

export const KR_SUBSET_ID = 'virtual:noto-sans-kr-subset.css';

/** Code points that Noto Sans lacks and Noto Sans KR draws: Hangul, CJK punctuation and ideographs, fullwidth forms. */
export function needsKoreanFont(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x11ff) ||
    (cp >= 0x3000 && cp <= 0x303f) ||
    (cp >= 0x3130 && cp <= 0x318f) ||
    (cp >= 0x3200 && cp <= 0x32ff) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa960 && cp <= 0xa97f) ||
    (cp >= 0xac00 && cp <= 0xd7ff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xff00 && cp <= 0xffef)
  );
}

/** The sorted, unique code points in some texts that need the Korean font. */
export function koreanCodePoints(texts: Iterable<string>): number[] {
  const set = new Set<number>();
  for (const text of texts) for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (needsKoreanFont(cp)) set.add(cp);
  }
  return [...set].sort((a, b) => a - b);
}

/** One @font-face of a fontsource stylesheet: its woff2 file and unicode ranges. */
export interface FontFaceSlice {
  file: string;
  ranges: [number, number][];
}

/** Parses the @font-face blocks of a fontsource CSS file. */
export function parseFontFaces(css: string): FontFaceSlice[] {
  const out: FontFaceSlice[] = [];
  for (const m of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const body = m[1] ?? '';
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
    if (!file || !range) continue;
    const ranges = range.split(',').map((r): [number, number] => {
      const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
      const lo = parseInt(a ?? '', 16);
      return [lo, b ? parseInt(b, 16) : lo];
    });
    out.push({ file, ranges });
  }
  return out;
}

/** A compact CSS unicode-range for a sorted list of code points (runs become U+a-b). */
export function unicodeRange(cps: readonly number[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < cps.length) {
    const start = cps[i] as number;
    let end = start;
    while (i + 1 < cps.length && cps[i + 1] === end + 1) end = cps[++i] as number;
    parts.push(start === end ? `U+${start.toString(16)}` : `U+${start.toString(16)}-${end.toString(16)}`);
    i += 1;
  }
  return parts.join(',');
}

/** Assigns each code point to the first slice whose ranges hold it; points no slice holds are dropped. */
export function assignToSlices(cps: readonly number[], slices: readonly FontFaceSlice[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const cp of cps) {
    const slice = slices.find((s) => s.ranges.some(([lo, hi]) => cp >= lo && cp <= hi));
    if (!slice) continue;
    const list = out.get(slice.file) ?? [];
    list.push(cp);
    out.set(slice.file, list);
  }
  return out;
}

/** Every text the app can display: data files and the sources (UI strings live in src/i18n). */
export function appTexts(root: string): string[] {
  const texts: string[] = [];
  const dataDir = join(root, 'data');
  for (const name of readdirSync(dataDir)) if (name.endsWith('.json')) texts.push(readFileSync(join(dataDir, name), 'utf8'));
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(json|ts|tsx)$/.test(name)) texts.push(readFileSync(p, 'utf8'));
    }
  };
  walk(join(root, 'src'));
  return texts;
}

/** Writes the subset fonts and their stylesheet (or reuses a cached set); returns the stylesheet's path. */
export async function buildKoreanSubset(root: string): Promise<{ cssPath: string; codePoints: number; files: number }> {
  const require = createRequire(join(root, 'package.json'));
  const pkgDir = dirname(require.resolve('@fontsource/noto-sans-kr/package.json'));
  const version = (JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string }).version;
  const cps = koreanCodePoints(appTexts(root));
  // What every page draws before the map is ready: the place names on the map, the
  // language switch's "한국어" (src/i18n/index.ts LANG_NAMES) and Korean quoted in English
  // texts. These "labels" cuts are preloaded; the rest of the Korean text (the Korean
  // page) is in "ui" cuts, fetched when shown.
  const startupTexts = [
    ...placeNames(readFileSync(join(root, 'data/places.json'), 'utf8')),
    readFileSync(join(root, 'src/i18n/index.ts'), 'utf8'),
    // English texts that quote Korean (a source's "10여 차례").
    ...readdirSync(join(root, 'data'))
      .filter((n) => n.endsWith('.json'))
      .flatMap((n) => englishTexts(JSON.parse(readFileSync(join(root, 'data', n), 'utf8')) as unknown)),
  ];
  const labelCps = new Set(koreanCodePoints(startupTexts));
  const key = createHash('sha256').update(`v2 ${version} ${cps.join(',')} ${[...labelCps].join(',')}`).digest('hex').slice(0, 16);
  const cacheRoot = join(root, 'node_modules/.cache/shell-route-fonts');
  const dir = join(cacheRoot, key);
  const cssPath = join(dir, 'noto-sans-kr-subset.css');
  const slices = parseFontFaces(readFileSync(join(pkgDir, '400.css'), 'utf8'));
  const groups = assignToSlices(cps, slices);
  if (existsSync(cssPath)) return { cssPath, codePoints: cps.length, files: groups.size };

  const { default: subsetFont } = await import('subset-font');
  const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`;
  mkdirSync(tmp, { recursive: true });
  const faces: string[] = [];
  for (const [file, all] of groups) {
    const font = readFileSync(join(pkgDir, 'files', file));
    const parts: [string, number[]][] = [
      ['labels', all.filter((cp) => labelCps.has(cp))],
      ['ui', all.filter((cp) => !labelCps.has(cp))],
    ];
    for (const [part, list] of parts) {
      if (list.length === 0) continue;
      const out = await subsetFont(font, String.fromCodePoint(...list), { targetFormat: 'woff2' });
      const name = file.replace(/-400-normal\.woff2$/, `-400-${part}.woff2`);
      writeFileSync(join(tmp, name), out);
      faces.push(
        `@font-face {\n  font-family: 'Noto Sans KR';\n  font-style: normal;\n  font-display: swap;\n  font-weight: 400;\n  src: url(./${name}) format('woff2');\n  unicode-range: ${unicodeRange(list)};\n}`,
      );
    }
  }
  writeFileSync(
    join(tmp, 'noto-sans-kr-subset.css'),
    `/* Noto Sans KR 400 (SIL OFL 1.1, via @fontsource/noto-sans-kr ${version}), cut to the ${cps.length} characters the app uses. Generated by scripts/build/font-subset.ts. */\n${faces.join('\n')}\n`,
  );
  // Parallel builds (vitest workers, bench) may race: the first complete set wins.
  try {
    renameSync(tmp, dir);
  } catch {
    rmSync(tmp, { recursive: true, force: true });
  }
  // Drop sets made for older texts.
  for (const old of readdirSync(cacheRoot)) if (old !== key && !old.includes('.tmp-')) rmSync(join(cacheRoot, old), { recursive: true, force: true });
  return { cssPath, codePoints: cps.length, files: groups.size };
}

/** The map's label texts: every place's names (data/places.json). */
export function placeNames(placesJson: string): string[] {
  const parsed = JSON.parse(placesJson) as { places?: { names?: Record<string, unknown> }[] };
  return (parsed.places ?? []).flatMap((p) => Object.values(p.names ?? {}).filter((v): v is string => typeof v === 'string'));
}

/** Every string under an `en` key in a data file (the texts of the default page). */
export function englishTexts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(englishTexts);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => (k === 'en' && typeof v === 'string' ? [v] : englishTexts(v)));
}

/**
 * The font files the map's labels need before the map can be created (src/svg/fonts.ts
 * loads Noto Sans latin 400 and 700, cyrillic 400, and the Korean label cuts).
 */
export function isMapLabelFont(fileName: string): boolean {
  return /(^|\/)noto-sans-kr-\d+-400-labels-[\w-]+\.woff2$/.test(fileName) || /(^|\/)noto-sans-(latin-(400|700)|cyrillic-400)-normal-[\w-]+\.woff2$/.test(fileName);
}

/**
 * Vite plugin: resolves `virtual:noto-sans-kr-subset.css` to the generated stylesheet.
 * With `preload`, the built page also gets `<link rel="preload">` for the label fonts, so
 * they download while the scripts are parsed instead of after (the app: bench "time to
 * ready"; the baseline page, a bare maplibre map, is built without).
 */
export function notoSansKrSubset(opts: { preload?: boolean } = {}): Plugin {
  let root = process.cwd();
  let pending: Promise<string> | null = null;
  return {
    name: 'shell-route:noto-sans-kr-subset',
    enforce: 'pre',
    config(user) {
      // The cuts are 1–7 KB: Vite would inline those under 4 KB into the stylesheet as
      // data: URLs, and every page would then download every cut. Keep them as files.
      const prev = user.build?.assetsInlineLimit;
      return {
        build: {
          assetsInlineLimit: (file: string, content: Buffer) => {
            if (file.includes('shell-route-fonts')) return false;
            if (typeof prev === 'function') return prev(file, content);
            return typeof prev === 'number' ? content.length < prev : undefined;
          },
        },
      };
    },
    configResolved(config) {
      // The app's and the baseline's configs live in different folders; the data is at the project root.
      root = existsSync(join(config.root, 'data')) ? config.root : process.cwd();
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!opts.preload || !ctx.bundle) return [];
        return Object.keys(ctx.bundle)
          .filter(isMapLabelFont)
          .sort()
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'font', type: 'font/woff2', href: `./${file}`, crossorigin: '' },
            injectTo: 'head' as const,
          }));
      },
    },
    async resolveId(id) {
      if (id !== KR_SUBSET_ID) return null;
      pending ??= buildKoreanSubset(root).then((r) => r.cssPath);
      return pending;
    },
  };
}
