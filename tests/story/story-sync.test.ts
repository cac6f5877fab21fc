// @vitest-environment jsdom
/** The story layout's scroll ⇄ step link (src/story/story-sync.ts), on a fake page of eleven cards. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bindStory, READING_GAP, readingTop, STORY_STEP_ATTR, stepAtMiddle, type StoryOptions } from '../../src/story/story-sync';
import { createAppStore } from '../../src/state/store';

afterEach(() => {
  document.body.replaceChildren();
  Reflect.deleteProperty(document.documentElement, 'scrollHeight');
  vi.restoreAllMocks();
});

describe('the step at the middle line', () => {
  const cards = [0, 1, 2, 3].map((step) => ({ step, top: 100 + step * 1000, height: 600 }));
  it('is the last card whose top is above the line, the overview while every card is below it', () => {
    expect(stepAtMiddle(cards, 50)).toBe(0);
    expect(stepAtMiddle(cards, 400)).toBe(0);
    expect(stepAtMiddle(cards, 1100)).toBe(1);
    expect(stepAtMiddle(cards, 1050), 'in the gap after card 0: still card 0').toBe(0);
    expect(stepAtMiddle(cards, 9000), 'past the last card').toBe(3);
  });
});

describe('the reading place', () => {
  it('puts a card\'s top just under the pinned map (or the window\'s top), across the middle line', () => {
    expect(readingTop(900, 380, 422)).toBe(380 + READING_GAP);
    expect(readingTop(900, 0, 400)).toBe(READING_GAP);
  });
  it('centres a card too short to reach the middle line from there', () => {
    expect(readingTop(200, 0, 400)).toBe(300);
  });
});

const MIDDLE = 400;
const docTop = (step: number) => 200 + step * 1000;

/** Eleven cards, 600 px tall, 1000 px apart; a window 800 px tall that scrolls them; an observer the test drives. */
function setup(seed: { step?: number } = {}, opts: Partial<StoryOptions> = {}) {
  const store = createAppStore(seed);
  const container = document.createElement('div');
  document.body.append(container);
  const win = Object.assign(new EventTarget(), {
    innerHeight: MIDDLE * 2,
    scrollY: 0,
    scrolls: [] as ScrollToOptions[],
    scrollTo(o: ScrollToOptions) {
      this.scrolls.push(o);
      this.scrollY = o.top ?? this.scrollY;
    },
  });
  const cards = Array.from({ length: 11 }, (_, n) => {
    const el = document.createElement('div');
    el.setAttribute(STORY_STEP_ATTR, String(n));
    el.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: docTop(n) - win.scrollY, width: 400, height: 600 });
    container.append(el);
    return el;
  });
  container.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: -win.scrollY, width: 400, height: 12000 });
  // The page is tall enough for every card to reach its reading place.
  Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, value: 20000 });
  let report: IntersectionObserverCallback = () => undefined;
  let init: IntersectionObserverInit | undefined;
  const observed: Element[] = [];
  let connected = true;
  class IO {
    constructor(cb: IntersectionObserverCallback, o?: IntersectionObserverInit) {
      report = cb;
      init = o;
    }
    observe(el: Element) {
      observed.push(el);
    }
    disconnect() {
      connected = false;
    }
  }
  const binding = bindStory(store, container, win as unknown as Window, {
    pinned: () => null,
    reducedMotion: () => false,
    Observer: IO as unknown as typeof IntersectionObserver,
    ...opts,
  });
  /** The reader scrolls to `y`; the observer reports the cards now crossing the middle line. */
  const scroll = (y: number) => {
    win.scrollY = y;
    const entries = cards.map((el) => {
      const r = el.getBoundingClientRect();
      return { target: el, isIntersecting: r.top <= MIDDLE && r.bottom >= MIDDLE } as unknown as IntersectionObserverEntry;
    });
    report(entries, {} as IntersectionObserver);
  };
  return { store, win, cards, binding, scroll, observed, init: () => init, connected: () => connected };
}

