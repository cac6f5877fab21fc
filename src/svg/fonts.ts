/**
 * Loads the bundled Noto fonts before the map is created: maplibre draws labels with
 * local fonts (no glyph server), and a font that is not loaded yet would be replaced
 * by a fallback for good.
 */
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans/cyrillic-700.css';
// Noto Sans KR cut at build time to the characters the app shows (scripts/build/font-subset.ts).
import 'virtual:noto-sans-kr-subset.css';
import type { Dataset } from '../model/types';

let pending: Promise<void> | null = null;

/**
 * Waits for the fonts (only the subsets the labels use); never rejects. The first call
 * starts the loads and every later call gets the same promise, so the entry can start
 * them before React renders and the map waits only for what is left (bench: ready).
 */
export function loadMapFonts(dataset: Pick<Dataset, 'places'>): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return Promise.resolve();
  if (pending) return pending;
  const hangul = dataset.places.map((p) => p.names.ko).join('');
  const cyr = dataset.places.map((p) => `${p.names.ru}${p.names.uk}`).join('');
  pending = Promise.all([
    document.fonts.load('14px "Noto Sans"', `Najin ${cyr}`),
    document.fonts.load('700 14px "Noto Sans"', 'Najin'),
    document.fonts.load('14px "Noto Sans KR"', hangul),
  ]).then(
    () => undefined,
    () => {
      // A font that fails to load falls back to the system sans-serif; the map still works.
    },
  );
  return pending;
}
