/**
 * Keeps the step in the URL. In the full page each step is a history entry, so
 * back/forward walk the steps; inside an iframe the URL is replaced, never pushed, so
 * the host page's back button is not hijacked. The story layout (?layout=story) replaces
 * too: its steps follow the reader's scrolling, and the scroll position is where they are. Sandboxed frames may refuse history
 * access; that is caught and the app carries on.
 */
import type { AppStore } from './store';
import { parseUrl, withLang, withStep } from './url';

/** True when running inside any frame (cross-origin safe). */
export function inIframe(win: Window = window): boolean {
  try {
    return win.self !== win.top;
  } catch {
    return true;
  }
}

/** Runs `fn` after `ms`; returns a cancel function. */
export type Later = (fn: () => void, ms: number) => () => void;

const defaultLater: Later = (fn, ms) => {
  const id = setTimeout(fn, ms);
  return () => clearTimeout(id);
};

/**
 * A step's URL is written once the map has drawn it (or HISTORY_MAX_DELAY_MS after the
 * change, whichever comes first), not inside the key press: a history entry costs the
 * browser an IPC round trip and its own process's work (~7 ms here in the page and ~25 ms in
 * the browser process per step, measured), which competed with the map for the CPU
 * (bench: step change). Each step still gets its own entry, in order.
 */
export const HISTORY_MAX_DELAY_MS = 1500;

/** Wires the store's step to location/history; returns an unsubscribe function. */
export function syncHistory(store: AppStore, win: Window = window, later: Later = defaultLater): () => void {
  // Replace, never push: in a frame, and in the story layout (a step per card scrolled past
  // would bury the page's back button under a dozen entries).
  const replace = inIframe(win) || store.getState().layout === 'story';
  // Steps changed to but not yet written, oldest first.
  let pending: number[] = [];
  let cancelSoon: (() => void) | null = null;
  let cancelBackstop: (() => void) | null = null;
  const cancelAll = () => {
    cancelSoon?.();
    cancelBackstop?.();
    cancelSoon = cancelBackstop = null;
  };
  const flush = () => {
    cancelAll();
    // Replacing, only the newest step matters.
    const steps = replace ? pending.slice(-1) : pending;
    pending = [];
    for (const step of steps) {
      const search = withStep(win.location.search, step);
      if (search === win.location.search) continue;
      const url = `${win.location.pathname}${search}${win.location.hash}`;
      try {
        if (replace) win.history.replaceState({ step }, '', url);
        else win.history.pushState({ step }, '', url);
      } catch {
        // Opaque-origin (sandboxed) documents may not touch history; the step still works.
      }
    }
  };
  // In a task of its own once the map is not loading: the step's own work comes first.
  const flushSoon = () => {
    if (pending.length === 0 || cancelSoon) return;
    cancelSoon = later(() => {
      cancelSoon = null;
      if (store.getState().mapState !== 'loading') flush();
    }, 0);
  };
  const unsub = store.subscribe(
    (s) => s.step,
    (step) => {
      pending.push(step);
      cancelBackstop ??= later(flush, HISTORY_MAX_DELAY_MS);
      flushSoon();
    },
  );
  const unsubMap = store.subscribe(
    (s) => s.mapState,
    (m) => {
      if (m !== 'loading') flushSoon();
    },
  );
  // Once the reader switches language, ?lang= is rewritten in place (never a history entry),
  // so a reload, a copied link or back/forward keep it. Until then the URL is left alone.
  let langChosen = false;
  const writeLang = () => {
    if (!langChosen) return;
    const search = withLang(win.location.search, store.getState().lang);
    if (search === win.location.search) return;
    try {
      win.history.replaceState(win.history.state, '', `${win.location.pathname}${search}${win.location.hash}`);
    } catch {
      // Sandboxed frames may refuse; the language still changes on screen.
    }
  };
  const unsubLang = store.subscribe(
    (s) => s.lang,
    () => {
      langChosen = true;
      writeLang();
    },
  );
  win.addEventListener('popstate', writeLang);
  const onPop = () => {
    // The browser has moved to another entry: steps not yet written are dropped, not pushed on top of it.
    pending = [];
    cancelAll();
    const { flags } = parseUrl(win.location.search);
    store.getState().setStep(flags.step ?? 0);
  };
  win.addEventListener('popstate', onPop);
  return () => {
    cancelAll();
    unsub();
    unsubMap();
    unsubLang();
    win.removeEventListener('popstate', writeLang);
    win.removeEventListener('popstate', onPop);
  };
}
