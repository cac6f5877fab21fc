import { defineConfig, mergeConfig } from 'vite';
import base from '../vite.config.ts';
import { gzipSync } from 'node:zlib';
export default mergeConfig(base, defineConfig({
  root: '/work/main',
  build: { outDir: '/tmp/ana/dist', emptyOutDir: true },
  plugins: [{
    name: 'ana',
    generateBundle(_o, bundle) {
      const groups: Record<string, number> = {};
      for (const [name, c] of Object.entries(bundle)) {
        if (c.type !== 'chunk') continue;
        for (const [id, m] of Object.entries(c.modules)) {
          let key = id.replace('/work/main/', '');
          const nm = key.match(/node_modules\/((@[^/]+\/)?[^/]+)/);
          if (nm) key = 'nm:' + nm[1];
          else key = key.split('/').slice(0, 2).join('/');
          groups[name + ' ' + key] = (groups[name + ' ' + key] ?? 0) + (m.code ? gzipSync(m.code).length : 0);
        }
      }
      for (const [k, v] of Object.entries(groups).sort((a, b) => b[1] - a[1])) console.log(k.padEnd(70), (v/1024).toFixed(1), 'KB gz (per-module gz sum)');
    },
  }],
}));
