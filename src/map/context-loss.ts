/**
 * GPU failures. A browser may drop a page's WebGL context at any time (driver reset, GPU
 * process crash, too many contexts, a laptop switching GPUs). maplibre listens on its
 * canvas, keeps the style and, when the browser restores the context, rebuilds it; the
 * feature-state that lights the step is lost on the way. This watcher gives the app the
 * three moments it needs: lost (stop touching the map), restored in time (bind it again on
 * the current step) and not restored in time (give up: the static fallback takes over).
 */
import type { Map as MlMap } from 'maplibre-gl';

/** How long a lost context may take to come back before the static map replaces it, ms. */
export const RESTORE_TIMEOUT_MS = 5000;

export interface ContextLossHooks {
  /** The context is gone: the map's style is destroyed, so nothing may touch it. */
  lost: () => void;
  /** The context came back within the timeout (maplibre is reloading the style). */
  restored: () => void;
  /** It did not come back within the timeout. */
  giveUp: () => void;
}

/** The part of maplibre's Map the watcher uses (a fake implements it in tests). */
export type ContextLossMap = Pick<MlMap, 'on' | 'off'>;

export interface Timers {
  setTimeout: (cb: () => void, ms: number) => unknown;
  clearTimeout: (id: unknown) => void;
}

const browserTimers: Timers = {
  setTimeout: (cb, ms) => globalThis.setTimeout(cb, ms),
  clearTimeout: (id) => globalThis.clearTimeout(id as ReturnType<typeof setTimeout>),
};

/** Watches a map's WebGL context; returns the function that stops watching (and its timer). */
export function watchContextLoss(map: ContextLossMap, hooks: ContextLossHooks, timeoutMs = RESTORE_TIMEOUT_MS, timers: Timers = browserTimers): () => void {
  let timer: unknown = null;
  let gaveUp = false;
  const clear = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
  };
  const onLost = () => {
    if (gaveUp) return;
    clear();
    hooks.lost();
    timer = timers.setTimeout(() => {
      timer = null;
      gaveUp = true;
      hooks.giveUp();
    }, timeoutMs);
  };
  const onRestored = () => {
    if (gaveUp) return;
    clear();
    hooks.restored();
  };
  map.on('webglcontextlost', onLost);
  map.on('webglcontextrestored', onRestored);
  return () => {
    clear();
    map.off('webglcontextlost', onLost);
    map.off('webglcontextrestored', onRestored);
  };
}
