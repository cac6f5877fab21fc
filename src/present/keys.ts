/**
 * The one global keyboard handler: step keys for everyone (presentation clickers send
 * PageUp/PageDown), presenter keys for teachers. `keyAction` is pure and decides; the
 * installer only describes the event and carries the decision out.
 */
import type { AppStore } from '../state/store';
import { TOTAL_STEPS } from '../state/store';

export type KeyAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; step: number }
  | { type: 'fullscreen' }
  | { type: 'togglePresent' }
  | { type: 'exitPresent' }
  | { type: 'help' }
  | { type: 'notes' };

/**
 * Where the key was pressed: a text field, the timeline slider, the map canvas (which
 * pans with the arrows), a button or link (which Space/Enter activate), or elsewhere.
 */
export type KeyTarget = 'text' | 'slider' | 'map' | 'control' | 'other';

/** What `keyAction` needs to know about a key press (a KeyboardEvent reduced to data). */
export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  /** Auto-repeat of a held key. */
  repeat?: boolean;
  target: KeyTarget;
  /** A modal dialog is open (it owns the keyboard). */
  modal: boolean;
  present: boolean;
  /** The page scrolls vertically (narrow layouts): Space, Home and End then scroll it. */
  pageScrolls?: boolean;
}

/** Keys the native range slider handles itself when it has focus. */
const SLIDER_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End']);
/** Keys maplibre's keyboard handler uses on the focused canvas (pan and zoom). */
const MAP_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', '+', '-', '=', '_']);
/**
 * Keys a reader scrolls a long page with. Page Up/Down are not among them: presentation
 * clickers send those, so they always step.
 */
const SCROLL_KEYS = new Set([' ', 'Spacebar', 'Home', 'End']);

/** Decides what a key press does, or null to leave it to the browser. */
export function keyAction(e: KeyInput): KeyAction | null {
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  if (e.modal || e.target === 'text') return null;
  const k = e.key;
  if (e.target === 'slider' && SLIDER_KEYS.has(k)) return null;
  if (e.target === 'map' && MAP_KEYS.has(k)) return null;
  if (e.target === 'control' && (k === ' ' || k === 'Spacebar' || k === 'Enter')) return null;
  if (!e.present && e.pageScrolls && SCROLL_KEYS.has(k)) return null;
  switch (k) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
    case 'Spacebar':
      return { type: 'next' };
    case 'ArrowLeft':
    case 'PageUp':
      return { type: 'prev' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'Escape':
      return e.present ? { type: 'exitPresent' } : null;
    case '?':
      return e.repeat ? null : { type: 'help' };
  }
  if (e.repeat) return null;
  if (/^[0-9]$/.test(k)) {
    const n = Number(k);
    return { type: 'goto', step: n === 0 ? TOTAL_STEPS : n };
  }
  switch (k.toLowerCase()) {
    case 'f':
      return { type: 'fullscreen' };
    case 'p':
      return { type: 'togglePresent' };
    case 'n':
      return { type: 'notes' };
  }
  return null;
}

/** Classifies an event target for `keyAction`. */
export function targetKind(target: EventTarget | null): KeyTarget {
  if (!target || typeof (target as Element).closest !== 'function') return 'other';
  const el = target as HTMLElement;
  if (el.isContentEditable || el.closest('[contenteditable=""], [contenteditable="true"]')) return 'text';
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return 'text';
  if (tag === 'input') return (el as HTMLInputElement).type === 'range' ? 'slider' : 'text';
  if (el.closest('button, a[href], summary, [role="button"]')) return 'control';
  // The detailed map's canvas, or the SVG map's focusable frame (its keys ask for the detailed map).
  if (el.closest('.maplibregl-canvas-container, canvas, .static-map')) return 'map';
  return 'other';
}

/** True while a modal <dialog> is open in the document. */
export function modalOpen(doc: Document): boolean {
  try {
    return doc.querySelector('dialog:modal') !== null;
  } catch {
    // Browsers without :modal: any open dialog counts.
    return doc.querySelector('dialog[open]') !== null;
  }
}

/** Toggles fullscreen on the document element; refusals (frames, policies) are ignored. */
export function toggleFullscreen(doc: Document): void {
  try {
    if (doc.fullscreenElement) void doc.exitFullscreen().catch(() => undefined);
    else if (doc.fullscreenEnabled) void doc.documentElement.requestFullscreen().catch(() => undefined);
  } catch {
    // Not allowed here: the presenter layout works without browser fullscreen.
  }
}

/** Carries out an action on the store (and the document, for fullscreen). */
export function runKeyAction(action: KeyAction, store: AppStore, doc: Document): void {
  const s = store.getState();
  switch (action.type) {
    case 'next':
      s.next();
      break;
    case 'prev':
      s.prev();
      break;
    case 'first':
      s.first();
      break;
    case 'last':
      s.last();
      break;
    case 'goto':
      s.setStep(action.step);
      break;
    case 'fullscreen':
      toggleFullscreen(doc);
      break;
    case 'togglePresent':
      s.setPresent(!s.present);
      break;
    case 'exitPresent':
      s.setPresent(false);
      break;
    case 'help':
      s.setPanel(s.panel === 'help' ? 'none' : 'help');
      break;
    case 'notes':
      s.setNotesOpen(!s.notesOpen);
      break;
  }
}

export interface InstallKeysOptions {
  /** Actions this window does not offer (the speaker view has no presenter layout). */
  ignore?: KeyAction['type'][];
  /** Clicker keys always step, even on a page that scrolls (the speaker view). */
  alwaysStep?: boolean;
}

/** Installs the keydown handler on a window; returns the uninstall function. */
export function installKeys(store: AppStore, win: Window = window, opts: InstallKeysOptions = {}): () => void {
  const doc = win.document;
  const ignore = new Set(opts.ignore ?? []);
  const onKey = (ev: KeyboardEvent) => {
    if (ev.defaultPrevented || ev.isComposing) return;
    const scroller = doc.scrollingElement;
    const action = keyAction({
      key: ev.key,
      ctrlKey: ev.ctrlKey,
      altKey: ev.altKey,
      metaKey: ev.metaKey,
      repeat: ev.repeat,
      target: targetKind(ev.target),
      modal: modalOpen(doc),
      present: opts.alwaysStep === true || store.getState().present,
      pageScrolls: scroller ? scroller.scrollHeight > scroller.clientHeight + 1 : false,
    });
    if (!action || ignore.has(action.type)) return;
    ev.preventDefault();
    runKeyAction(action, store, doc);
  };
  win.addEventListener('keydown', onKey);
  return () => win.removeEventListener('keydown', onKey);
}
