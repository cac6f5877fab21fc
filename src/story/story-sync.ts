/**
 * The story layout's two-way link between the page's scroll position and the store's step.
 *
 * Reading → step: an IntersectionObserver whose root is cut down to the middle line of the
 * window (rootMargin -50% top and bottom, as scroll.js does for articles) reports each card
 * that starts or stops crossing that line; the step is then the last card whose top is above
 * the line (the overview while every card is still below it), so a quick jump that skips
 * cards, or the gap between two cards, still lands on the right step, both ways.
 *
 * Step → reading: a step that did not come from the reader's scrolling (the timeline bar, the
 * arrow keys, playback, a host's goto, ?step= at load) scrolls its card to the reading place:
 * its top just below the pinned map (phones) or the top of the window (wide screens), where it
 * crosses the middle line. While that scroll runs, the cards it passes are not made current
 * (the map goes straight to the chosen step); a wheel or touch by the reader ends that at once.
 * Reduced motion: the scroll is instant.
 *
 * The observer's root is the document, not the implicit one: inside a cross-origin frame the
 * implicit root is the top window, where the rootMargin would be ignored.
 */
import type { AppStore } from '../state/store';

/** The attribute each card's wrapper carries: its step (0 = the overview). */
export const STORY_STEP_ATTR = 'data-story-step';
/** Room between the pinned map (or the window's top) and a card scrolled to its reading place, px. */
export const READING_GAP = 16;
/**
 * A scroll to a card that never reports its end (a browser without the scrollend event) stops
 * being waited for after this, ms. Long: a smooth scroll across the whole story takes over 2 s
 * on a slow phone, and giving up early would make the cards it passes the step. Where scrollend
 * exists it says when a scroll is over, and this is only a backstop (SETTLE_BACKSTOP_MS).
 */
export const SETTLE_MS = 4000;
export const SETTLE_BACKSTOP_MS = 10_000;

/** A card's step and where it is in the window. */
export interface CardBox {
  step: number;
  top: number;
  height: number;
}

/**
 * The step the reader is at: the last card (in page order) whose top is at or above the middle
 * line; 0, the overview, while every card is below it.
 */
export function stepAtMiddle(cards: readonly CardBox[], middle: number): number {
  let step = 0;
  for (const c of cards) if (c.top <= middle) step = c.step;
  return step;
}

/**
 * Where a card's top should sit in the window to be read: `gap` below `visibleTop` (the pinned
 * map's bottom on phones, 0 beside it), which puts it across the middle line; a card too short
 * to reach the line from there is centred on it instead.
 */
export function readingTop(cardHeight: number, visibleTop: number, middle: number, gap = READING_GAP): number {
  const top = Math.min(visibleTop + gap, middle - 1);
  return top + cardHeight > middle ? top : middle - cardHeight / 2;
}

export interface StoryBinding {
  /** The reader's focus went into a card: make it current; `place` also scrolls it to its reading place. */
  focused(step: number, place: boolean): void;
  dispose(): void;
}

export interface StoryOptions {
  /** The pinned map column: above the cards on phones (its height is then covered), beside them on wide screens. */
  pinned: () => HTMLElement | null;
  reducedMotion: () => boolean;
  /** Tests pass their own; the window's by default. */
  Observer?: typeof IntersectionObserver;
}

/**
 * Binds the cards inside `container` to the store (see the module comment). At start, a step
 * other than the overview (?step=5) is scrolled to at once. Returns the binding, or one that
 * does nothing where there is no IntersectionObserver (the cards then stay a plain page).
 */
