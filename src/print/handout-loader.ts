/**
 * Loading the print handout's chunk (see LazyHandout.tsx), free of React so the teacher
 * actions (present/actions.ts) can ask for it before printing.
 */
let loading: Promise<typeof import('./Handout')> | null = null;
let requested = false;
const listeners = new Set<() => void>();

/** Loads the handout chunk once (a failed fetch may be tried again). */
export function loadHandout(): Promise<typeof import('./Handout')> {
  loading ??= import('./Handout').catch((e: unknown) => {
    loading = null;
    throw e;
  });
  return loading;
}

/** Asks the page to mount the handout now (the Print button). */
export function requestHandout(): void {
  requested = true;
  for (const f of listeners) f();
}

/** True once requestHandout() was called. */
export function handoutRequested(): boolean {
  return requested;
}

/** Calls `fn` on every request; returns the unsubscribe function. */
export function onHandoutRequest(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
