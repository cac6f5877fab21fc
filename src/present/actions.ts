/** Teacher actions behind buttons and keys: speaker view, image export (lazy chunk), print. */
import type { AppStore } from '../state/store';
import type { Dataset } from '../model/types';
import type { StepSync } from './sync';
import { loadHandout, requestHandout } from '../print/handout-loader';

let mainSync: StepSync | null = null;

/** Remembers the main window's step sync (boot only). */
export function setMainSync(sync: StepSync | null): void {
  mainSync = sync;
}

/** True when a speaker view can follow this window (BroadcastChannel works here). */
export function speakerViewAvailable(): boolean {
  return mainSync !== null;
}

/** The speaker view's URL: this page with speaker=1, the step and the language, and no playback or layout flags. */
export function speakerUrl(href: string, step: number, lang: string): string {
  const url = new URL(href);
  const keep = new URLSearchParams();
  keep.set('speaker', '1');
  if (step > 0) keep.set('step', String(step));
  if (lang !== 'en') keep.set('lang', lang);
  const theme = url.searchParams.get('theme');
  if (theme) keep.set('theme', theme);
  url.search = `?${keep.toString()}`;
  url.hash = '';
  return url.href;
}

/** Opens the speaker view in a second window and pairs this window with it. */
export function openSpeakerView(store: AppStore, win: Window = window): void {
  const s = store.getState();
  mainSync?.pair();
  try {
    win.open(speakerUrl(win.location.href, s.step, s.lang), 'shellroute-speaker', 'noopener,popup,width=1100,height=800');
  } catch {
    // Pop-ups blocked: the notes are still on demand in this window (key N).
  }
}

/** Saves the current view as a PNG (the export code is its own chunk). */
export async function saveImage(store: AppStore, dataset: Dataset): Promise<void> {
  const m = await import('../export/save-image');
  await m.saveStepImage(store, dataset);
}

/** Resolves once the handout is in the page with its map data, or after `timeoutMs`. */
async function handoutInPage(doc: Document, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!doc.querySelector('.handout[data-ready="true"]') && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
}

/**
 * Opens the browser's print dialog; the print stylesheet turns the page into the handout.
 * The handout is a lazy chunk (print/LazyHandout.tsx): wait for it first.
 */
export async function printHandout(win: Window = window): Promise<void> {
  requestHandout();
  try {
    await loadHandout();
    await handoutInPage(win.document, 5000);
  } catch {
    // The chunk could not be fetched: print the page as it is.
  }
  try {
    win.print();
  } catch {
    // Printing disabled (kiosk, sandbox): nothing to do.
  }
}
