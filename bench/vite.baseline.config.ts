/**
 * Builds the benchmark's baseline page (bench/baseline) into bench/out/baseline: a bare
 * maplibre map with the app's style, data and fonts. Same build target and asset
 * handling as the app, no React plugin.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { notoSansKrSubset } from '../scripts/build/font-subset.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('./baseline'),
  base: './',
  publicDir: false,
  // The same fonts as the app, loaded the same way (src/svg/fonts.ts).
  plugins: [notoSansKrSubset()],
  logLevel: 'warn',
  build: {
    outDir: here('./out/baseline'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
});
