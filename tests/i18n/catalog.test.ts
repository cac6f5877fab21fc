/**
 * Every UI string and every data text exists in English, Korean, Ukrainian and Russian,
 * and the translations keep what must not change: placeholders, dates and numbers, the
 * hedges and the agreed terms (docs/glossary.md), vessel names in Latin script, and the
 * right script for each language.
 */
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import ko from '../../src/i18n/ko.json';
import uk from '../../src/i18n/uk.json';
import ru from '../../src/i18n/ru.json';
import { formatSourceDate, pick, vesselText, type Messages } from '../../src/i18n';
import { LANGS } from '../../src/model/schema';
import { validateDataset } from '../../src/model/dataset';
import type { Lang } from '../../src/model/types';
import { brokenData, realData, type DataFiles } from '../fixtures/data';
import { numberFacts } from './numbers';
import { brokenTerms } from './terms';

type Other = Exclude<Lang, 'en'>;
const OTHERS: Other[] = ['ko', 'uk', 'ru'];
const KEYS = Object.keys(en) as (keyof typeof en)[];
// The catalogs as files: the page loads ko, uk and ru lazily (src/i18n/lang-pack.ts).
const catalogs: Record<Other, Messages> = { ko, uk, ru };

function placeholders(s: string): string[] {
  return [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

interface Text {
  where: string;
  en: string;
  tr: Record<Other, string | undefined>;
}

/** Every object in the data that is a localized text: only language keys, one of them "en". */
function dataTexts(d: DataFiles): Text[] {
  const out: Text[] = [];
  const walk = (v: unknown, where: string) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${where}[${i}]`));
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      const keys = Object.keys(o);
      if (keys.includes('en') && keys.every((k) => (LANGS as readonly string[]).includes(k))) {
        out.push({ where, en: String(o.en), tr: { ko: o.ko as string | undefined, uk: o.uk as string | undefined, ru: o.ru as string | undefined } });
        return;
      }
      for (const [k, x] of Object.entries(o)) if (k !== 'coordinates') walk(x, `${where}.${k}`);
    }
  };
  for (const [file, json] of Object.entries(d)) walk(json, file);
  return out;
}

const uiTexts: Text[] = KEYS.map((k) => ({
  where: `ui:${k}`,
  en: en[k],
  tr: { ko: catalogs.ko[k], uk: catalogs.uk[k], ru: catalogs.ru[k] },
}));
const data = dataTexts(realData());
const ALL = [...uiTexts, ...data];

describe('UI catalogs', () => {
  it('have every key of en.json, non-empty, in ko, uk and ru', () => {
    const missing = OTHERS.flatMap((l) => KEYS.filter((k) => !catalogs[l][k]?.trim()).map((k) => `${l}: ${k}`));
    expect(missing, 'add these keys to src/i18n/{ko,uk,ru}.json').toEqual([]);
  });

  it('have no key that en.json does not have (stale translations)', () => {
    const extra = OTHERS.flatMap((l) => Object.keys(catalogs[l]).filter((k) => !(k in en)).map((k) => `${l}: ${k}`));
    expect(extra).toEqual([]);
  });

  it('keep the same {placeholders} as English', () => {
    const bad = OTHERS.flatMap((l) =>
      KEYS.filter((k) => catalogs[l][k] !== undefined && placeholders(catalogs[l][k]!).join() !== placeholders(en[k]).join()).map((k) => `${l}: ${k}`),
    );
    expect(bad).toEqual([]);
  });

  it('translate every string that has words (no English copied over)', () => {
    const same = OTHERS.flatMap((l) => KEYS.filter((k) => /[a-z]{3}/i.test(en[k]) && catalogs[l][k] === en[k]).map((k) => `${l}: ${k}`));
    expect(same).toEqual([]);
  });
});

describe('data texts', () => {
  it('are found in every data file (the walker sees them all)', () => {
    const files = new Set(data.map((t) => t.where.split('.')[0]));
    expect([...files].sort()).toEqual(['corrections', 'disagreements', 'estimates', 'events', 'legs', 'places', 'sources', 'transfers']);
    expect(data.length).toBeGreaterThan(150);
  });

  it('have all four languages, non-empty, in every localized field of data/*.json', () => {
    const missing = data.flatMap((t) => OTHERS.filter((l) => !t.tr[l]?.trim()).map((l) => `${t.where}.${l}`));
    expect(missing).toEqual([]);
  });

  it('are not the English copied over', () => {
    const same = data.flatMap((t) => OTHERS.filter((l) => /[a-z]{3} [a-z]{3}/i.test(t.en) && t.tr[l] === t.en).map((l) => `${t.where}.${l}`));
    expect(same).toEqual([]);
  });

  it('vessel labels say the vessel in every language, and only where a vessel is known', () => {
    const d = realData();
    for (const tr of d.transfers.transfers) {
      for (const lang of LANGS) {
        const text = vesselText(tr.vessel, lang);
        if (tr.vessel.value === null) expect(text).toBeNull();
        else expect(text, `${tr.id} ${lang}`).toBe(tr.vessel.label ? tr.vessel.label[lang] : tr.vessel.value);
      }
    }
    const labelled = d.transfers.transfers.filter((t) => t.vessel.label);
    expect(labelled.map((t) => t.vessel.value).sort()).toEqual(['Angara or Maria', 'Angara or Maria', 'unidentified ship, about 115 m long']);
  });
});

describe('validation of localized data', () => {
  const cases: [string, (d: DataFiles) => void, string, string][] = [
    ['a step title', (d) => delete (d.transfers.transfers[0]!.title as Partial<Record<Lang, string>>).ko, 'data/transfers.json', 'transfers[0].title.ko'],
    ['an evidence text', (d) => delete (d.transfers.transfers[2]!.evidence[0]!.text as Partial<Record<Lang, string>>).ko, 'data/transfers.json', 'transfers[2].evidence[0].text.ko'],
    ['an event title', (d) => delete (d.events.events[0]!.title as Partial<Record<Lang, string>>).ko, 'data/events.json', 'events[0].title.ko'],
    ['a leg label', (d) => delete (d.legs.features[0]!.properties.label as Partial<Record<Lang, string>>).ko, 'data/legs.geo.json', 'features[0].properties.label.ko'],
    ['a place note', (d) => delete (d.places.places[0]!.note as Partial<Record<Lang, string>>).ko, 'data/places.json', 'places[0].note.ko'],
    ['a source’s “used for”', (d) => delete (d.sources.sources[0]!.supports as Partial<Record<Lang, string>>).ko, 'data/sources.json', 'sources[0].supports.ko'],
  ];
  it.each(cases)('reports a missing ko in %s with its file and path', (_, mutate, file, path) => {
    const r = validateDataset(brokenData(mutate));
    expect(r.ok).toBe(false);
    expect(r.issues).toContainEqual(expect.objectContaining({ file, path }));
  });

  it('reports an empty translation and an unknown language key', () => {
    const r = validateDataset(
      brokenData((d) => {
        d.transfers.transfers[0]!.title.uk = '  ';
        (d.transfers.transfers[0]!.summary as Record<string, string>).de = 'Deutsch';
      }),
    );
    expect(r.issues).toContainEqual(expect.objectContaining({ path: 'transfers[0].title.uk', message: 'must not be empty' }));
    expect(r.issues).toContainEqual(expect.objectContaining({ path: 'transfers[0].summary.de' }));
  });

  it('reports a vessel label on an unknown vessel', () => {
    const r = validateDataset(
      brokenData((d) => {
        d.transfers.transfers[0]!.vessel.label = { en: 'a ship', ko: '배', uk: 'судно', ru: 'судно' };
      }),
    );
    expect(r.issues).toContainEqual(expect.objectContaining({ path: 'transfers[0].vessel.label' }));
  });
});

describe('translations keep the facts', () => {
  it('mention the same dates, months and numbers as the English', () => {
    const bad: string[] = [];
    for (const t of ALL) {
      const want = numberFacts(t.en, 'en');
      for (const l of OTHERS) {
        const s = t.tr[l];
        if (!s) continue;
        const got = numberFacts(s, l);
        if (JSON.stringify(got) !== JSON.stringify(want)) bad.push(`${t.where}.${l}: ${JSON.stringify(got)} ≠ en ${JSON.stringify(want)}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('use the glossary terms and keep every hedge', () => {
    const bad: string[] = [];
    for (const t of ALL)
      for (const l of OTHERS) {
        const s = t.tr[l];
        if (s) for (const term of brokenTerms(t.en, s, l)) bad.push(`${t.where}.${l}: "${term}"`);
      }
    expect(bad).toEqual([]);
  });

  it('are written in the right script: Hangul for ko; Ukrainian and Russian letters not mixed up', () => {
    const bad: string[] = [];
    for (const t of ALL) {
      const { ko, uk, ru } = t.tr;
      if (ko && /\p{L}{2}/u.test(ko.replace(/[A-Za-z]/g, '')) === false && /[a-z]{3}/i.test(t.en) && !/[\uAC00-\uD7A3]/.test(ko)) bad.push(`${t.where}.ko has no Hangul`);
      if (ko && /[\u0400-\u04FF]/.test(ko)) bad.push(`${t.where}.ko has Cyrillic`);
      if (uk && /[ыэъёЫЭЪЁ]/.test(uk)) bad.push(`${t.where}.uk has Russian-only letters`);
      if (ru && /[іїєґІЇЄҐ]/.test(ru)) bad.push(`${t.where}.ru has Ukrainian-only letters`);
      for (const [l, s] of [['uk', uk], ['ru', ru]] as const)
        if (s && /[a-z]{3} [a-z]{3}/i.test(t.en) && !/[\u0400-\u04FF]/.test(s)) bad.push(`${t.where}.${l} has no Cyrillic`);
    }
    expect(bad).toEqual([]);
  });

  it('show a title in each language that differs from the others', () => {
    const d = realData();
    for (const tr of d.transfers.transfers) expect(new Set(LANGS.map((l) => pick(tr.title, l))).size, tr.id).toBe(4);
  });
});

describe('dates through Intl', () => {
  it('formats source dates for each locale, with or without a day', () => {
    expect(formatSourceDate('2023-10-14', 'en')).toBe('14 Oct 2023');
    expect(formatSourceDate('2023-10-14', 'ko')).toBe('2023년 10월 14일');
    expect(formatSourceDate('2023-10', 'ru')).toMatch(/^окт\.? 2023/);
    expect(formatSourceDate('2023-10', 'uk')).toMatch(/^жовт\.? 2023/);
  });
});
