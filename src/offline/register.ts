/**
 * Registers the offline service worker (dist/sw.js, written by the build) so a classroom
 * can use the map with the network off after one visit. Never inside a frame: a host
 * page's origin and caches are not ours to fill. Every step is guarded, because
 * sandboxed frames and privacy modes throw on merely reading navigator.serviceWorker.
 */
import type { AppStore } from '../state/store';
import { inIframe } from '../state/history-sync';

export const SW_URL = './sw.js';

/** True when this page may register the service worker. */
export function canRegister(win: Window = window): boolean {
  if (inIframe(win)) return false;
  try {
    return 'serviceWorker' in win.navigator && !!win.navigator.serviceWorker && win.isSecureContext;
  } catch {
    return false;
  }
}

/** Registers the worker once the map has settled (so precaching never competes with the first view). */
export function registerServiceWorker(store: AppStore, win: Window = window): void {
  if (!import.meta.env.PROD || !canRegister(win)) return;
  let done = false;
  const register = () => {
    if (done) return;
    done = true;
    unsub();
    win.setTimeout(() => {
      try {
        win.navigator.serviceWorker.register(SW_URL, { scope: './' }).catch((e: unknown) => {
          console.info('[shell-route] offline support unavailable:', e instanceof Error ? e.message : String(e));
        });
      } catch (e) {
        console.info('[shell-route] offline support unavailable:', e instanceof Error ? e.message : String(e));
      }
    }, 500);
  };
  const unsub = store.subscribe(
    (s) => s.mapState,
    (m) => {
      if (m !== 'loading') register();
    },
  );
  if (store.getState().mapState !== 'loading') register();
}
