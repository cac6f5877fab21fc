/**
 * Talks to the page that embeds us, when there is one: events (ready, step) and height
 * messages (pym.js and AMP) out; goto/play/pause commands in. The store never knows
 * about the host; this module subscribes to it and calls its actions.
 */
import type { AppStore } from '../state/store';
import { TOTAL_STEPS } from '../state/store';
import { inIframe } from '../state/history-sync';
import { STORY_FRAME_HEIGHT } from './snippet';
import { ampEmbedSize, parseHostCommand, parsePymWidth, pymHeightMessage, readyEvent, rejectedNote, stepEvent } from './messages';

export interface HostBridgeOptions {
  /** pym.js child id from the URL; without it no pym message is sent. */
  childId?: string;
  /** The URL came from pym.Parent: mark <html data-embed-host="pym"> so the layout takes its own height. */
  pym?: boolean;
  /** Element whose height is the content height (default: #root, else <html>). */
  measured?: () => HTMLElement | null;
  /** Debounce for height messages, ms. */
  debounceMs?: number;
}

/** The content height in whole pixels: the measured element, never less than what scrolls. */
export function contentHeight(el: HTMLElement | null, doc: Document = document): number {
  if (!el) return Math.ceil(doc.documentElement.scrollHeight);
  return Math.ceil(Math.max(el.getBoundingClientRect().height, el.scrollHeight));
}

/**
 * Binds the store to the parent window. Does nothing (and returns a no-op) when the
 * page is not framed. Returns the unbind function.
 */
export function bindHostBridge(store: AppStore, opts: HostBridgeOptions = {}, win: Window = window): () => void {
  if (!inIframe(win)) return () => undefined;
  const parent = win.parent;
  const { childId } = opts;
  if (opts.pym) win.document.documentElement.dataset.embedHost = 'pym';
  const debounceMs = opts.debounceMs ?? 100;
  const measured = opts.measured ?? (() => win.document.getElementById('root'));

  // targetOrigin '*': an embed cannot know which origin hosts it (any CMS, any AMP
  // cache), and nothing we send is private: a step number, a height, "ready".
  const post = (message: unknown) => {
    try {
      parent.postMessage(message, '*');
    } catch {
      // A detached or closing parent: nothing to tell.
    }
  };

  // --- events -------------------------------------------------------------------
  let readySent = false;
  const unsubReady = store.subscribe(
    (s) => s.mapState,
    (mapState) => {
      if (readySent || (mapState !== 'ready' && mapState !== 'fallback')) return;
      readySent = true;
      post(readyEvent());
    },
    { fireImmediately: true },
  );
  const unsubStep = store.subscribe(
    (s) => s.step,
    (step) => post(stepEvent(step, TOTAL_STEPS)),
  );

  // --- height -------------------------------------------------------------------
  let lastHeight = -1;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const sendHeight = (force: boolean) => {
    // The story layout scrolls inside its frame, under a map pinned to the frame's top: a frame
    // as tall as the whole story would pin nothing. It asks for one window's worth instead.
    const height = store.getState().layout === 'story' ? STORY_FRAME_HEIGHT : contentHeight(measured(), win.document);
    if (!force && height === lastHeight) return;
    lastHeight = height;
    if (childId) post(pymHeightMessage(childId, height));
    post(ampEmbedSize(height));
  };
  const scheduleHeight = () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      sendHeight(false);
    }, debounceMs);
  };
  let observer: ResizeObserver | null = null;
  if (typeof ResizeObserver === 'function') {
    observer = new ResizeObserver(scheduleHeight);
    const el = measured();
    if (el) observer.observe(el);
    observer.observe(win.document.documentElement);
  } else {
    win.addEventListener('resize', scheduleHeight);
  }
  const onLoad = () => sendHeight(true);
  if (win.document.readyState === 'complete') scheduleHeight();
  else win.addEventListener('load', onLoad, { once: true });

  // --- commands -----------------------------------------------------------------
  const onMessage = (event: MessageEvent) => {
    // Only the frame's own parent may drive it; other frames and windows are ignored.
    if (event.source !== parent) return;
    if (childId && parsePymWidth(event.data, childId) !== null) {
      // pym.Parent sends the width on load and on resize and expects a height back.
      sendHeight(true);
      return;
    }
    const command = parseHostCommand(event.data);
    if (!command) {
      const note = rejectedNote(event.data);
      if (note) console.info(`[shell-route] ${note}`);
      return;
    }
    const actions = store.getState();
    // A goto to the step on screen frames it again (the host may have resized the frame).
    if (command.type === 'shellroute:goto') {
      if (command.step === actions.step) actions.reframe();
      else actions.setStep(command.step);
    }
    else if (command.type === 'shellroute:play') actions.play();
    else if (command.type === 'shellroute:theme') actions.setTheme(command.theme);
    else actions.pause();
  };
  win.addEventListener('message', onMessage);

  return () => {
    unsubReady();
    unsubStep();
    observer?.disconnect();
    if (timer !== null) clearTimeout(timer);
    win.removeEventListener('resize', scheduleHeight);
    win.removeEventListener('load', onLoad);
    win.removeEventListener('message', onMessage);
  };
}