export function bindStory(store: AppStore, container: HTMLElement, win: Window, opts: StoryOptions): StoryBinding {
  const Observer = opts.Observer ?? (win as Window & { IntersectionObserver?: typeof IntersectionObserver }).IntersectionObserver;
  if (!Observer) {
    console.info('[shell-route] this browser has no IntersectionObserver: the story layout does not follow scrolling');
    return { focused: (step) => store.getState().setStep(step), dispose: () => undefined };
  }
  const doc = container.ownerDocument;
  const cards = () => Array.from(container.querySelectorAll<HTMLElement>(`[${STORY_STEP_ATTR}]`));
  const stepOf = (el: Element) => Number(el.getAttribute(STORY_STEP_ATTR));
  const middle = () => win.innerHeight / 2;
  /** The covered band at the top of the window: the pinned map's height when it sits over the cards' column. */
  const visibleTop = () => {
    const pin = opts.pinned()?.getBoundingClientRect();
    const col = container.getBoundingClientRect();
    return pin && pin.left < col.right && pin.right > col.left ? pin.height : 0;
  };

  // The step a scroll we started is on its way to (null: none) and the scroll position it asked
  // for, and a step the reader's own scrolling or focus set, which must not scroll the page again.
  let heading: number | null = null;
  let target = 0;
  let fromReader: number | null = null;
  let settle: ReturnType<typeof setTimeout> | undefined;

  const setFromReader = (step: number) => {
    if (step === store.getState().step) return;
    fromReader = step;
    store.getState().setStep(step);
  };
  const sync = () => {
    if (heading !== null) return;
    setFromReader(stepAtMiddle(cards().map((c) => ({ step: stepOf(c), ...box(c) })), middle()));
  };
  const arrive = () => {
    heading = null;
    clearTimeout(settle);
  };
  const scrollTo = (step: number, instant: boolean) => {
    const card = cards().find((c) => stepOf(c) === step);
    if (!card) return;
    const { top, height } = box(card);
    const scroller = doc.scrollingElement ?? doc.documentElement;
    // The card's place in the document (scrollY + top) holds even while the main thread's
    // scroll offset lags behind a smooth scroll run by the compositor.
    const want = Math.max(0, Math.min(win.scrollY + top - readingTop(height, visibleTop(), middle()), scroller.scrollHeight - win.innerHeight));
    // In place and nothing of ours under way: nothing to do. Under way to another card: this
    // scroll replaces that one.
    if (heading === null && Math.abs(want - win.scrollY) < 1) return;
    heading = step;
    target = want;
    clearTimeout(settle);
    settle = setTimeout(() => {
      arrive();
      sync();
    }, 'onscrollend' in win ? SETTLE_BACKSTOP_MS : SETTLE_MS);
    win.scrollTo({ top: want, behavior: instant || opts.reducedMotion() ? 'instant' : 'smooth' });
  };

  const observer = new Observer(
    (entries) => {
      if (heading !== null) {
        // A scroll of ours: the cards it passes do not count; the card it goes to does.
        if (!entries.some((e) => e.isIntersecting && stepOf(e.target) === heading)) return;
        arrive();
      }
      sync();
    },
    { root: doc, rootMargin: '-50% 0px -50% 0px', threshold: 0 },
  );
  // The step at load (?step=5) is scrolled to before the observer's first report, which then agrees.
  if (store.getState().step !== 0) scrollTo(store.getState().step, true);
  for (const c of cards()) observer.observe(c);

  const unsub = store.subscribe(
    (s) => s.step,
    (step) => {
      const mine = step === fromReader;
      fromReader = null;
      if (!mine) scrollTo(step, false);
    },
  );
  // The reader takes over: their wheel, finger or scroll key ends our scroll's claim on the step.
  const takeOver = () => {
    if (heading === null) return;
    arrive();
    sync();
  };
  // A scroll that ends where ours was going has arrived (the card may have been crossing the
  // middle all along, so the observer says nothing). One that ends elsewhere was another scroll
  // (a browser may run a replaced smooth scroll to its end first): ours is still to come.
  const onScrollEnd = () => {
    if (heading === null || Math.abs(win.scrollY - target) > 2) return;
    arrive();
    sync();
  };
  // A key the page does not take as a step (Space, ↑ ↓ scroll the page natively) is the reader's
  // too. Not a key in a form control: the slider's keys pick a step, and start a scroll of their own.
  const onKey = (ev: KeyboardEvent) => {
    const target = ev.target as Element | null;
    if (ev.defaultPrevented || target?.closest?.('input, select, textarea')) return;
    takeOver();
  };
  win.addEventListener('wheel', takeOver, { passive: true });
  win.addEventListener('touchstart', takeOver, { passive: true });
  win.addEventListener('keydown', onKey);
  win.addEventListener('scrollend', onScrollEnd);

  return {
    focused(step, place) {
      if (!place) setFromReader(step);
      else if (step !== store.getState().step) store.getState().setStep(step);
      else scrollTo(step, false);
    },
    dispose() {
      clearTimeout(settle);
      observer.disconnect();
      unsub();
      win.removeEventListener('wheel', takeOver);
      win.removeEventListener('touchstart', takeOver);
      win.removeEventListener('keydown', onKey);
      win.removeEventListener('scrollend', onScrollEnd);
    },
  };
}

function box(el: Element): { top: number; height: number } {
  const r = el.getBoundingClientRect();
  return { top: r.top, height: r.height };
}
