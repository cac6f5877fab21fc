/**
 * Build plugin: the scroll-story host script and its demo article (#23 item 2).
 *
 *   scroll.js          src/embed/scroll-host.ts compiled on its own and minified, under a fixed
 *                      name (newsrooms link to it); refused over 2 KB gzip
 *   demo/scroll.html   an article whose paragraphs (the steps' own titles and summaries from
 *                      the data) drive a sticky map frame through scroll.js
 */
import { gzipSync } from 'node:zlib';
import { minifySync, type Plugin } from 'vite';
import { compileStandalone } from './standalone-script.ts';
import { buildDataset } from './build-data.ts';
import type { Dataset } from '../../src/model/types.ts';
import { TOTAL_STEPS } from '../../src/state/store.ts';
import { PALETTES } from '../../src/look/palette.ts';
import { t } from '../../src/i18n/index.ts';

export const SCROLL_JS_MAX_GZIP = 2048;

export async function scrollScriptSource(root: string): Promise<string> {
  const body = await compileStandalone(root, 'src/embed/scroll-host.ts', { stripDocComments: true });
  const source = `(() => {\n'use strict';\n${body}\nconst start = () => startScrollStory(window, ${TOTAL_STEPS});\nif (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });\nelse start();\n})();\n`;
  return minifySync('scroll.js', source).code;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The demo article: an intro, then a paragraph per step in the data's own words. */
export function demoHtml(dataset: Dataset): string {
  const p = PALETTES.light;
  const steps = dataset.transfers
    .map((tr) => `      <p data-shellroute-step="${tr.step}"><strong>${esc(tr.title.en)}.</strong> ${esc(tr.summary.en)}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Demo: a scroll story with the Shell Route map</title>
  <style>
    body { margin: 0; font: 18px/1.6 Georgia, serif; color: ${p.text}; background: ${p.halo}; }
    header, footer { max-width: 40rem; margin: 0 auto; padding: 1rem; }
    h1 { font-size: 1.6rem; line-height: 1.25; }
    .story { display: grid; grid-template-columns: minmax(0, 1fr); }
    .story iframe { position: sticky; top: 0; width: 100%; height: 45vh; border: 0; border-bottom: 1px solid ${p.landLine}; background: ${p.ocean}; z-index: 1; }
    .story .text { padding: 0 1rem; }
    .story p { max-width: 36rem; margin: 0 auto 55vh; padding: 0.8rem 1rem; background: ${p.halo}; border-left: 4px solid ${p.port}; }
    .story p:first-child { margin-top: 10vh; }
    @media (min-width: 900px) {
      .story { grid-template-columns: minmax(0, 2fr) minmax(0, 3fr); }
      .story iframe { order: 2; height: 100vh; border-bottom: 0; border-left: 1px solid ${p.landLine}; }
      .story .text { order: 1; }
    }
  </style>
</head>
<body>
  <header>
    <h1>Demo: a scroll story with the Shell Route map</h1>
    <p>This page stands for a newsroom's article. Each paragraph below carries
      <code>data-shellroute-step</code>; as it reaches the middle of the screen, <code>scroll.js</code>
      moves the map to that step. The paragraphs are the map's own step texts.</p>
  </header>
  <div class="story">
    <iframe data-shellroute-map id="map" src="../?embed=1" title="Shell Route: map of the reported route of North Korean shells to Russia, 2023" allow="fullscreen"></iframe>
    <div class="text">
      <p data-shellroute-step="0"><strong>${esc(t('en', 'overview.heading'))}.</strong> ${esc(t('en', 'dek'))}</p>
${steps}
    </div>
  </div>
  <footer><p>End of the demo article.</p></footer>
  <script src="../scroll.js" defer></script>
</body>
</html>
`;
}

export function scrollStoryPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'shell-route-scroll-story',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      const script = await scrollScriptSource(root);
      const gz = gzipSync(script).length;
      if (gz > SCROLL_JS_MAX_GZIP) this.error(`scroll.js is ${gz} bytes gzip, over its ${SCROLL_JS_MAX_GZIP}-byte budget`);
      this.emitFile({ type: 'asset', fileName: 'scroll.js', source: script });
      this.emitFile({ type: 'asset', fileName: 'demo/scroll.html', source: demoHtml(buildDataset(root)) });
    },
  };
}
