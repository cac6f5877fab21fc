/**
 * Build plugin: puts the intro (src/boot/intro.tsx, the overview card rendered with the
 * page's English data) into index.html, in the layout React will render, so it paints with
 * the title and dek before any JavaScript runs. React's first commit clears `.app-root`
 * and draws the same card in the same place. Build only: the dev server shows the page
 * as React draws it.
 */
import { runnerImport, type Plugin } from 'vite';
import { textPacks } from './text-packs.ts';

/** Where the intro goes in index.html (inside `.app-root`, React's container). */
export const INTRO_MARKER = '<!-- boot-layout: the intro, rendered at build time (scripts/intro-shell-plugin.ts) -->';

/** The page's layout before React (src/boot/intro.tsx), rendered by Vite's module runner with the data plugin. */
export async function renderBootLayout(root: string): Promise<string> {
  const { module } = await runnerImport<typeof import('../src/boot/intro')>('/src/boot/intro.tsx', {
    root,
    configFile: false,
    logLevel: 'error',
    plugins: [textPacks()],
  });
  return module.bootLayoutMarkup();
}

/** index.html with the marker replaced by the intro in its layout; throws when the marker is missing. */
export async function injectIntro(html: string, root: string): Promise<string> {
  if (!html.includes(INTRO_MARKER)) throw new Error(`intro shell: index.html has no marker ${INTRO_MARKER}`);
  return html.replace(INTRO_MARKER, await renderBootLayout(root));
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
