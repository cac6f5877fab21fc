/**
 * Keeps the step in the URL. In the full page each step is a history entry, so
 * back/forward walk the steps; inside an iframe the URL is replaced, never pushed, so
 * the host page's back button is not hijacked. Sandboxed frames may refuse history
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

/** Wires the store's step to location/history; returns an unsubscribe function. */
export function syncHistory(store: AppStore, win: Window = window): () => void {
  const framed = inIframe(win);
  const unsub = store.subscribe(
    (s) => s.step,
    (step) => {
      const search = withStep(win.location.search, step);
      if (search === win.location.search) return;
      const url = `${win.location.pathname}${search}${win.location.hash}`;
      try {
        if (framed) win.history.replaceState({ step }, '', url);
        else win.history.pushState({ step }, '', url);
      } catch {
        // Opaque-origin (sandboxed) documents may not touch history; the step still works.
      }
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
    const { flags } = parseUrl(win.location.search);
    store.getState().setStep(flags.step ?? 0);
  };
  win.addEventListener('popstate', onPop);
  return () => {
    unsub();
    unsubLang();
    win.removeEventListener('popstate', writeLang);
    win.removeEventListener('popstate', onPop);
  };
}
