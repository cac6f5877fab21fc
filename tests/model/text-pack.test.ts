/** The data split by language (src/model/text-pack.ts, scripts/build/text-packs.ts). */
import { describe, expect, it } from 'vitest';
import { checkedSplit } from '../../scripts/build/text-packs';
import { isLocalized, mergeTextPack, OTHER_LANGS, type RawData } from '../../src/model/text-pack';
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
    const issues = mergeTextPack(structuredClone(startup), ko, 'ko');
    expect(issues).toContainEqual({ file: 'data/transfers.json', path: 'transfers[2].title.ko', message: 'must be a non-empty string' });
    expect(mergeTextPack(structuredClone(startup), {}, 'uk').length).toBeGreaterThan(10);
  });
});
