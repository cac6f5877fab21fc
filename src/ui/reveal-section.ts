/**
 * Opening Sources & method at one of its sections (the overview's "since then" link opens it
 * at the later estimates). Kept apart from the sections themselves, which load with the
 * dialog's lazy chunk: the link sits in the startup chunk and needs only the id.
 */

/** Id of the heading of the "How the estimate grew" section (src/ui/Estimates.tsx). */
export const ESTIMATES_HEADING_ID = 'later-estimates';

/**
 * Once the dialog holding `id` is open (its chunk may still be loading), scrolls the element
 * into view and moves focus to it, so a screen reader lands there too. Gives up after
 * `frames` animation frames (about 10 s) if the dialog never opens.
 */
export function revealInDialog(id: string, win: Window = window, frames = 600): void {
  const step = (left: number) => {
    const el = win.document.getElementById(id);
    if (el?.closest('dialog')?.open) {
      el.scrollIntoView({ block: 'start' });
      el.focus({ preventScroll: true });
      return;
    }
    if (left > 0) win.requestAnimationFrame(() => step(left - 1));
  };
  win.requestAnimationFrame(() => step(frames));
}
