/**
 * When the WebGL map cannot run (no WebGL, a context the browser refuses to create, or
 * too many live contexts on an article page), the app shows a static SVG map of the
 * current step instead. This is the switch; MapView reacts to it by removing its map
 * and rendering the lazily loaded StaticMap.
 */
import type { AppStore } from './store';

/** Switches the app to the static fallback map (idempotent); `reason` is logged, not shown. */
export function switchToFallback(store: AppStore, reason: string): void {
  if (store.getState().mapState === 'fallback') return;
  console.info(`[shell-route] static map fallback: ${reason}`);
  store.getState().setMapState('fallback', reason);
}
