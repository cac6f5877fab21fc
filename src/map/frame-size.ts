/**
 * The map's size and the port inset's height, kept up to date by observers, so a step
 * change never reads layout. A read there comes right after the store has changed the page
 * (the root's data attributes, the slider), and it forced a whole-page style recalculation
 * on every step (~5 ms of a step's main-thread time here; bench: step change).
 *
 * Observer callbacks run after the browser's own layout, where reading sizes costs nothing.
 * Without ResizeObserver (old browsers, the unit-test DOM) every read is live, as before.
 */

import type { FrameBox } from '../svg/framing';

export type { FrameBox };

export interface FrameSize {
  /** The map element's client size (CSS px), as of the last layout. */
  box: () => FrameBox;
  /** The port inset's height (CSS px), 0 when none is shown. */
  insetHeight: () => number;
  dispose: () => void;
}

export interface FrameSizeEnv {
  ResizeObserver?: typeof ResizeObserver;
  MutationObserver?: typeof MutationObserver;
}

/** An element's client size, read now (a layout read: may force one if the page has changed). */
export const clientBox = (el: Pick<HTMLElement, 'clientWidth' | 'clientHeight'>): FrameBox => ({ width: el.clientWidth, height: el.clientHeight });
const readHeight = (el: Element | null): number => (el ? el.getBoundingClientRect().height : 0);

/**
 * Watches `el` (the map's container) and the overlay matching `insetSelector` inside its
 * parent (the map frame), which React adds and removes as steps change.
 */
export function watchFrameSize(
  el: HTMLElement,
  insetSelector: string,
  env: FrameSizeEnv = globalThis,
  /** Called when the map element's size changes after its first report (a turned phone, a resized frame). */
  onResize?: (box: FrameBox) => void,
): FrameSize {
  const frame = el.parentElement;
  const findInset = () => frame?.querySelector(insetSelector) ?? null;
  const RO = env.ResizeObserver;
  const MO = env.MutationObserver;
  if (!RO || !MO || !frame) {
    return { box: () => clientBox(el), insetHeight: () => readHeight(findInset()), dispose: () => {} };
  }
  // Unknown until the observer's first report (it reports each element once when observed,
  // after the next layout): read live until then, so creating the watcher forces no layout.
  let box: FrameBox | null = null;
  let inset = findInset();
  let insetHeight: number | null = null;
  const resized = new RO((entries) => {
    for (const entry of entries) {
      // Layout is current inside this callback: these reads force nothing.
      if (entry.target === el) {
        const next = clientBox(el);
        // Sub-pixel jitter (a scrollbar's rounding) is not a new size.
        const changed = box !== null && (Math.abs(next.width - box.width) >= 2 || Math.abs(next.height - box.height) >= 2);
        box = next;
        if (changed) onResize?.(next);
      }
      else if (entry.target === inset) insetHeight = readHeight(inset);
    }
  });
  resized.observe(el);
  if (inset) resized.observe(inset);
  // The inset comes and goes with the step (none on air steps): follow it. An observed
  // element reports its size once when first observed.
  const children = new MO(() => {
    const next = findInset();
    if (next === inset) return;
    if (inset) resized.unobserve(inset);
    inset = next;
    insetHeight = inset ? null : 0;
    if (inset) resized.observe(inset);
  });
  children.observe(frame, { childList: true });
  return {
    box: () => box ?? clientBox(el),
    insetHeight: () => insetHeight ?? readHeight(inset),
    dispose: () => {
      resized.disconnect();
      children.disconnect();
    },
  };
}
