/**
 * Build plugin: puts the intro (src/app/intro.tsx, the overview card rendered with the
 * page's English data) into index.html, in the layout React will render, so it paints with
 * the title and dek before any JavaScript runs. React's first commit clears `.app-root`
 * and draws the same card in the same place. Build only: the dev server shows the page
 * as React draws it.
 */
import { runnerImport, type Plugin } from 'vite';
import { textPacks } from './text-packs.ts';

/** Where the intro goes in index.html (inside `.app-root`, React's container). */
export const INTRO_MARKER = '<!-- boot-layout: the intro, rendered at build time (scripts/build/intro-shell-plugin.ts) -->';

const NO_CSS = '\0intro-shell:no-css';

/** Resolves every stylesheet import to an empty module: Vite's CSS plugins do not run in the module runner here. */
function noStylesheets(): Plugin {
  return {
    name: 'shell-route-intro-no-css',
    enforce: 'pre',
    resolveId: (source) => (/\.css(\?|$)/.test(source) ? NO_CSS : null),
    load: (id) => (id === NO_CSS ? 'export {};' : null),
  };
}

/** Where the header's tools go in index.html (in the masthead, after the dek). */
export const TOOLS_MARKER = '<!-- boot-tools: the header tools, rendered at build time (scripts/build/intro-shell-plugin.ts) -->';

/** The page's layout and header tools before React (src/app/intro.tsx), rendered by Vite's module runner with the data plugin. */
export async function renderBootLayout(root: string): Promise<{ layout: string; tools: string }> {
  const { module } = await runnerImport<typeof import('../../src/app/intro')>('/src/app/intro.tsx', {
    root,
    configFile: false,
    logLevel: 'error',
    // Components import their stylesheets; the markup needs none of them (the page links the CSS).
    plugins: [textPacks(), noStylesheets()],
  });
  return { layout: module.bootLayoutMarkup(), tools: module.bootToolsMarkup() };
}

/** index.html with the markers replaced by the intro in its layout and the header tools; throws when a marker is missing. */
export async function injectIntro(html: string, root: string): Promise<string> {
  for (const marker of [INTRO_MARKER, TOOLS_MARKER]) {
    if (!html.includes(marker)) throw new Error(`intro shell: index.html has no marker ${marker}`);
  }
  const { layout, tools } = await renderBootLayout(root);
  return html.replace(INTRO_MARKER, layout).replace(TOOLS_MARKER, tools);
}

export function introShellPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'shell-route-intro-shell',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => injectIntro(html, root),
    },
  };
}
