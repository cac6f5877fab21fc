/**
 * Loads the bundled Noto fonts before the map is created: maplibre draws labels with
 * local fonts (no glyph server), and a font that is not loaded yet would be replaced
 * by a fallback for good.
 */
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans/cyrillic-700.css';
// Noto Sans KR cut at build time to the characters the app shows (scripts/font-subset.ts).
import 'virtual:noto-sans-kr-subset.css';
import type { Dataset } from '../model/types';

/** Waits for the fonts (only the subsets the labels use); never rejects. */
export async function loadMapFonts(dataset: Dataset): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return;
  const hangul = dataset.places.map((p) => p.names.ko).join('');
  const cyr = dataset.places.map((p) => `${p.names.ru}${p.names.uk}`).join('');
  try {
    await Promise.all([
      document.fonts.load('14px "Noto Sans"', `Najin ${cyr}`),
      document.fonts.load('700 14px "Noto Sans"', 'Najin'),
      document.fonts.load('14px "Noto Sans KR"', hangul),
    ]);
  } catch {
    // A font that fails to load falls back to the system sans-serif; the map still works.
  }
}
