/**
 * Wires the teacher features at start-up: the global keys, the speaker-view sync, the
 * presenter-mode side effects. One call from main.tsx (which also registers the offline worker).
 */
import type { AppStore } from '../state/store';
import type { UrlFlags } from '../state/url';
import { inIframe } from '../state/history-sync';
import { installKeys } from './keys';
import { bindStepSync, openChannel, type StepSync } from './sync';
import { setMainSync } from './actions';

let speakerSync: StepSync | null = null;

/** True in a speaker view that is connected to the main window. */
export function speakerSyncActive(): boolean {
  return speakerSync !== null;
}

/**
 * Leaving presenter mode also leaves fullscreen. (The new layout resizes the map, and the
 * map's own size watcher frames the step again: map/controller.ts.)
 */
export function bindPresentEffects(store: AppStore, win: Window = window): () => void {
  return store.subscribe(
    (s) => s.present,
    (present) => {
      if (present) return;
      try {
        if (win.document.fullscreenElement) void win.document.exitFullscreen().catch(() => undefined);
      } catch {
        // Nothing to leave.
      }
    },
  );
}

/** Starts everything for this window; the speaker view gets keys and sync only. */
export function bootTeaching(store: AppStore, flags: UrlFlags, win: Window = window): void {
  if (flags.speaker) {
    installKeys(store, win, { ignore: ['togglePresent', 'exitPresent', 'notes', 'help'], alwaysStep: true });
    speakerSync = bindStepSync(store, 'speaker', openChannel());
    return;
  }
  installKeys(store, win);
  // Inside a host page the map keeps to itself: no cross-window sync, no service worker.
  if (!inIframe(win)) setMainSync(bindStepSync(store, 'main', openChannel()));
  bindPresentEffects(store, win);
}
