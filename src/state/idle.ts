/**
 * Work that can wait until the map is drawn (lazy chunks, the inset's coastline) runs in
 * the browser's idle time, so it never competes with the first map for the network or the
 * main thread (bench: bytes and time until ready).
 */

/** Runs `fn` when the browser is idle (after `fallbackMs` where requestIdleCallback is missing); returns a cancel function. */
export function whenIdle(win: Window, fn: () => void, fallbackMs = 1000): () => void {
  if (typeof win.requestIdleCallback === 'function') {
    const id = win.requestIdleCallback(fn, { timeout: 3000 });
    return () => win.cancelIdleCallback(id);
  }
  const id = win.setTimeout(fn, fallbackMs);
  return () => win.clearTimeout(id);
}
