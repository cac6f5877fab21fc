/**
 * Vite plugin: serves the data files split by language (src/model/text-pack.ts).
 *
 *   import data from 'virtual:shell-route/data';        // startup: English texts, place names in all languages
 *   import texts from 'virtual:shell-route/texts/ko';   // Korean texts only (a lazy chunk via src/i18n/packs/ko.ts)
 *
 * The files are read from data/ on every load (watched in dev), and the build refuses a
 * split that would not merge back into exactly the original data. The full validation of
 * every language still runs on the original files (scripts/data/validate-data.ts).
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { omitFields, readTextPack, withTexts, OTHER_LANGS, PAGE_OMITS, splitData, TEXT_FILES, type DataKey, type OtherLang, type RawData, type TextTable } from '../../src/model/text-pack.ts';

export const DATA_ID = 'virtual:shell-route/data';
export const TEXTS_PREFIX = 'virtual:shell-route/texts/';

/** Reads the data files from a project root. */
export function readData(root: string): RawData {
  const out = {} as RawData;
  for (const [k, rel] of Object.entries(TEXT_FILES)) out[k as DataKey] = JSON.parse(readFileSync(join(root, rel), 'utf8')) as unknown;
  return out;
}

/** Splits the data and proves the split loses nothing: startup + every pack = the files (less PAGE_OMITS). */
export function checkedSplit(raw: RawData): ReturnType<typeof splitData> {
  const split = splitData(raw);
  const tables: Partial<Record<OtherLang, TextTable>> = {};
  for (const lang of OTHER_LANGS) {
    const { texts, issues } = readTextPack(split.startup, split.packs[lang], lang);
    if (issues.length) throw new Error(`text packs: ${issues.map((i) => `${i.file}: ${i.path}: ${i.message}`).join('; ')}`);
    tables[lang] = texts;
  }
  const rebuilt = withTexts(split.startup, tables);
  const page = {} as RawData;
  for (const k of Object.keys(TEXT_FILES) as DataKey[]) page[k] = omitFields(raw[k], PAGE_OMITS[k]);
  if (!isDeepStrictEqual(rebuilt, page)) throw new Error('text packs: merging the packs back does not give the data files');
  return split;
}

export function textPacks(): Plugin {
  let root = process.cwd();
  return {
    name: 'shell-route-text-packs',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      if (id === DATA_ID || id.startsWith(TEXTS_PREFIX)) return `\0${id}`;
      return null;
    },
    load(id) {
      if (!id.startsWith('\0virtual:shell-route/')) return null;
      const name = id.slice(1);
      for (const rel of Object.values(TEXT_FILES)) this.addWatchFile(join(root, rel));
      const split = checkedSplit(readData(root));
      if (name === DATA_ID) return `export default ${JSON.stringify(split.startup)};\n`;
      const lang = name.slice(TEXTS_PREFIX.length);
      if (!(OTHER_LANGS as readonly string[]).includes(lang)) this.error(`unknown text pack "${lang}" (have ${OTHER_LANGS.join(', ')})`);
      return `export default ${JSON.stringify(split.packs[lang as OtherLang])};\n`;
    },
  };
}
