/** The data split by language (src/model/text-pack.ts, scripts/build/text-packs.ts). */
import { describe, expect, it } from 'vitest';
import { checkedSplit } from '../../scripts/build/text-packs';
import { isLocalized, OTHER_LANGS, readTextPack, type RawData } from '../../src/model/text-pack';
import { pick, type LocalizedEn } from '../../src/i18n';
import { bundledData } from '../../src/model/load';
import { realData } from '../fixtures/data';

const raw = () => realData() as unknown as RawData;

describe('language text packs', () => {
  it('give startup data with English texts only, place names whole, and lose nothing when merged back', () => {
    const { startup, packs } = checkedSplit(raw());
    const langsOf = (v: unknown, out: string[] = []): string[] => {
      if (isLocalized(v)) out.push(Object.keys(v).sort().join());
      else if (Array.isArray(v)) v.forEach((x) => langsOf(x, out));
      else if (v && typeof v === 'object') Object.values(v).forEach((x) => langsOf(x, out));
      return out;
    };
    expect(new Set(langsOf(startup.transfers))).toEqual(new Set(['en']));
    expect(new Set(langsOf(startup.places))).toEqual(new Set(['en,ko,ru,uk']));
    for (const l of OTHER_LANGS) expect(JSON.stringify(packs[l])).not.toContain('"en"');
  });

  it('report a missing or empty translation with its file and path', () => {
    const { startup, packs } = checkedSplit(raw());
    const ko = structuredClone(packs.ko) as { transfers: { transfers: { title: string }[] } };
    ko.transfers.transfers[2]!.title = '';
    const { issues } = readTextPack(startup, ko, 'ko');
    expect(issues).toContainEqual({ file: 'data/transfers.json', path: 'transfers[2].title.ko', message: 'must be a non-empty string' });
    expect(readTextPack(startup, {}, 'uk').issues.length).toBeGreaterThan(10);
  });

  it('return the texts without changing the data, and pick reads them', () => {
    const { startup, packs } = checkedSplit(raw());
    const before = structuredClone(startup);
    const { texts, issues } = readTextPack(startup, packs.uk, 'uk');
    expect(issues).toEqual([]);
    expect(texts.size).toBeGreaterThan(50);
    expect(startup).toEqual(before);
    // The page's data (its packs loaded by tests/setup/all-languages.ts) holds English only;
    // pick() finds the other languages in the packs' tables.
    const page = bundledData as unknown as { transfers: { transfers: { title: LocalizedEn }[] } };
    const title = page.transfers.transfers[0]!.title;
    expect(Object.keys(title)).toEqual(['en']);
    const files = realData().transfers.transfers[0]!.title;
    for (const l of OTHER_LANGS) expect(pick(title, l)).toBe(files[l]);
    // A text object the tables do not know (a copy) falls back to English.
    expect(pick({ ...title }, 'uk')).toBe(title.en);
  });
});
