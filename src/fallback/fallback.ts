/**
 * When the WebGL map cannot run (no WebGL, a context the browser refuses to create, or
 * too many live contexts on an article page), the app shows a static SVG map of the
 * current step instead. This is the switch; MapView reacts to it by removing its map
 * and rendering the lazily loaded StaticMap.
 */
import type { AppStore } from '../state/store';

/** Switches the app to the static fallback map (idempotent); `reason` is logged, not shown. */
export function switchToFallback(store: AppStore, reason: string): void {
  if (store.getState().mapState === 'fallback') return;
  console.info(`[shell-route] static map fallback: ${reason}`);
  store.getState().setMapState('fallback', reason);
}

/**
 * True when the browser can create a WebGL context (maplibre 5 prefers WebGL2 and
 * accepts WebGL1). The probe context is released at once: an article with many maps
 * should not spend one of its ~16 live contexts on a test.
 */
export function canCreateWebGL(doc: Document = document): boolean {
  try {
    const c = doc.createElement('canvas');
    const gl = c.getContext('webgl2') ?? c.getContext('webgl');
    if (!gl) return false;
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
