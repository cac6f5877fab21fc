// @vitest-environment jsdom
/**
 * Every place a source is shown names the original, and every rendered link to a host
 * outside the source's own publisher sites says in its TEXT that it is a copy and where
 * ("copy on Wired-Gov"), not only in a title attribute. Rendered with the real data in
 * every language: the inline citations (SourceLinks) and the Sources & method list.
 */
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/model/dataset';
import { CONTENT_FARM_HOSTS, hostIsOn, LANGS } from '../../src/model/schema';
import type { Dataset, Lang, Source } from '../../src/model/types';
import { buildRouteGeometry } from '../../src/geo/route';
import { AppContext } from '../../src/state/context';
import { createAppStore } from '../../src/state/store';
import { SourceLinks } from '../../src/ui/SourceLinks';
import { Sources } from '../../src/panel/Sources';
import { sourceLine } from '../../src/text/step-text';
import { formatSourceDate, t } from '../../src/i18n';
import { realData } from '../fixtures/data';

function dataset(): Dataset {
  const r = validateDataset(realData());
  if (!r.ok) throw new Error('the real data does not validate');
  return r.dataset;
}
const DS = dataset();

function render(node: ReactNode, lang: Lang): HTMLElement {
  const box = document.createElement('div');
  const value = { store: createAppStore({ lang, step: 0 }), dataset: DS, geometry: buildRouteGeometry(DS) };
  const root = createRoot(box);
  flushSync(() => root.render(<AppContext.Provider value={value}>{node}</AppContext.Provider>));
  box.normalize();
  return box;
}

const host = (href: string): string => new URL(href).hostname;
const onOwnSite = (s: Source, href: string): boolean => s.publisherSites.some((d) => hostIsOn(host(href), d));
const text = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Checks one rendered link of source `s`; returns whether it went to a copy. */
function checkLink(a: HTMLAnchorElement, s: Source, lang: Lang): boolean {
  const href = a.getAttribute('href') ?? '';
  expect(href, s.id).toBe(s.url);
  expect(a.getAttribute('target'), s.id).toBe('_blank');
  expect(a.getAttribute('rel'), s.id).toBe('noopener noreferrer');
  expect(CONTENT_FARM_HOSTS.some((d) => hostIsOn(host(href), d)), `${s.id} links a content farm`).toBe(false);
  if (onOwnSite(s, href)) {
    expect(text(a), s.id).not.toContain(t(lang, 'source.copyOn', { site: '' }).trim());
    return false;
  }
  // A link off the publisher's own sites: its text (not a title attribute) says copy and where.
  expect(s.copy, `${s.id}: ${href} is not on ${s.publisherSites.join(', ')}`).toBeDefined();
  expect(text(a), s.id).toContain(t(lang, 'source.copyOn', { site: s.copy!.site }));
  return true;
}

describe.each(LANGS)('sources shown in %s', (lang) => {
  it('inline citations: the original publisher and date; copies labelled in the link text; unlinked sources say so', () => {
    let copies = 0;
    let unlinked = 0;
    for (const s of DS.sources) {
      const box = render(<SourceLinks ids={[s.id]} lang={lang} />, lang);
      const links = [...box.querySelectorAll('a')];
      expect(text(box), s.id).toContain(`${s.author ? `${s.publisher} (${s.author})` : s.publisher}, ${formatSourceDate(s.date, lang)}`);
      if (s.url === null) {
        expect(links, s.id).toHaveLength(0);
        expect(text(box), s.id).toContain(t(lang, 'source.noLink'));
        expect(box.querySelector('.source-unlinked')?.getAttribute('title'), s.id).toContain(s.noLink![lang]);
        unlinked += 1;
        continue;
      }
      expect(links, s.id).toHaveLength(1);
      if (checkLink(links[0]!, s, lang)) copies += 1;
    }
    // Not vacuous: the data has copies (AP, AFP, RUSI…) and unlinked originals (NYT, VOA).
    expect(copies).toBeGreaterThanOrEqual(3);
    expect(unlinked).toBeGreaterThanOrEqual(2);
  });

  it('Sources & method: title and date of the original; the copy link labelled; the reason for no link printed', () => {
    const box = render(<Sources />, lang);
    const items = [...box.querySelectorAll('.source-list > li')];
    expect(items).toHaveLength(DS.sources.length);
    let copies = 0;
    for (const s of DS.sources) {
      const li = box.querySelector(`#source-${s.id}`);
      expect(li, s.id).not.toBeNull();
      expect(text(li!), s.id).toContain(s.title);
      expect(text(li!), s.id).toContain(formatSourceDate(s.date, lang));
      if (s.author) expect(text(li!), s.id).toContain(s.author);
      const links = [...li!.querySelectorAll('a')];
      if (s.url === null) {
        expect(links, s.id).toHaveLength(0);
        expect(text(li!), s.id).toContain(s.noLink![lang]);
        continue;
      }
      expect(links, s.id).toHaveLength(1);
      if (checkLink(links[0]!, s, lang)) {
        copies += 1;
        // The original's title is not itself a link to the copy.
        expect(text(links[0]!), s.id).not.toContain(s.title);
      }
    }
    expect(copies).toBeGreaterThanOrEqual(3);
  });
});

describe('the saved image’s source line', () => {
  it('names the original publisher (with the author where known) and the original’s date', () => {
    const byId = (id: string) => DS.sources.find((s) => s.id === id)!;
    expect(sourceLine(DS, ['rusi-2023-10-17', 'ap-2023-11-01'])).toBe('RUSI, 2023-10-16; Associated Press, 2023-11-01');
    const p = byId('politico-2024-02-27');
    expect(sourceLine(DS, [p.id])).toBe(`Politico Europe (${p.author!}), 2024-02-27`);
  });
});
