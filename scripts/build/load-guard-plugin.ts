/**
 * Build plugin: the load guard (src/env/load-guard.ts) as a classic script that runs just
 * before the app's module script, plus one small texts script per language (the notice's
 * words and each step's title and line, built with the page's own step text), fetched only
 * when the guard shows its notice. Content-hashed like every other asset.
 */
import { createHash } from 'node:crypto';
import { minifySync, type Plugin } from 'vite';
import { compileStandalone } from './standalone-script.ts';
import { LANGS } from '../../src/model/constants.ts';
import type { Dataset, Lang } from '../../src/model/types.ts';
import { pick, t } from '../../src/i18n/index.ts';
import { buildDataset } from './build-data.ts';
import { stepValueText } from '../../src/text/describe.ts';
import { FRAME_ONLY } from '../../src/env/page-url.ts';
import { TOTAL_STEPS } from '../../src/state/store.ts';
import { PALETTES } from '../../src/look/palette.ts';
import type { GuardConfig, GuardTexts } from '../../src/env/load-guard.ts';

/** A JSON value as a script literal that is safe anywhere (no "</script>", no line separators). */
const literal = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
const hashed = (name: string, source: string) => `assets/${name}-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`;

/** The notice's texts in one language, from the data files and the catalogs. */
export function guardTexts(dataset: Dataset, lang: Lang): GuardTexts {
  const steps = [{ title: t(lang, 'overview'), text: stepValueText(dataset, undefined, lang) }];
  for (const tr of dataset.transfers) steps.push({ title: pick(tr.title, lang), text: stepValueText(dataset, tr, lang) });
  return { message: t(lang, 'guard.message'), network: t(lang, 'guard.network'), retry: t(lang, 'guard.retry'), open: t(lang, 'guard.open'), steps };
}

export function loadGuardPlugin(): Plugin {
  let root = process.cwd();
  let guardFile = '';
  return {
    name: 'shell-route-load-guard',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      const dataset = buildDataset(root);
      const textFiles: Record<string, string> = {};
      for (const lang of LANGS) {
        const source = `window.__shellRouteGuardTexts && window.__shellRouteGuardTexts(${literal(guardTexts(dataset, lang))});\n`;
        const fileName = hashed(`load-guard-${lang}`, source);
        this.emitFile({ type: 'asset', fileName, source });
        textFiles[lang] = `./${fileName}`;
      }
      const cfg: GuardConfig = {
        langs: LANGS,
        frameOnly: FRAME_ONLY,
        total: TOTAL_STEPS,
        textFiles,
        fallback: { message: t('en', 'guard.message'), network: t('en', 'guard.network'), retry: t('en', 'guard.retry'), open: t('en', 'guard.open') },
        colors: { bg: PALETTES.light.land, fg: PALETTES.light.text, muted: PALETTES.light.muted, accent: PALETTES.light.port, link: PALETTES.light.rail },
      };
      const body = await compileStandalone(root, 'src/env/load-guard.ts', { stripDocComments: true });
      // Minified: it is on every page's path, even though it only acts when the app cannot load.
      const source = minifySync('load-guard.js', `(() => {\n'use strict';\n${body}\nguardLoad(window, ${literal(cfg)});\n})();\n`).code;
      guardFile = hashed('load-guard', source);
      this.emitFile({ type: 'asset', fileName: guardFile, source });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        // Deferred, and just before the app's module script: scripts that wait for the parser
        // run in document order, so the guard listens before the module can fail.
        const at = html.indexOf('<script type="module"');
        if (at < 0) throw new Error('load guard: index.html has no module script');
        return `${html.slice(0, at)}<script defer src="./${guardFile}"></script>\n    ${html.slice(at)}`;
      },
    },
  };
}
