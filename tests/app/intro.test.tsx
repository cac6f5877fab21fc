// @vitest-environment jsdom
/**
 * The intro index.html paints before JavaScript (src/app/intro.tsx, scripts/build/intro-shell-plugin.ts):
 * it must be exactly the card React draws for the overview in English, carry every source
 * link, and land inside React's container after the no-script note.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { bootLayoutMarkup, bootToolsMarkup } from '../../src/app/intro';
import { injectIntro, INTRO_MARKER, TOOLS_MARKER } from '../../scripts/build/intro-shell-plugin';
import { MastheadTools } from '../../src/app/MastheadTools';
import { AppContext } from '../../src/state/context';
import { createAppStore } from '../../src/state/store';
import { loadBundledDataset } from '../../src/model/load';
import { buildRouteGeometry } from '../../src/geo/route';
import { StepCard } from '../../src/panel/StepCard';
import { OVERVIEW_SOURCES } from '../../src/text/overview';
import { disagreementsFor } from '../../src/ui/SourcesDiffer';
import en from '../../src/i18n/en.json';

const ROOT = path.join(import.meta.dirname, '..', '..');

function parse(markup: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<body><div>${markup}</div></body>`, 'text/html');
  const box = parsed.body.firstElementChild as HTMLElement;
  box.normalize();
  return box;
}

/** What the page's React draws for a store in `lang` at `step`. */
function clientCard(lang: 'en' | 'ko', step: number): HTMLElement {
  return clientRender(<StepCard />, lang, step);
}

function clientRender(node: ReactNode, lang: 'en' | 'ko', step: number): HTMLElement {
  const loaded = loadBundledDataset();
  if ('issues' in loaded) throw new Error('bundled data does not check');
  const box = document.createElement('div');
  const value = { store: createAppStore({ lang, step }), dataset: loaded.dataset, geometry: buildRouteGeometry(loaded.dataset) };
  const root = createRoot(box);
  flushSync(() => root.render(<AppContext.Provider value={value}>{node}</AppContext.Provider>));
  // React keeps adjacent texts as separate nodes; the HTML parser joins them.
  box.normalize();
  return box;
}

describe('the intro rendered at build time', () => {
  // The card as the build puts it in the side panel of its layout.
  const intro = parse(bootLayoutMarkup()).querySelector('.panel-col') as HTMLElement;
  const card = (box: HTMLElement) => box.querySelector('#step-card');

  it('is node for node the overview card React draws in English', () => {
    expect(card(intro)?.isEqualNode(card(clientCard('en', 0)))).toBe(true);
    // and the comparison can tell cards apart
    expect(card(intro)?.isEqualNode(card(clientCard('en', 1)))).toBe(false);
    expect(card(intro)?.isEqualNode(card(clientCard('ko', 0)))).toBe(false);
  });

  it('says what the overview says, with a link to every source behind it', () => {
    expect(intro.querySelector('#step-title')?.textContent).toBe(en['overview.heading']);
    expect(intro.querySelector('.headline')?.textContent).toContain(en['overview.headline']);
    const loaded = loadBundledDataset();
    if ('issues' in loaded) throw new Error('bundled data does not check');
    // The overview's own sources, and each side's sources where sources differ (step 0).
    const ids = [...Object.values(OVERVIEW_SOURCES).flat(), ...disagreementsFor(loaded.dataset, 0).flatMap((d) => d.sides.flatMap((s) => s.sources))];
    const want = new Set(ids.map((id) => loaded.dataset.sources.find((s) => s.id === id)?.url).filter((u) => u !== null));
    const have = new Set([...intro.querySelectorAll('.source-links a')].map((a) => a.getAttribute('href')));
    expect(want.has(undefined)).toBe(false);
    expect(have).toEqual(want);
    for (const a of intro.querySelectorAll('a')) expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    // Nothing the page's CSP would refuse, and nothing that runs.
    expect(intro.querySelector('script, style, [style]')).toBeNull();
  });
});

