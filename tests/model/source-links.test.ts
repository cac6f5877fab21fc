/**
 * "Originals, not mirrors" (facts.md §11): a source names the original publication; a link
 * to a host outside the publisher's own sites must be labelled as a copy; a source with no
 * link says why; content-farm mirrors are never linked. Each rule is broken on its own in a
 * copy of the real data, and the exact file, path and message are asserted.
 */
import { describe, expect, it } from 'vitest';
import { formatIssues, validateDataset, type ValidationResult } from '../../src/model/dataset';
import { CONTENT_FARM_HOSTS, hostIsOn } from '../../src/model/schema';
import type { DataIssue, Source } from '../../src/model/types';
import { brokenData, byId, indexOfId, loose, realData } from '../fixtures/data';

const S = 'data/sources.json';

/** The issues a broken copy of the data gets in sources.json (the other files stay valid). */
function sourceIssues(result: ValidationResult): DataIssue[] {
  expect(result.ok).toBe(false);
  return result.issues.filter((i) => i.file === S);
}

function at(id: string): string {
  return `sources[${indexOfId(realData().sources.sources, id)}]`;
}

function hostOf(url: string): string {
  return new URL(url).hostname;
}

describe('the real sources', () => {
  const sources = realData().sources.sources;

  it('validate', () => {
    const r = validateDataset(realData());
    expect(r.ok ? [] : formatIssues(r.issues)).toEqual([]);
  });

  it('link the original, or a labelled copy, or nothing with a reason', () => {
    for (const s of sources) {
      if (s.url === null) {
        expect(s.noLink?.en, s.id).toBeTruthy();
        expect(s.copy, s.id).toBeUndefined();
        continue;
      }
      const own = s.publisherSites.some((d) => hostIsOn(hostOf(s.url!), d));
      expect(own || s.copy !== undefined, `${s.id}: ${s.url}`).toBe(true);
      expect(own && s.copy !== undefined, `${s.id} is on its own site but says copy`).toBe(false);
    }
  });

  it('never link a content-farm mirror', () => {
    const linked = sources.filter((s) => s.url !== null && CONTENT_FARM_HOSTS.some((d) => hostIsOn(hostOf(s.url!), d)));
    expect(linked.map((s) => s.id)).toEqual([]);
  });

  it('name the original publisher, not the copy (the AP, NYT, VOA, AFP and RUSI cases)', () => {
    const pick = (id: string): Source => byId(sources, id);
    expect(pick('ap-2023-11-01')).toMatchObject({ publisher: 'Associated Press', copy: { site: 'Navy Times' } });
    expect(pick('nyt-copy-2023-10-16')).toMatchObject({ publisher: 'The New York Times', url: null });
    expect(pick('voa-relay-2023-10')).toMatchObject({ publisher: 'Voice of America', url: null });
    expect(pick('afp-2023-11-01')).toMatchObject({ publisher: 'AFP', copy: { site: 'The Hindu' } });
    // Published by RUSI on 16 Oct 2023; Wired-Gov republished it on 17 Oct.
    expect(pick('rusi-2023-10-17')).toMatchObject({ publisher: 'RUSI', date: '2023-10-16', publisherSites: ['rusi.org'], copy: { site: 'Wired-Gov', date: '2023-10-17' } });
    for (const s of sources) expect(s.publisher, s.id).not.toMatch(/copy|syndicated|relay|republished/i);
  });
});

describe('hostIsOn', () => {
  it('matches the domain and its subdomains only', () => {
    expect(hostIsOn('news1.kr', 'news1.kr')).toBe(true);
    expect(hostIsOn('www.news1.kr', 'news1.kr')).toBe(true);
    expect(hostIsOn('english.hani.co.kr', 'hani.co.kr')).toBe(true);
    expect(hostIsOn('WWW.RUSI.ORG', 'rusi.org')).toBe(true);
    expect(hostIsOn('evilnews1.kr', 'news1.kr')).toBe(false);
    expect(hostIsOn('news1.kr.example.org', 'news1.kr')).toBe(false);
    expect(hostIsOn('clearrise.fastseoul.com', 'fastseoul.com')).toBe(true);
  });
});

