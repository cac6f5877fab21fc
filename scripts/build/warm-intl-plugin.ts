/**
 * Build plugin: the date-format warm-up (src/i18n/warm-intl.ts) as a tiny script of its
 * own, loaded `async` from the page's head, so it runs while the main bundles download and
 * compile and the main thread is otherwise idle (from inside the bundle it ran too late).
 * The script is content-hashed like every other asset and sits in the offline precache.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { compileStandalone } from './standalone-script.ts';

/** The locale the page warms: any locale pays ICU's one-time setup, so English serves all. */
export const WARM_LOCALE = 'en-GB';

/** The warm-up script's source: src/i18n/warm-intl.ts compiled on its own, then called. */
export async function warmScriptSource(root: string): Promise<string> {
  // Doc comments stripped: the script is on the page's critical path.
  const body = await compileStandalone(root, 'src/i18n/warm-intl.ts', { stripDocComments: true });
  return `(() => {\n'use strict';\n${body}\nwarmDateFormats(${JSON.stringify(WARM_LOCALE)});\n})();\n`;
}

export function warmIntlPlugin(): Plugin {
  let root = process.cwd();
  let fileName = '';
  return {
    name: 'shell-route-warm-intl',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      const source = await warmScriptSource(root);
      fileName = `assets/warm-intl-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName, source });
    },
    transformIndexHtml: {
      order: 'post',
      handler() {
        // Head, after the CSP meta (which must govern it); a classic async script runs as soon as it arrives.
        return [{ tag: 'script', attrs: { async: true, src: `./${fileName}` }, injectTo: 'head' }];
      },
    },
  };
}