describe('the header tools rendered at build time', () => {
  const boot = parse(bootToolsMarkup()).querySelector('nav.tools') as HTMLElement;

  it('are hidden from everyone and out of reach until React replaces them', () => {
    expect(boot.hasAttribute('data-boot')).toBe(true);
    expect(boot.getAttribute('aria-hidden')).toBe('true');
    expect(boot.hasAttribute('inert')).toBe(true);
  });

  it('are otherwise node for node the tools React draws in English, so they hold exactly their room', () => {
    const live = (lang: 'en' | 'ko') => clientRender(<MastheadTools />, lang, 0).querySelector('nav.tools') as HTMLElement;
    const bare = boot.cloneNode(true) as HTMLElement;
    for (const a of ['data-boot', 'aria-hidden', 'inert']) bare.removeAttribute(a);
    // The server marks the chosen language with an attribute; React sets the select's value.
    expect(bare.querySelector('option[selected]')?.getAttribute('value')).toBe('en');
    expect(live('en').querySelector('select')?.value).toBe('en');
    for (const o of bare.querySelectorAll('option')) o.removeAttribute('selected');
    expect(bare.isEqualNode(live('en'))).toBe(true);
    expect(bare.isEqualNode(live('ko'))).toBe(false);
  });
});

describe('the build plugin', () => {
  const html = readFileSync(path.join(ROOT, 'index.html'), 'utf8');

  it("puts the intro in React's container, after the no-script note, in the page's layout", async () => {
    const out = await injectIntro(html, ROOT);
    expect(out).not.toContain(INTRO_MARKER);
    const doc = new DOMParser().parseFromString(out, 'text/html');
    const layout = doc.querySelector('.app-root > main.layout.boot-layout');
    expect(layout?.previousElementSibling?.tagName).toBe('NOSCRIPT');
    expect([...(layout?.children ?? [])].map((c) => c.className)).toEqual(['map-col', 'panel-col']);
    // The map column holds the overview's map, drawn before any script (#21): one for a phone's
    // frame and one for a wide one, each with the route's legs, the place names and the land.
    const maps = layout?.querySelectorAll('.map-col > .map-frame > .boot-map > svg.static-map-svg') ?? [];
    expect(maps).toHaveLength(2);
    for (const svg of maps) {
      expect(svg.querySelectorAll('.static-leg').length).toBeGreaterThan(3);
      expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toEqual(expect.arrayContaining(['Depot near Tikhoretsk', 'Moscow']));
      expect(svg.querySelector('.static-basemap path')?.getAttribute('d')?.length).toBeGreaterThan(1000);
      // Whole pixels: the build-time map weighs less than the live one's tenths.
      expect(svg.querySelector('.static-basemap path')?.getAttribute('d')).not.toMatch(/\d\.\d/);
    }
    expect(layout?.querySelector('.panel-col > #step-card > article.overview #step-title')?.textContent).toBe(en['overview.heading']);
    expect(doc.querySelectorAll('#step-title')).toHaveLength(1);
  });

  it('puts the header tools in the masthead after the dek, where React portals its own', async () => {
    const out = await injectIntro(html, ROOT);
    expect(out).not.toContain(TOOLS_MARKER);
    const doc = new DOMParser().parseFromString(out, 'text/html');
    const tools = doc.querySelectorAll('nav.tools');
    expect(tools).toHaveLength(1);
    expect(tools[0]?.parentElement?.matches('header.masthead')).toBe(true);
    expect(tools[0]?.previousElementSibling?.matches('p.dek')).toBe(true);
    expect(tools[0]?.hasAttribute('data-boot')).toBe(true);
  });

  it('stops the build when index.html has lost a marker', async () => {
    await expect(injectIntro(html.replace(INTRO_MARKER, ''), ROOT)).rejects.toThrow(/no marker <!-- boot-layout/);
    await expect(injectIntro(html.replace(TOOLS_MARKER, ''), ROOT)).rejects.toThrow(/no marker <!-- boot-tools/);
  });
});