describe('validateDataset refuses a source link that hides a copy', () => {
  it('refuses a link off the publisher’s sites that does not say it is a copy', () => {
    const r = validateDataset(brokenData((d) => { delete byId(d.sources.sources, 'rusi-2023-10-17').copy; }));
    expect(sourceIssues(r)).toEqual([
      {
        file: S,
        path: `${at('rusi-2023-10-17')}.url`,
        message: '"www.wired-gov.net" is not one of the publisher\'s sites (rusi.org): a link to a copy must say so in "copy" ({ "site": … })',
      },
    ]);
  });

  it('refuses a look-alike of a publisher site (a suffix that is not a subdomain)', () => {
    const r = validateDataset(brokenData((d) => { byId(d.sources.sources, 'news1-2023-11-01').url = 'https://fakenews1.kr/amp/politics/assembly/5217986'; }));
    expect(sourceIssues(r)).toEqual([
      {
        file: S,
        path: `${at('news1-2023-11-01')}.url`,
        message: '"fakenews1.kr" is not one of the publisher\'s sites (news1.kr): a link to a copy must say so in "copy" ({ "site": … })',
      },
    ]);
  });

  it('refuses any link when the publisher lists no site of its own, unless it is a labelled copy', () => {
    const r = validateDataset(brokenData((d) => { delete byId(d.sources.sources, 'pa-courier-2023-10-13').copy; }));
    expect(sourceIssues(r)).toEqual([
      {
        file: S,
        path: `${at('pa-courier-2023-10-13')}.url`,
        message: '"www.thecourier.co.uk" is not one of the publisher\'s sites (none listed): a link to a copy must say so in "copy" ({ "site": … })',
      },
    ]);
  });

  it('refuses a source without a link that does not say why', () => {
    const r = validateDataset(brokenData((d) => { delete byId(d.sources.sources, 'nyt-copy-2023-10-16').noLink; }));
    expect(sourceIssues(r)).toEqual([
      { file: S, path: `${at('nyt-copy-2023-10-16')}.noLink`, message: 'a source without a link (url: null) must say why in "noLink"' },
    ]);
  });

  it('refuses a content-farm mirror even when it is labelled as a copy (the domain and its subdomains)', () => {
    const cases: [string, string, string][] = [
      ['ap-2023-11-01', 'https://clearrise.fastseoul.com/html/300c28399416.html', '"clearrise.fastseoul.com" is a content-farm mirror (fastseoul.com)'],
      ['rusi-2023-10-17', 'https://glutenfreenews.net/world/satellite-photos-show-how-russia-could-be-shipping-arms-from-north-korea/41000/', '"glutenfreenews.net" is a content-farm mirror (glutenfreenews.net)'],
      ['afp-2023-11-01', 'https://newsrebeat.com/world-news/176147.html', '"newsrebeat.com" is a content-farm mirror (newsrebeat.com)'],
    ];
    for (const [id, url, start] of cases) {
      const r = validateDataset(brokenData((d) => { byId(d.sources.sources, id).url = url; }));
      expect(sourceIssues(r), id).toEqual([
        { file: S, path: `${at(id)}.url`, message: `${start}, never linked: cite the original with url null and say why in "noLink"` },
      ]);
    }
  });

  it('refuses a copy with no URL', () => {
    const r = validateDataset(brokenData((d) => { byId(d.sources.sources, 'voa-relay-2023-10').copy = { site: 'News Rebeat' }; }));
    expect(sourceIssues(r)).toEqual([{ file: S, path: `${at('voa-relay-2023-10')}.copy`, message: 'names a copy but has no URL (url is null)' }]);
  });

  it('refuses "copy" on a link to the publisher’s own site', () => {
    const r = validateDataset(brokenData((d) => { byId(d.sources.sources, 'hankyoreh-en-2023-11-02').copy = { site: 'Hankyoreh' }; }));
    expect(sourceIssues(r)).toEqual([
      { file: S, path: `${at('hankyoreh-en-2023-11-02')}.copy`, message: 'the URL is on the publisher\'s own site "english.hani.co.kr", so it is not a copy' },
    ]);
  });

  it('refuses a "noLink" reason on a source that has a link', () => {
    const r = validateDataset(brokenData((d) => {
      byId(d.sources.sources, 'news1-2023-11-01').noLink = { en: 'Not linked.', ko: '링크 없음.', uk: 'Без посилання.', ru: 'Без ссылки.' };
    }));
    expect(sourceIssues(r)).toEqual([{ file: S, path: `${at('news1-2023-11-01')}.noLink`, message: 'is only for a source without a link (url: null)' }]);
  });

  it('refuses a publisher site written as a URL, and an unknown key in "copy"', () => {
    const r = validateDataset(brokenData((d) => {
      byId(d.sources.sources, 'csis-2023-10-06').publisherSites = ['https://csis.org'];
      loose(byId(d.sources.sources, 'rusi-2023-10-17').copy!).licensed = true;
    }));
    const issues = sourceIssues(r);
    expect(issues).toContainEqual({ file: S, path: `${at('csis-2023-10-06')}.publisherSites[0]`, message: 'must be a lowercase domain name such as "rusi.org"' });
    expect(issues).toContainEqual({ file: S, path: `${at('rusi-2023-10-17')}.copy.licensed`, message: 'unknown property "licensed" (not in the schema)' });
  });

  it('lets a source leave out its author and language, but not its publisher sites', () => {
    const ok = validateDataset(brokenData((d) => {
      delete byId(d.sources.sources, 'politico-2024-02-27').author;
      delete byId(d.sources.sources, 'politico-2024-02-27').language;
    }));
    expect(ok.ok ? [] : formatIssues(ok.issues)).toEqual([]);
    const r = validateDataset(brokenData((d) => { delete loose(byId(d.sources.sources, 'politico-2024-02-27')).publisherSites; }));
    expect(sourceIssues(r).map((i) => i.path)).toContain(`${at('politico-2024-02-27')}.publisherSites`);
  });
});
