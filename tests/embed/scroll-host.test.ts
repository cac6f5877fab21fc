// @vitest-environment jsdom
/** scroll.js (src/embed/scroll-host.ts): which marks drive which map, and what it ignores. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectMarks, markStep, startScrollStory, type ScrollWindow } from '../../src/embed/scroll-host';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

/** Builds the test page from markup (a trusted fixture string) without innerHTML. */
function page(html: string): void {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
}

/** An IntersectionObserver the test drives: `cross(el)` reports el crossing the middle line. */
function fakeIO() {
  let callback: IntersectionObserverCallback | null = null;
  const observed = new Set<Element>();
  class IO {
    constructor(cb: IntersectionObserverCallback) {
      callback = cb;
    }
    observe(el: Element) {
      observed.add(el);
    }
    disconnect() {
      observed.clear();
    }
  }
  const cross = (el: Element) => callback?.([{ target: el, isIntersecting: true } as unknown as IntersectionObserverEntry], {} as IntersectionObserver);
  return { IO: IO as unknown as typeof IntersectionObserver, cross, observed };
}

describe('scroll.js', () => {
  it('reads a step mark as 0–10 and nothing else', () => {
    expect(markStep('3', 10)).toBe(3);
    expect(markStep(' 10 ', 10)).toBe(10);
    for (const bad of ['11', '-1', '2.5', 'x', '', '999', null]) expect(markStep(bad, 10), String(bad)).toBeNull();
  });

  it('gives each mark the map it names, else the nearest map before it; notes bad and duplicate marks', () => {
    page(`
      <iframe data-shellroute-map id="a"></iframe>
      <p id="p1" data-shellroute-step="1"></p>
      <p id="p2" data-shellroute-step="12"></p>
      <iframe data-shellroute-map id="b"></iframe>
      <p id="p3" data-shellroute-step="3"></p>
      <p id="p4" data-shellroute-step="4" data-shellroute-for="a"></p>
      <p id="p5" data-shellroute-step="5" data-shellroute-for="nope"></p>
      <p id="p6" data-shellroute-step="3"></p>`);
    const notes: string[] = [];
    const marks = collectMarks(document, 10, (s) => notes.push(s));
    expect(marks.map((m) => `${m.el.id}→${m.frame.id}:${m.step}`)).toEqual(['p1→a:1', 'p3→b:3', 'p4→a:4', 'p6→b:3']);
    expect(notes.join('\n')).toMatch(/"12"/);
    expect(notes.join('\n')).toMatch(/"nope"/);
    expect(notes.join('\n')).toMatch(/step 3 is marked more than once/);
  });

  it('notes a page without a map frame, and a browser without IntersectionObserver, and does nothing', () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    page('<p data-shellroute-step="2"></p>');
    expect(() => startScrollStory(window as ScrollWindow, 10)()).not.toThrow();
    page('<iframe data-shellroute-map></iframe><p data-shellroute-step="2"></p>');
    const win = Object.create(window) as ScrollWindow;
    Object.defineProperty(win, 'IntersectionObserver', { value: undefined });
    Object.defineProperty(win, 'document', { value: document });
    expect(() => startScrollStory(win, 10)()).not.toThrow();
    expect(info.mock.calls.map((c) => String(c[0])).join('\n')).toMatch(/no map frame[\s\S]*no IntersectionObserver/);
  });

  it('sends goto once per change as marks cross the middle, and again when the map reports ready', () => {
    page('<iframe data-shellroute-map id="a" src="https://maps.example/shell-route/?embed=1"></iframe><p id="p2" data-shellroute-step="2"></p><p id="p5" data-shellroute-step="5"></p>');
    const frame = document.getElementById('a') as HTMLIFrameElement;
    const sent: [unknown, string][] = [];
    vi.spyOn(frame.contentWindow!, 'postMessage').mockImplementation(((m: unknown, o: string) => {
      sent.push([m, o]);
    }) as unknown as typeof window.postMessage);
    const io = fakeIO();
    const win = Object.create(window) as ScrollWindow;
    Object.defineProperty(win, 'IntersectionObserver', { value: io.IO });
    Object.defineProperty(win, 'document', { value: document });
    const listeners = new Map<string, EventListener>();
    Object.defineProperty(win, 'addEventListener', { value: (t: string, f: EventListener) => listeners.set(t, f) });
    Object.defineProperty(win, 'removeEventListener', { value: () => undefined });
    const stop = startScrollStory(win, 10);
    expect(io.observed.size).toBe(2);
    io.cross(document.getElementById('p2')!);
    io.cross(document.getElementById('p2')!);
    io.cross(document.getElementById('p5')!);
    expect(sent).toEqual([
      [{ type: 'shellroute:goto', step: 2 }, 'https://maps.example'],
      [{ type: 'shellroute:goto', step: 5 }, 'https://maps.example'],
    ]);
    listeners.get('message')?.({ data: { type: 'shellroute:ready' }, source: frame.contentWindow } as unknown as Event);
    expect(sent.at(-1)).toEqual([{ type: 'shellroute:goto', step: 5 }, 'https://maps.example']);
    stop();
    expect(io.observed.size).toBe(0);
  });
});
