/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { serviceWorkerPlugin } from './scripts/build/sw-plugin.ts';
import { notoSansKrSubset } from './scripts/build/font-subset.ts';
import { textPacks } from './scripts/build/text-packs.ts';
import { warmIntlPlugin } from './scripts/build/warm-intl-plugin.ts';
import { loadGuardPlugin } from './scripts/build/load-guard-plugin.ts';
import { shareEntriesPlugin } from './scripts/build/share-entries-plugin.ts';
import { scrollStoryPlugin } from './scripts/build/scroll-story-plugin.ts';
import { introShellPlugin } from './scripts/build/intro-shell-plugin.ts';
import { maplibreCssTrim } from './scripts/build/maplibre-css-plugin.ts';
import { dataDownloads } from './scripts/build/data-downloads.ts';

// Relative base so dist/ works from any folder of any static host (and inside iframes).
export default defineConfig({
  base: './',
  // textPacks: the data texts split by language (src/model/text-pack.ts). dataDownloads: data/*.csv,
  // route.geojson and README.md beside the page, written after the bundle so the offline worker skips them.
  plugins: [react(), maplibreCssTrim(), textPacks(), warmIntlPlugin(), loadGuardPlugin(), introShellPlugin(), serviceWorkerPlugin(), notoSansKrSubset({ preload: true }), dataDownloads(), scrollStoryPlugin(), shareEntriesPlugin()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    // maplibre in a chunk of its own: Chromium compiles each script on its own background
    // thread, so the app and React compile beside maplibre instead of after it (a cold-load
    // trace: one 1.39 MB bundle took 600 ms to compile while the main thread sat idle).
    // With the date-format warm-up, 15 alternating cold loads: blocking time 2027 → 1796 ms,
    // time to ready unchanged within noise (4368 → 4358 ms); see README "Performance".
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/ }] } } },
  },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // Unit tests see every language, as before the packs were lazy (tests/setup/all-languages.ts).
    setupFiles: ['tests/setup/all-languages.ts'],
    testTimeout: 30000,
    // One module graph per worker thread instead of one per file: the suite's own time is
    // ~20 s and per-file setup (every language pack) was most of the rest. Tests share no
    // state they change: each builds its own store and dataset.
    pool: 'threads',
    isolate: false,
  },
});
