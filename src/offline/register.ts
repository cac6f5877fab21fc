/**
 * Registers the offline service worker (dist/sw.js, written by the build) so a classroom
 * can use the map with the network off after one visit. Never inside a frame: a host
 * page's origin and caches are not ours to fill. Every step is guarded, because
 * sandboxed frames and privacy modes throw on merely reading navigator.serviceWorker.
 */
import type { AppStore, MapState } from '../state/store';
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

/** The map must have stayed settled this long, with no step change, before precaching starts. */
export const PAUSE_MS = 2000;
/** At the latest, precaching starts this long after the map first settled (autoplay keeps stepping). */
export const LATEST_MS = 15000;

/**
 * Registers the worker once the reader pauses: the map settled and no step change for
 * PAUSE_MS (at the latest LATEST_MS after it first settled). Precaching downloads every file
 * of the site (80 requests) and competes with the first view and the first steps: a step
 * taken as it ran was ~250 ms slower (first step after load 686–911 ms with it, 486–665 ms
 * without, 3 runs on the bench machine).
 */
export function registerServiceWorker(store: AppStore, win: Window = window, prod: boolean = import.meta.env.PROD): void {
  if (!prod || !canRegister(win)) return;
  let done = false;
  let pause: number | undefined;
  let latest: number | undefined;
  const register = () => {
    if (done) return;
    done = true;
    unsub();
    win.clearTimeout(pause);
    win.clearTimeout(latest);
    try {
      win.navigator.serviceWorker.register(SW_URL, { scope: './' }).catch((e: unknown) => {
        console.info('[shell-route] offline support unavailable:', e instanceof Error ? e.message : String(e));
      });
    } catch (e) {
      console.info('[shell-route] offline support unavailable:', e instanceof Error ? e.message : String(e));
    }
  };
  const follow = (m: MapState) => {
    win.clearTimeout(pause);
    if (m === 'loading') return;
    pause = win.setTimeout(register, PAUSE_MS);
    latest ??= win.setTimeout(register, LATEST_MS);
  };
  const unsub = store.subscribe((s) => s.mapState, follow);
  follow(store.getState().mapState);
}
