import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bindHostBridge } from '../../src/embed/host-bridge';
import { createAppStore } from '../../src/state/store';
import { STORY_FRAME_HEIGHT } from '../../src/embed/snippet';

/** A window inside a frame: its own events, a parent that records postMessage, a tiny document. */
class FakeFrameWindow extends EventTarget {
  readonly self = this;
  readonly top = {};
  readonly sent: { message: unknown; origin: string }[] = [];
  readonly parent = { postMessage: (message: unknown, origin: string) => this.sent.push({ message, origin }) };
  readonly document = {
    readyState: 'loading',
    documentElement: { scrollHeight: 480, dataset: {} as Record<string, string> },
    getElementById: () => null,
  };
  /** Delivers a message as if `source` had posted it to this window. */
  receive(data: unknown, source: unknown = this.parent): void {
    this.dispatchEvent(Object.assign(new Event('message'), { data, source }));
  }
}

function setup(opts: Parameters<typeof bindHostBridge>[1] = {}, seed = {}) {
  const win = new FakeFrameWindow();
  const store = createAppStore({ embed: true, step: 3, ...seed });
  let height = 480;
  const el = { getBoundingClientRect: () => ({ height }), scrollHeight: 0 } as unknown as HTMLElement;
  const unbind = bindHostBridge(store, { measured: () => el, ...opts }, win as unknown as Window);
  return { win, store, unbind, setHeight: (h: number) => (height = h), messages: () => win.sent.map((s) => s.message) };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('host bridge', () => {
  it('does nothing outside a frame', () => {
    const win = new FakeFrameWindow();
    Object.defineProperty(win, 'top', { value: win });
    const store = createAppStore();
    bindHostBridge(store, {}, win as unknown as Window);
    store.getState().setMapState('ready');
    store.getState().setStep(4);
    win.receive({ type: 'shellroute:goto', step: 1 });
    expect(win.sent).toEqual([]);
    expect(store.getState().step).toBe(4);
  });

  it('sends ready once, the first time the map is ready or has fallen back, with targetOrigin *', () => {
    const { store, win, messages } = setup();
    store.getState().setMapState('loading');
    expect(messages()).toEqual([]);
    store.getState().setMapState('ready');
    store.getState().setMapState('loading');
    store.getState().setMapState('ready');
    store.getState().setMapState('fallback');
    expect(messages()).toEqual([{ type: 'shellroute:ready' }]);
    expect(win.sent[0]?.origin).toBe('*');
  });

  it('counts the static fallback as ready', () => {
    const { messages } = setup({}, { mapState: 'fallback' });
    expect(messages()).toEqual([{ type: 'shellroute:ready' }]);
  });

  it('sends a step event on every step change', () => {
    const { store, messages } = setup();
    store.getState().setStep(4);
    store.getState().next();
    store.getState().setStep(5);
    expect(messages()).toEqual([
      { type: 'shellroute:step', step: 4, total: 10 },
      { type: 'shellroute:step', step: 5, total: 10 },
    ]);
  });

  it('obeys goto, play and pause from the parent', () => {
    const { store, win } = setup();
    win.receive({ type: 'shellroute:goto', step: 7 });
    expect(store.getState().step).toBe(7);
    win.receive({ type: 'shellroute:play' });
    expect(store.getState().playing).toBe(true);
    win.receive({ type: 'shellroute:pause' });
    expect(store.getState().playing).toBe(false);
  });

  it('frames the step again on a goto to the step already shown', () => {
    const { store, win } = setup();
    const n = store.getState().reframeRequests;
    win.receive({ type: 'shellroute:goto', step: store.getState().step });
    expect(store.getState().reframeRequests).toBe(n + 1);
    win.receive({ type: 'shellroute:goto', step: 6 });
    expect(store.getState()).toMatchObject({ step: 6, reframeRequests: n + 1 });
  });

  it('takes a theme from the host (shellroute:theme), and notes a malformed one on the console', () => {
    const { store, win } = setup();
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    try {
      win.receive({ type: 'shellroute:theme', theme: 'dark' });
      expect(store.getState().theme).toBe('dark');
      win.receive({ type: 'shellroute:theme', theme: 'auto' });
      expect(store.getState().theme).toBe('auto');
      win.receive({ type: 'shellroute:theme', theme: 'neon' });
      win.receive({ type: 'shellroute:theme' });
      expect(store.getState().theme).toBe('auto');
      expect(info).toHaveBeenCalledTimes(2);
      expect(String(info.mock.calls[0]?.[0])).toContain('shellroute:theme');
      // Messages that are not ours (pym, AMP, the host's own) pass without a note.
      win.receive({ sentinel: 'amp', type: 'embed-size', height: 3 });
      win.receive('pymxPYMxotherxPYMxwidthxPYMx300');
      expect(info).toHaveBeenCalledTimes(2);
    } finally {
      info.mockRestore();
    }
  });

  it('ignores commands from any window but the parent, and malformed ones', () => {
    const { store, win } = setup();
    win.receive({ type: 'shellroute:goto', step: 1 }, {});
    win.receive({ type: 'shellroute:goto', step: 1 }, null);
    win.receive({ type: 'shellroute:goto', step: 11 });
    win.receive({ type: 'shellroute:goto', step: '1' });
    win.receive('shellroute:play');
    expect(store.getState().step).toBe(3);
    expect(store.getState().playing).toBe(false);
  });

  it('posts the height on load in the pym.js and AMP formats', () => {
    const { win, messages } = setup({ childId: 'map-1' });
    win.dispatchEvent(new Event('load'));
    expect(messages()).toEqual(['pymxPYMxmap-1xPYMxheightxPYMx480', { sentinel: 'amp', type: 'embed-size', height: 480 }]);
  });

  it('sends only the AMP format without a pym child id', () => {
    const { win, messages } = setup();
    win.dispatchEvent(new Event('load'));
    expect(messages()).toEqual([{ sentinel: 'amp', type: 'embed-size', height: 480 }]);
  });

  it('asks for a fixed frame height in the story layout, which scrolls inside its frame, however tall the story is', () => {
    const { win, setHeight, messages } = setup({ childId: 'map-1' }, { layout: 'story' });
    setHeight(9000);
    win.dispatchEvent(new Event('load'));
    expect(messages()).toEqual([`pymxPYMxmap-1xPYMxheightxPYMx${STORY_FRAME_HEIGHT}`, { sentinel: 'amp', type: 'embed-size', height: STORY_FRAME_HEIGHT }]);
  });

  it('debounces height changes and skips unchanged heights', () => {
    const { win, setHeight, messages } = setup({ childId: 'm' });
    win.dispatchEvent(new Event('load'));
    const n = messages().length;
    setHeight(500.4);
    win.dispatchEvent(new Event('resize'));
    win.dispatchEvent(new Event('resize'));
    vi.advanceTimersByTime(50);
    expect(messages()).toHaveLength(n);
    vi.advanceTimersByTime(100);
    expect(messages().slice(n)).toEqual(['pymxPYMxmxPYMxheightxPYMx501', { sentinel: 'amp', type: 'embed-size', height: 501 }]);
    win.dispatchEvent(new Event('resize'));
    vi.advanceTimersByTime(200);
    expect(messages()).toHaveLength(n + 2);
  });

  it('answers a pym.js width message with the height, and marks the page for pym layout', () => {
    const { win, messages } = setup({ childId: 'm', pym: true });
    expect(win.document.documentElement.dataset.embedHost).toBe('pym');
    win.receive('pymxPYMxmxPYMxwidthxPYMx640');
    expect(messages()).toContain('pymxPYMxmxPYMxheightxPYMx480');
    win.receive('pymxPYMxotherxPYMxwidthxPYMx640');
    expect(messages().filter((m) => typeof m === 'string')).toHaveLength(1);
  });

  it('stops everything on unbind', () => {
    const { store, win, unbind, messages } = setup({ childId: 'm' });
    unbind();
    store.getState().setStep(9);
    store.getState().setMapState('ready');
    win.dispatchEvent(new Event('load'));
    win.receive({ type: 'shellroute:goto', step: 1 });
    expect(messages()).toEqual([]);
    expect(store.getState().step).toBe(9);
  });
});
