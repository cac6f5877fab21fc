/**
 * The share entries of a built site, one per step and language (#22 item 3):
 *
 *   step/3/index.html, ko/step/3/index.html, …   title, description, canonical URL, Open Graph and
 *                                                 Twitter card tags, oEmbed discovery, then on to the map
 *   …/card.png                                    1200×630, drawn from the map's own SVG (svg/map-layers.tsx)
 *   …/oembed.json                                 type "rich": the embed code for that step
 *
 * Run by the build (scripts/build/share-entries-plugin.ts) with tsx, after Vite has written the
 * site: `tsx scripts/build/share-entries.tsx dist`. Absolute URLs, which share cards and oEmbed
 * consumers need, come from SHELL_ROUTE_SITE_URL (the address the site is served from, ending
 * in "/"); without it the entries use relative URLs and the build says so. A card whose text
 * has a character no bundled font covers is refused with a message, never drawn as tofu.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { renderToStaticMarkup } from 'react-dom/server';
import { Resvg } from '@resvg/resvg-js';
import subsetFont from 'subset-font';
import { LANGS } from '../../src/model/constants.ts';
import type { Dataset, Lang } from '../../src/model/types.ts';
import { LOCALES, t } from '../../src/i18n/index.ts';
import { buildDataset } from './build-data.ts';
import { stepInfo, sourceLine } from '../../src/text/step-text.ts';
import { stepValueText } from '../../src/text/describe.ts';
import { dataVersion } from '../../src/model/data-version.ts';
import { buildRouteGeometry, type RouteGeometry } from '../../src/geo/route.ts';
import { PALETTES } from '../../src/look/palette.ts';
import { MapLayers, type Basemap } from '../../src/svg/map-layers.tsx';
import { cameraPlan, fitView } from '../../src/svg/framing.ts';
import { textWidth } from '../../src/svg/labels.ts';
import { iframeSnippet } from '../../src/embed/snippet.ts';
import { PROJECT } from '../../src/model/project.ts';
import { TOTAL_STEPS } from '../../src/state/store.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CARD = { width: 1200, height: 630 } as const;
/** The oEmbed frame: the embed code's own default height. */
const OEMBED = { width: 800, height: 600 } as const;

export interface Entry {
  lang: Lang;
  step: number;
  /** The entry's folder in the site, e.g. "ko/step/3/". */
  dir: string;
}

export function shareEntries(): Entry[] {
  return LANGS.flatMap((lang) =>
    Array.from({ length: TOTAL_STEPS + 1 }, (_, step) => ({ lang, step, dir: `${lang === 'en' ? '' : `${lang}/`}step/${step}/` })),
  );
}

