/**
 * "Save image": the current view as a 1920 × 1080 PNG for slides, named after the step.
 * Its own chunk (loaded on the first click). The map is captured right after a frame is
 * drawn (maplibre's drawing buffer is not preserved), at a higher pixel ratio when the
 * map on screen is smaller than its place in the image.
 */
import type { AppStore } from '../state/store';
import { effectiveTheme } from '../state/store';
import type { Dataset } from '../model/types';
import { PALETTES } from '../look/palette';
import { legendLines } from '../look/legend';
import { DASH } from '../look/line-style';
import { formatDate, t } from '../i18n';
import { dataVersion } from '../model/data-version';
import { imageFileName, sourceLine, stepInfo } from '../text/step-text';
import { composeImage, IMAGE_H, IMAGE_W, type ImageText } from './compose';
import { readInset } from './inset';

const FONT_SAMPLE = 'Shell Route 0123456789 →●◐◌';

/** Resolves once the map has settled on its step (or after `ms`). */
function whenReady(store: AppStore, ms: number): Promise<void> {
  if (store.getState().mapState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    const unsub = store.subscribe(
      (s) => s.mapState,
      (m) => {
        if (m !== 'loading') done();
      },
    );
    function done() {
      clearTimeout(timer);
      unsub();
      resolve();
    }
  });
}

/** Builds the image's words for the current step and language. */
export function imageText(dataset: Dataset, step: number, lang: Parameters<typeof t>[0], p: (typeof PALETTES)['light']): ImageText {
  const info = stepInfo(dataset, step, lang);
  // A slide outlives the page: the caption says which state of the data it shows.
  const version = dataVersion(dataset.corrections);
  return {
    eyebrow: `${t(lang, 'title')} · ${info.eyebrow}`,
    title: info.title,
    window: info.window,
    windowCertainty: info.windowCertainty,
    route: info.route,
    routeCertainty: info.routeCertainty,
    certaintyWord: (c) => t(lang, `certainty.${c}`),
    legendTitle: t(lang, 'legend.title'),
    // The page's legend lines (look/legend.ts): the same colours and dashes as the map.
    legend: legendLines(dataset).map((l) => ({
      label: t(lang, l.label),
      short: t(lang, l.short),
      colour: p[l.colour],
      dash: [...DASH[l.style]],
      arrow: l.arrow,
    })),
    certaintyLegend: `${t(lang, 'legend.certainty')}: ● ${t(lang, 'certainty.reported')} · ◐ ${t(lang, 'certainty.inferred')} · ◌ ${t(lang, 'certainty.illustrative')} · ? ${t(lang, 'certainty.unknown')}`,
    sourceLine: `${t(lang, 'image.sources')}: ${sourceLine(dataset, info.sources)}`,
    credit: version ? `${t(lang, 'image.credit')} · ${t(lang, 'data.version', { date: formatDate(version, lang) })}` : t(lang, 'image.credit'),
  };
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png');
  });
}

/** Starts a download of a blob under a file name. */
export function download(blob: Blob, name: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Renders the current step to a PNG blob and its file name. */
export async function renderStepImage(store: AppStore, dataset: Dataset): Promise<{ blob: Blob; name: string }> {
  await whenReady(store, 10_000);
  const s = store.getState();
  const palette = PALETTES[effectiveTheme(s)];
  const text = imageText(dataset, s.step, s.lang, palette);
  try {
    await Promise.all([
      document.fonts.load(`700 56px "Noto Sans"`, FONT_SAMPLE + text.title),
      document.fonts.load(`400 32px "Noto Sans"`, text.route + text.window),
      document.fonts.load(`400 32px "Noto Sans KR"`, text.title + text.route),
    ]);
  } catch {
    // A font that fails to load falls back to sans-serif; the image is still right.
  }
  const snap = await store.getState().snapshot(IMAGE_W * 0.75);
  const snapshot = readInset(snap.frame);
  const insetEl = snap.frame.querySelector('.port-inset');
  const widthFraction = insetEl ? insetEl.getBoundingClientRect().width / snap.cssWidth : 0;
  const canvas = document.createElement('canvas');
  canvas.width = IMAGE_W;
  canvas.height = IMAGE_H;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  composeImage(ctx, snap.image, snap.image.width, snap.image.height, text, palette, snapshot ? { snapshot, widthFraction } : null);
  return { blob: await toBlob(canvas), name: imageFileName(dataset, s.step) };
}

/** Saves the current view as a PNG download. */
export async function saveStepImage(store: AppStore, dataset: Dataset): Promise<void> {
  const { blob, name } = await renderStepImage(store, dataset);
  download(blob, name);
}
