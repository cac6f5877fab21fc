/**
 * Build plugin: once Vite has written the site, writes the share entries (a page, a card and
 * an oEmbed per step and language: scripts/build/share-entries.tsx) into it. That script
 * renders the map's React SVG and so runs under tsx in its own process, outside Vite's config.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

export function shareEntriesPlugin(): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  return {
    name: 'shell-route-share-entries',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const tsx = createRequire(join(root, 'package.json')).resolve('tsx/cli');
      execFileSync(process.execPath, [tsx, join(root, 'scripts/build/share-entries.tsx'), outDir], { cwd: root, stdio: 'inherit' });
    },
  };
}