/** The map page's query for a step and language (defaults left out). */
export function appQuery(step: number, lang: Lang): string {
  const q = new URLSearchParams();
  if (step > 0) q.set('step', String(step));
  if (lang !== 'en') q.set('lang', lang);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** A site path as an entry links to it: absolute under the site URL, else relative to the entry. */
export function linkFrom(entry: Entry, path: string, site: string | null): string {
  if (site) return new URL(path, site).href;
  const depth = entry.dir.split('/').filter(Boolean).length;
  return `${'../'.repeat(depth)}${path}` || './';
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface EntryText {
  /** The page's title: the step's heading and the map's name. */
  title: string;
  /** The step's heading alone (the card's title). */
  heading: string;
  description: string;
  /** The card's lines. */
  eyebrow: string;
  when: string;
  route: string;
  sources: string;
  version: string;
}

export function entryText(dataset: Dataset, entry: Entry): EntryText {
  const { lang, step } = entry;
  const info = stepInfo(dataset, step, lang);
  const tr = dataset.transfers[step - 1];
  const certainty = (c: string) => t(lang, `certainty.${c}` as 'certainty.reported');
  const version = dataVersion(dataset.corrections);
  return {
    title: `${info.title} · ${PROJECT.name}`,
    heading: info.title,
    description: tr ? `${stepValueText(dataset, tr, lang)}. ${t(lang, 'card.route')}: ${certainty(info.routeCertainty)}.` : t(lang, 'dek'),
    eyebrow: info.eyebrow,
    when: info.window ? `${t(lang, 'card.window')}: ${info.window} · ${certainty(info.windowCertainty)}` : '',
    route: `${tr ? `${t(lang, 'card.route')}: ` : ''}${info.route} · ${certainty(info.routeCertainty)}`,
    sources: sourceLine(dataset, info.sources),
    version: version ? `${t(lang, 'cite.version')}: ${version}` : '',
  };
}

export function entryHtml(entry: Entry, text: EntryText, site: string | null): string {
  const self = linkFrom(entry, entry.dir, site);
  const app = linkFrom(entry, appQuery(entry.step, entry.lang), site);
  const card = linkFrom(entry, `${entry.dir}card.png`, site);
  const alternates = LANGS.map((l) => {
    const other: Entry = { lang: l, step: entry.step, dir: `${l === 'en' ? '' : `${l}/`}step/${entry.step}/` };
    return `<link rel="alternate" hreflang="${l}" href="${esc(linkFrom(entry, other.dir, site))}">`;
  }).join('\n    ');
  return `<!doctype html>
<html lang="${entry.lang}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="referrer" content="no-referrer">
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self'; base-uri 'none'; form-action 'none'">
    <title>${esc(text.title)}</title>
    <meta name="description" content="${esc(text.description)}">
    <link rel="canonical" href="${esc(self)}">
    ${alternates}
    <meta property="og:type" content="article">
    <meta property="og:site_name" content="${esc(PROJECT.name)}">
    <meta property="og:title" content="${esc(text.title)}">
    <meta property="og:description" content="${esc(text.description)}">
    <meta property="og:url" content="${esc(self)}">
    <meta property="og:locale" content="${LOCALES[entry.lang].replace('-', '_')}">
    <meta property="og:image" content="${esc(card)}">
    <meta property="og:image:width" content="${CARD.width}">
    <meta property="og:image:height" content="${CARD.height}">
    <meta property="og:image:alt" content="${esc(text.description)}">
    <meta name="twitter:card" content="summary_large_image">
    <meta name="twitter:title" content="${esc(text.title)}">
    <meta name="twitter:description" content="${esc(text.description)}">
    <meta name="twitter:image" content="${esc(card)}">
    <meta name="twitter:image:alt" content="${esc(text.description)}">
    <link rel="alternate" type="application/json+oembed" href="${esc(linkFrom(entry, `${entry.dir}oembed.json`, site))}" title="${esc(text.title)}">
    <meta http-equiv="refresh" content="0; url=${esc(app)}">
  </head>
  <body>
    <p><a href="${esc(app)}">${esc(text.title)}</a></p>
  </body>
</html>
`;
}

/** The oEmbed response (oembed.com §2.3.4: version, type; rich: html, width, height). */
export function oembedJson(entry: Entry, text: EntryText, site: string | null): Record<string, string | number> {
  const base = linkFrom(entry, '', site);
  return {
    version: '1.0',
    type: 'rich',
    title: text.title,
    provider_name: PROJECT.publisher,
    provider_url: base,
    html: iframeSnippet({ base, step: entry.step, lang: entry.lang, theme: 'light', autoplay: false, controls: true, title: text.title, height: OEMBED.height }),
    width: OEMBED.width,
    height: OEMBED.height,
    thumbnail_url: linkFrom(entry, `${entry.dir}card.png`, site),
    thumbnail_width: CARD.width,
    thumbnail_height: CARD.height,
  };
}

// --- cards --------------------------------------------------------------------

/** Splits text into lines no wider than `width` at `size` px (words; CJK text breaks at spaces too). */
export function wrap(text: string, size: number, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (textWidth(next, size) <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${(kept[maxLines - 1] ?? '').replace(/[\s,;:·]+\S*$/, '')} …`;
    return kept;
  }
  return lines;
}

interface FontFace {
  family: string;
  weight: number;
  file: string;
  ranges: [number, number][];
}

/** The @font-face rules of a Fontsource package's weight file: each subset's file and unicode-range. */
function fontFaces(pkg: string, family: string, weight: number): FontFace[] {
  const dir = join(ROOT, 'node_modules', '@fontsource', pkg);
  const css = readFileSync(join(dir, `${weight}.css`), 'utf8');
  const faces: FontFace[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/(files\/[^)]+\.woff2)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!file || !range) continue;
    const ranges = range.split(',').map((r) => {
      const [a = '', b = a] = r.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(a, 16), parseInt(b, 16)] as [number, number];
    });
    faces.push({ family, weight, file: join(dir, file), ranges });
  }
  return faces;
}

/**
 * The card's fonts. Fontsource splits each weight into subset files (Latin, Cyrillic, ~120 for
 * Korean), and resvg's per-glyph fallback does not keep to the weight asked for: with regular and
 * bold both loaded, a regular Russian or Korean line came out with bold words in it. So the card
 * loads the regular weight only and every glyph matches; headings stand out by size and colour.
 */
const FAMILIES: Record<number, readonly (readonly [string, string])[]> = {
  400: [['noto-sans', 'Noto Sans'], ['noto-sans-kr', 'Noto Sans KR']],
};
const FALLBACK_WEIGHT = 400;

/**
 * TrueType fonts that cover every character of `texts` at each weight (resvg reads TrueType,
 * Fontsource ships WOFF2: each needed subset is converted and cut down to the characters used).
 * Throws, naming the character and where it is, when no bundled font covers one.
 */
export async function cardFonts(texts: { text: string; weight: number; where: string }[]): Promise<Buffer[]> {
  const needed = new Map<FontFace, Set<string>>();
  const facesByWeight = new Map<number, FontFace[]>();
  for (const { text, weight, where } of texts) {
    const facesOf = (wt: number) => {
      let faces = facesByWeight.get(wt);
      if (!faces) facesByWeight.set(wt, (faces = (FAMILIES[wt] ?? []).flatMap(([pkg, family]) => fontFaces(pkg, family, wt))));
      return faces;
    };
    for (const ch of text) {
      if (/\s/.test(ch)) continue;
      const cp = ch.codePointAt(0) ?? 0;
      const covers = (f: FontFace) => f.ranges.some(([a, b]) => cp >= a && cp <= b);
      const face = facesOf(weight).find(covers) ?? facesOf(FALLBACK_WEIGHT).find(covers);
      if (!face) {
        throw new Error(
          `share cards: no bundled font has a glyph for U+${cp.toString(16).toUpperCase().padStart(4, '0')} "${ch}" (${where}). ` +
            'Add a font that covers it (scripts/build/share-entries.tsx FAMILIES) or change the text; a card is never drawn with missing glyphs.',
        );
      }
      let set = needed.get(face);
      if (!set) needed.set(face, (set = new Set()));
      set.add(ch);
    }
  }
  return Promise.all(
    [...needed].map(([face, chars]) => subsetFont(readFileSync(face.file), [...chars, ' '].join(''), { targetFormat: 'truetype' })),
  );
}

export function readBasemap(): Basemap {
  const read = (name: string) => JSON.parse(readFileSync(join(ROOT, 'data', 'basemap', `${name}.json`), 'utf8')) as FeatureCollection;
  return { land: read('land'), landInset: read('land-inset'), lakes: read('lakes'), borders: read('borders') };
}

/** A card's SVG and the texts it draws (for the font check): the step's map across the top, its words below. */
export function cardSvg(dataset: Dataset, geometry: RouteGeometry, basemap: Basemap, entry: Entry, text: EntryText): { svg: string; texts: { text: string; weight: number }[] } {
  const p = PALETTES.light;
  const mapH = 320;
  // The step's resting view, framed as the map frames it (svg/framing.ts).
  const rest = cameraPlan(geometry, entry.step).at(-1);
  if (!rest) throw new Error(`share cards: no bounds for step ${entry.step}`);
  const view = fitView(rest.bounds, CARD.width, mapH, { top: 28, right: 140, bottom: 24, left: 140 }, rest.maxZoom);
  const map = renderToStaticMarkup(
    <MapLayers
      dataset={dataset}
      geometry={geometry}
      basemap={basemap}
      palette={p}
      lang={entry.lang}
      step={entry.step}
      view={view}
      width={CARD.width}
      height={mapH}
      obstacles={[]}
    />,
  );
  const texts: { text: string; weight: number }[] = [];
  const lines: string[] = [];
  const x = 48;
  const w = CARD.width - 2 * x;
  let y = mapH + 46;
  const line = (s: string, size: number, weight: number, fill: string, gap = 1.25) => {
    texts.push({ text: s, weight });
    lines.push(`<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}">${esc(s)}</text>`);
    y += size * gap;
  };
  line(text.eyebrow, 20, 700, p.port, 2.1);
  // Two lines at 40 px, or at 32 px when 40 px would cut the heading short.
  const size = wrap(text.heading, 40, w, 3).length > 2 ? 32 : 40;
  for (const l of wrap(text.heading, size, w, 2)) line(l, size, 700, p.text, 1.2);
  y += 8;
  for (const l of [text.when, text.route].filter(Boolean)) line(wrap(l, 21, w, 1)[0] ?? '', 21, 400, p.text, 1.45);
  for (const l of wrap(text.sources, 16, w, 1)) line(l, 16, 400, p.muted, 1.4);
  y = CARD.height - 22;
  line([PROJECT.name, text.version].filter(Boolean).join(' · '), 16, 400, p.muted);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}" font-family="Noto Sans, Noto Sans KR">
<rect width="${CARD.width}" height="${CARD.height}" fill="${p.halo}"/>
<svg width="${CARD.width}" height="${mapH}" viewBox="0 0 ${CARD.width} ${mapH}">${map}</svg>
<rect x="0" y="${mapH}" width="${CARD.width}" height="4" fill="${p.port}"/>
${lines.join('\n')}
</svg>`;
  // The map's own labels are drawn too: check their glyphs with the rest.
  for (const m of map.matchAll(/<text[^>]*font-weight="(\d+)"[^>]*>([^<]*)<\/text>/g)) texts.push({ text: m[2] ?? '', weight: Number(m[1]) >= 600 ? 700 : 400 });
  return { svg, texts };
}

/** Writes every entry, its card and its oEmbed into the built site at `outDir`. */
export async function writeShareEntries(outDir: string, site: string | null): Promise<number> {
  const dataset = buildDataset(ROOT);
  const geometry = buildRouteGeometry(dataset);
  const basemap = readBasemap();
  const all = shareEntries();
  const drawn = all.map((entry) => {
    const text = entryText(dataset, entry);
    return { entry, text, ...cardSvg(dataset, geometry, basemap, entry, text) };
  });
  // One font set for every card: each card's text is checked, with where it is, first.
  const fonts = await cardFonts(drawn.flatMap((d) => d.texts.map((x) => ({ ...x, where: `${d.entry.dir}card.png` }))));
  // resvg reads fonts from files (its typings list no in-memory option).
  const fontDir = mkdtempSync(join(tmpdir(), 'shell-route-card-fonts-'));
  const fontFiles = fonts.map((f, i) => {
    const file = join(fontDir, `${i}.ttf`);
    writeFileSync(file, f);
    return file;
  });
  for (const { entry, text, svg } of drawn) {
    const dir = join(outDir, entry.dir);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), entryHtml(entry, text, site));
    writeFileSync(join(dir, 'oembed.json'), `${JSON.stringify(oembedJson(entry, text, site), null, 2)}\n`);
    const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Noto Sans' } }).render().asPng();
    writeFileSync(join(dir, 'card.png'), png);
  }
  rmSync(fontDir, { recursive: true, force: true });
  return all.length;
}

/** SHELL_ROUTE_SITE_URL, checked: an http(s) URL ending in "/", or null. */
export function siteUrl(raw: string | undefined): string | null {
  if (!raw) return null;
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new Error(`SHELL_ROUTE_SITE_URL is not a URL: "${raw}"`);
  }
  if (!/^https?:$/.test(u.protocol)) throw new Error(`SHELL_ROUTE_SITE_URL must be http(s): "${raw}"`);
  return u.href.endsWith('/') ? u.href : `${u.href}/`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const outDir = process.argv[2] ?? join(ROOT, 'dist');
  const site = siteUrl(process.env.SHELL_ROUTE_SITE_URL);
  const t0 = Date.now();
  const n = await writeShareEntries(outDir, site);
  console.log(`share entries: ${n} pages with cards and oEmbed in ${Date.now() - t0} ms${site ? ` for ${site}` : ''}`);
  if (!site) console.log('share entries: SHELL_ROUTE_SITE_URL is not set, so their links are relative; social sites and oEmbed consumers need absolute ones (docs/embedding.md)');
}