describe('the story binding', () => {
  it('watches every card against the middle line of the document\'s own viewport (a frame needs that root)', () => {
    const { observed, init } = setup();
    expect(observed).toHaveLength(11);
    expect(init()).toEqual({ root: document, rootMargin: '-50% 0px -50% 0px', threshold: 0 });
  });

  it('makes the card the reader scrolls to the step, both ways, without scrolling the page itself', () => {
    const { store, win, scroll } = setup();
    for (const n of [3, 7, 2, 10, 0]) {
      scroll(docTop(n) - 300);
      expect(store.getState().step, `card ${n}`).toBe(n);
    }
    scroll(0);
    expect(store.getState().step).toBe(0);
    expect(win.scrolls).toEqual([]);
  });

  it('scrolls a step picked elsewhere (timeline, keys, playback) to its reading place, smoothly, and ignores the cards it passes', () => {
    const { store, win, scroll } = setup();
    store.getState().setStep(7);
    expect(win.scrolls).toEqual([{ top: docTop(7) - READING_GAP, behavior: 'smooth' }]);
    // On the way: card 4 crosses the line, and is not the step.
    win.scrollY = 0;
    scroll(docTop(4) - 300);
    expect(store.getState().step).toBe(7);
    // Arrived: the reader's scrolling counts again.
    scroll(docTop(7) - READING_GAP);
    expect(store.getState().step).toBe(7);
    scroll(docTop(8) - 300);
    expect(store.getState().step).toBe(8);
    expect(win.scrolls).toHaveLength(1);
  });

  it('scrolls at once with reduced motion', () => {
    const { store, win } = setup({}, { reducedMotion: () => true });
    store.getState().setStep(3);
    expect(win.scrolls).toEqual([{ top: docTop(3) - READING_GAP, behavior: 'instant' }]);
  });

  it('hands the step back to the reader when their wheel interrupts a scroll of ours', () => {
    const { store, win, scroll } = setup();
    store.getState().setStep(9);
    win.scrollY = docTop(5) - 300;
    win.dispatchEvent(new Event('wheel'));
    expect(store.getState().step).toBe(5);
    scroll(docTop(4) - 300);
    expect(store.getState().step).toBe(4);
  });

  it('counts a scroll as arrived when it ends where it was going, not when another one ends', () => {
    const { store, win, scroll } = setup();
    store.getState().setStep(6);
    win.scrollY = 500;
    win.dispatchEvent(new Event('scrollend'));
    scroll(docTop(2) - 300);
    expect(store.getState().step, 'still on its way').toBe(6);
    win.scrollY = docTop(6) - READING_GAP;
    win.dispatchEvent(new Event('scrollend'));
    scroll(docTop(5) - 300);
    expect(store.getState().step).toBe(5);
  });

  it('opens at ?step= with that card in its reading place, at once', () => {
    const { win } = setup({ step: 5 });
    expect(win.scrolls).toEqual([{ top: docTop(5) - READING_GAP, behavior: 'instant' }]);
  });

  it('makes a focused card the step: in place for a click or a link inside, scrolled to its reading place for Tab', () => {
    const { store, win, binding } = setup();
    binding.focused(4, false);
    expect(store.getState().step).toBe(4);
    expect(win.scrolls).toEqual([]);
    binding.focused(4, true);
    expect(win.scrolls).toEqual([{ top: docTop(4) - READING_GAP, behavior: 'smooth' }]);
  });

  it('stops on dispose', () => {
    const { store, win, binding, connected } = setup();
    binding.dispose();
    expect(connected()).toBe(false);
    store.getState().setStep(3);
    expect(win.scrolls).toEqual([]);
  });

  it('leaves the cards a plain page, with a note, where there is no IntersectionObserver', () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const store = createAppStore();
    const win = Object.assign(new EventTarget(), { scrollTo: vi.fn() });
    const binding = bindStory(store, document.createElement('div'), win as unknown as Window, { pinned: () => null, reducedMotion: () => false });
    expect(info).toHaveBeenCalledWith(expect.stringContaining('no IntersectionObserver'));
    binding.focused(2, true);
    expect(store.getState().step).toBe(2);
    expect(win.scrollTo).not.toHaveBeenCalled();
  });
});
