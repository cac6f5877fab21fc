import { describe, expect, it } from 'vitest';
import { bibEscape, citeBibtex, citePlain, isoDay, type CiteInput } from '../../src/text/cite';
import { PROJECT } from '../../src/model/project';

const base: CiteInput = {
  title: 'Shell Route: the reported route of North Korean shells to Russia, 2023',
  medium: 'Interactive map',
  version: '2026-12-07',
  url: 'https://maps.example.org/shell-route/',
  accessed: '2027-01-15',
  versionLabel: 'Data version',
  accessedLabel: 'accessed',
};

/** The fields of a one-entry BibTeX string, checking that its braces balance. */
function parseBib(s: string): { type: string; key: string; fields: Record<string, string> } {
  const head = /^@(\w+)\{([^,\s]+),\n/.exec(s);
  if (!head) throw new Error(`no entry head in ${s}`);
  let depth = 0;
  for (const ch of s.replace(/\\[{}]/g, '')) {
    depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
    if (depth < 0) throw new Error('unbalanced braces');
  }
  expect(depth).toBe(0);
  const fields: Record<string, string> = {};
  for (const m of s.matchAll(/^ {2}(\w+) = \{(.*)\},?$/gm)) fields[m[1]!] = m[2]!;
  return { type: head[1]!, key: head[2]!, fields };
}

describe('cite this map', () => {
  it('gives publisher, year of the data, title, medium, data version, address and access date in plain text', () => {
    expect(citePlain(base)).toBe(
      `${PROJECT.publisher} (2026). Shell Route: the reported route of North Korean shells to Russia, 2023 [Interactive map]. Data version 2026-12-07. https://maps.example.org/shell-route/ (accessed 2027-01-15).`,
    );
  });

  it('writes a @misc BibTeX entry with the fields citation managers read', () => {
    const bib = parseBib(citeBibtex(base));
    expect(bib.type).toBe('misc');
    expect(bib.key).toBe(`${PROJECT.bibKey}2026`);
    expect(bib.fields).toMatchObject({
      author: `{${PROJECT.publisher}}`,
      title: 'Shell Route: the reported route of North Korean shells to Russia, 2023',
      howpublished: 'Interactive map',
      year: '2026',
      version: '2026-12-07',
      url: 'https://maps.example.org/shell-route/',
      urldate: '2027-01-15',
    });
  });

  it('says nothing of a version it does not have, and dates the work by the day it was read', () => {
    const none = { ...base, version: null };
    expect(citePlain(none)).not.toContain('Data version');
    const bib = parseBib(citeBibtex(none));
    expect(bib.fields.version).toBeUndefined();
    expect(bib.fields.year).toBe('2027');
  });

  it("escapes TeX's special characters in titles so the entry still compiles", () => {
    expect(bibEscape('50% & more_{x}#1 $2 ^ ~ \\')).toBe('50\\% \\& more\\_\\{x\\}\\#1 \\$2 \\^{} \\~{} \\textbackslash{}');
    const bib = citeBibtex({ ...base, title: 'A {broken} title & 100%' });
    expect(() => parseBib(bib)).not.toThrow();
    expect(parseBib(bib).fields.title).toBe('A \\{broken\\} title \\& 100\\%');
  });

  it('keeps non-Latin titles as they are (BibLaTeX reads UTF-8)', () => {
    const ko = citeBibtex({ ...base, title: '포탄 수송로', medium: '인터랙티브 지도' });
    expect(parseBib(ko).fields).toMatchObject({ title: '포탄 수송로', howpublished: '인터랙티브 지도' });
  });

  it("writes the reader's calendar day as YYYY-MM-DD", () => {
    expect(isoDay(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
  });
});
