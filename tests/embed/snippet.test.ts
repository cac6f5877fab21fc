import { describe, expect, it } from 'vitest';
import { embedSrc, escapeAttr, iframeSnippet, jsString, pymSnippet, scrollSnippet, STORY_FRAME_HEIGHT, type EmbedOptions } from '../../src/embed/snippet';
import { fullMapUrl } from '../../src/env/page-url';
import { pageBase } from '../../src/env/page-url';
import { parseUrl } from '../../src/state/url';

const base: EmbedOptions = {
  base: 'https://news.example/graphics/shell-route/',
  step: 0,
  lang: 'en',
  theme: 'light',
  autoplay: false,
  controls: true,
  title: 'Shell Route: map',
};

describe('embed src', () => {
  it('is the page URL with embed=1 and only the options that differ from the defaults', () => {
    expect(embedSrc(base)).toBe('https://news.example/graphics/shell-route/?embed=1');
    expect(embedSrc({ ...base, step: 4, lang: 'ko', theme: 'dark', autoplay: true, controls: false })).toBe(
      'https://news.example/graphics/shell-route/?embed=1&step=4&lang=ko&theme=dark&autoplay=1&controls=0',
    );
  });

  it('writes a scroll-story snippet: a sticky map frame, marked paragraphs after the chosen step, scroll.js from the map\'s site', () => {
    const code = scrollSnippet({ ...base, step: 4, autoplay: true }, (n) => `Text <${n}>`);
    expect(code).toMatch(/^<iframe data-shellroute-map id="shellroute-map" src="https:\/\/news\.example\/graphics\/shell-route\/\?embed=1&amp;step=4"/);
    expect(code).not.toContain('autoplay');
    expect(code).toContain('position:sticky');
    expect([...code.matchAll(/data-shellroute-step="(\d+)"/g)].map((m) => m[1])).toEqual(['5', '6', '7']);
    expect(code).toContain('Text &lt;5&gt;');
    expect(code).toMatch(/<script src="https:\/\/news\.example\/graphics\/shell-route\/scroll\.js" defer><\/script>$/);
    expect([...scrollSnippet({ ...base, step: 10 }, String).matchAll(/data-shellroute-step="(\d+)"/g)].map((m) => m[1])).toEqual(['10']);
  });

  it('adds layout=story for the scroll story layout, and nothing for the standard one', () => {
    expect(embedSrc({ ...base, layout: 'story', step: 5 })).toBe('https://news.example/graphics/shell-route/?embed=1&layout=story&step=5');
    expect(embedSrc({ ...base, layout: 'default' })).toBe('https://news.example/graphics/shell-route/?embed=1');
    const { flags, notes } = parseUrl(new URL(embedSrc({ ...base, layout: 'story', lang: 'ru' })).search);
    expect(notes).toEqual([]);
    expect(flags).toEqual({ embed: true, layout: 'story', lang: 'ru' });
  });

  it('gives the story layout a taller frame by default (it scrolls inside it under a pinned map); a height asked for wins', () => {
    expect(iframeSnippet({ ...base, layout: 'story' })).toContain(`height="${STORY_FRAME_HEIGHT}"`);
    expect(STORY_FRAME_HEIGHT).toBeGreaterThan(600);
    expect(iframeSnippet({ ...base, layout: 'story' })).toContain('layout=story');
    expect(iframeSnippet({ ...base, layout: 'story', height: 700 })).toContain('height="700"');
    expect(iframeSnippet(base)).toContain('height="600"');
  });

  it('keeps the article\'s scroll-story frame in the standard layout: the host\'s paragraphs drive it, not cards of its own', () => {
    expect(scrollSnippet({ ...base, layout: 'story' }, String)).not.toContain('layout=');
  });

  it('keeps the embed light by default and writes theme=auto when asked', () => {
    expect(embedSrc({ ...base, theme: 'light' })).not.toContain('theme=');
    expect(embedSrc({ ...base, theme: 'auto' })).toContain('theme=auto');
  });

  it('round-trips through the URL parser with no ignored parameter', () => {
    const src = embedSrc({ ...base, step: 10, lang: 'uk', theme: 'contrast', autoplay: true, controls: false });
    const { flags, notes } = parseUrl(new URL(src).search);
    expect(notes).toEqual([]);
    expect(flags).toEqual({ embed: true, step: 10, lang: 'uk', theme: 'contrast', autoplay: true, controls: false });
  });

  it('clamps a step outside 0..10', () => {
    expect(embedSrc({ ...base, step: 99 })).toContain('step=10');
    expect(embedSrc({ ...base, step: -2 })).not.toContain('step=');
  });

  it('takes the page base without query or hash', () => {
    expect(pageBase('https://a.example/map/index.html?step=3&lang=ko#x')).toBe('https://a.example/map/index.html');
  });
});

describe('iframe code', () => {
  it('is a responsive, lazy, fullscreen-capable iframe with a title', () => {
    expect(iframeSnippet({ ...base, step: 3 })).toBe(
      '<iframe src="https://news.example/graphics/shell-route/?embed=1&amp;step=3" title="Shell Route: map" width="100%" height="600" ' +
        'style="border:0;width:100%;max-width:1200px" allow="fullscreen" loading="lazy"></iframe>',
    );
  });

  it('escapes attribute values', () => {
    const code = iframeSnippet({ ...base, title: 'A "quoted" <b>title</b> & more' });
    expect(code).toContain('title="A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; &amp; more"');
    expect(escapeAttr('&"<>')).toBe('&amp;&quot;&lt;&gt;');
  });

  it('parses back to the intended src in a browser-like parser', () => {
    const code = iframeSnippet({ ...base, step: 2, lang: 'ru' });
    const src = /src="([^"]+)"/.exec(code)![1]!.replace(/&amp;/g, '&');
    expect(src).toBe(embedSrc({ ...base, step: 2, lang: 'ru' }));
  });
});

describe('pym.js code', () => {
  it('creates a pym.Parent on a container with the embed src and title', () => {
    expect(pymSnippet({ ...base, step: 5 })).toBe(
      [
        '<div id="shellroute-map"></div>',
        '<script>new pym.Parent("shellroute-map", "https://news.example/graphics/shell-route/?embed=1&step=5", {title: "Shell Route: map", allowfullscreen: true});</script>',
      ].join('\n'),
    );
  });

  it('cannot be broken out of its script by a title', () => {
    const code = pymSnippet({ ...base, title: '</script><script>alert(1)</script>' });
    expect(code.match(/<\/script>/g)).toHaveLength(1);
    expect(jsString('"</x>"')).toBe('"\\"\\u003c/x\\u003e\\""');
  });
});

describe('open full map link', () => {
  it('drops the frame-only and pym flags and keeps the current step, language and theme', () => {
    const href = 'https://a.example/map/?embed=1&step=2&lang=ko&theme=dark&controls=0&autoplay=1&childId=m&initialWidth=600&parentTitle=T&parentUrl=U#x';
    expect(fullMapUrl(href, 7)).toBe('https://a.example/map/?step=7&lang=ko&theme=dark');
  });

  it('drops the step on the overview', () => {
    expect(fullMapUrl('https://a.example/?embed=1&step=4', 0)).toBe('https://a.example/');
  });
});
