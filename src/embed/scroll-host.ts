/**
 * scroll.js, the host script for scroll stories (#23 item 2): a newsroom marks its own article
 * paragraphs with `data-shellroute-step="3"` beside a sticky map frame
 * (`<iframe data-shellroute-map …>`), and as the reader scrolls, the paragraph that crosses the
 * middle of the window sends its step to the map (`shellroute:goto`). Keyboard readers (focus
 * moving into a paragraph) and back/forward (the restored scroll position) drive it the same way.
 * A paragraph goes to the map named by `data-shellroute-for="frame-id"`, else to the nearest
 * map frame before it in the page (or the first one), so several maps can share a page.
 *
 * Served with the map as /scroll.js, compiled on its own and minified (no imports, no
 * dependencies; scripts/build/scroll-story-plugin.ts). Bad marks, a missing frame or a browser
 * without IntersectionObserver are noted with console.info and ignored, never an error.
 */

export interface ScrollMark {
  el: Element;
  step: number;
  frame: HTMLIFrameElement;
}

const PREFIX = '[shell-route scroll.js]';

/** The step a mark asks for: an integer 0–total, else null. */
export function markStep(raw: string | null, total: number): number | null {
  if (raw === null || !/^\d{1,2}$/.test(raw.trim())) return null;
  const n = Number(raw.trim());
  return n <= total ? n : null;
}

/** The marks of a page, each with its frame; notes what it had to ignore. */
export function collectMarks(doc: Document, total: number, note: (s: string) => void): ScrollMark[] {
  const frames = [...doc.querySelectorAll<HTMLIFrameElement>('iframe[data-shellroute-map]')];
  if (!frames.length) {
    note(`${PREFIX} no map frame (iframe[data-shellroute-map]) on this page: nothing to drive`);
    return [];
  }
  const marks: ScrollMark[] = [];
  const seen = new Set<string>();
  for (const el of doc.querySelectorAll('[data-shellroute-step]')) {
    const raw = el.getAttribute('data-shellroute-step');
    const step = markStep(raw, total);
    if (step === null) {
      note(`${PREFIX} ignored data-shellroute-step="${String(raw).slice(0, 20)}": not a step from 0 to ${total}`);
      continue;
    }
    const forId = el.getAttribute('data-shellroute-for');
    let frame: HTMLIFrameElement | undefined;
    if (forId !== null) {
      const byId = doc.getElementById(forId);
      frame = byId instanceof HTMLIFrameElement && byId.hasAttribute('data-shellroute-map') ? byId : undefined;
      if (!frame) {
        note(`${PREFIX} ignored a mark for "${forId.slice(0, 40)}": no map frame with that id`);
        continue;
      }
    } else {
      // The nearest map frame before the mark, else the first one.
      const before = frames.filter((f) => f.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
      frame = before[before.length - 1] ?? frames[0];
    }
    if (!frame) continue;
    const key = `${frames.indexOf(frame)}:${step}`;
    if (seen.has(key)) note(`${PREFIX} step ${step} is marked more than once for the same map: each mark still sends it`);
    seen.add(key);
    marks.push({ el, step, frame });
  }
  return marks;
}

/** Where a frame's messages may go: its own origin, or any for an opaque (sandboxed) frame. */
function targetOrigin(frame: HTMLIFrameElement, base: string): string {
  const sandbox = frame.getAttribute('sandbox');
  if (sandbox !== null && !/\ballow-same-origin\b/.test(sandbox)) return '*';
  try {
    return new URL(frame.src, base).origin;
  } catch {
    return '*';
  }
}

/** The window as this script uses it (IntersectionObserver may be missing in an old browser). */
export type ScrollWindow = Window & { IntersectionObserver?: typeof IntersectionObserver };

/** Starts driving the page's maps; returns the stop function. */
export function startScrollStory(win: ScrollWindow, total: number): () => void {
  const doc = win.document;
  const note = (s: string) => console.info(s);
  const marks = collectMarks(doc, total, note);
  if (!marks.length) return () => undefined;
  const IO = win.IntersectionObserver;
  if (typeof IO !== 'function') {
    note(`${PREFIX} this browser has no IntersectionObserver: the maps stay on their first step`);
    return () => undefined;
  }
  const current = new Map<HTMLIFrameElement, number>();
  const send = (frame: HTMLIFrameElement, step: number) => {
    frame.contentWindow?.postMessage({ type: 'shellroute:goto', step }, targetOrigin(frame, doc.baseURI));
  };
  const activate = (mark: ScrollMark) => {
    if (current.get(mark.frame) === mark.step) return;
    current.set(mark.frame, mark.step);
    send(mark.frame, mark.step);
  };
  const byEl = new Map(marks.map((m) => [m.el, m]));
  // A line across the middle of the window: a mark is "current" while it crosses it.
  const io = new IO(
    (entries) => {
      for (const e of entries) {
        const mark = byEl.get(e.target);
        if (mark && e.isIntersecting) activate(mark);
      }
    },
    { rootMargin: '-50% 0px -50% 0px', threshold: 0 },
  );
  for (const m of marks) io.observe(m.el);
  const onFocus = (e: FocusEvent) => {
    const hit = marks.find((m) => e.target instanceof Node && m.el.contains(e.target));
    if (hit) activate(hit);
  };
  // A map that (re)loads after its step was sent starts on its own step: send it again once it is ready.
  const onMessage = (e: MessageEvent) => {
    const data = e.data as { type?: unknown } | null;
    if (!data || typeof data !== 'object' || data.type !== 'shellroute:ready') return;
    for (const [frame, step] of current) if (frame.contentWindow === e.source) send(frame, step);
  };
  // Back/forward from the page cache: the restored position decides again.
  const onShow = (e: PageTransitionEvent) => {
    if (!e.persisted) return;
    current.clear();
    const mid = win.innerHeight / 2;
    for (const m of marks) {
      const r = m.el.getBoundingClientRect();
      if (r.top <= mid && r.bottom >= mid) activate(m);
    }
  };
  doc.addEventListener('focusin', onFocus);
  win.addEventListener('message', onMessage);
  win.addEventListener('pageshow', onShow);
  return () => {
    io.disconnect();
    doc.removeEventListener('focusin', onFocus);
    win.removeEventListener('message', onMessage);
    win.removeEventListener('pageshow', onShow);
  };
}
