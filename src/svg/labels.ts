/**
 * Greedy label placement for the static map: right of the dot, else left, above or
 * below; a label that fits nowhere is dropped (the step card names every place).
 */

export interface LabelCandidate {
  id: string;
  text: string;
  /** Anchor (the place's dot) in pixels. */
  x: number;
  y: number;
  /** Lower is placed first. */
  priority: number;
  fontSize: number;
  /** An important label may cover the dots of unimportant places (never other labels). */
  important?: boolean;
}

export interface PlacedLabel extends LabelCandidate {
  anchor: 'start' | 'middle' | 'end';
  /** Text baseline position. */
  tx: number;
  ty: number;
}

/** A rectangle in pixels (labels, dots, overlays such as the inset and the caption). */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Rough text width: the map's sans at ~0.56 em per Latin character, 1 em for Hangul. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/.test(ch) ? 1 : 0.56;
  return em * fontSize;
}

/**
 * Places labels in priority order so none overlaps another label, a dot, an obstacle
 * or the frame's edge.
 */
export function placeLabels(cands: LabelCandidate[], width: number, height: number, obstacles: Box[] = [], dotRadius = 6, gap = 8): PlacedLabel[] {
  const dot = (c: LabelCandidate): Box => ({ x0: c.x - dotRadius, y0: c.y - dotRadius, x1: c.x + dotRadius, y1: c.y + dotRadius });
  const taken: Box[] = [...obstacles, ...cands.filter((c) => c.important).map(dot)];
  const minorDots = cands.filter((c) => !c.important).map(dot);
  const placed: PlacedLabel[] = [];
  const sorted = [...cands].sort((a, b) => a.priority - b.priority);
  for (const c of sorted) {
    const w = textWidth(c.text, c.fontSize);
    const h = c.fontSize * 1.2;
    const mid = c.y + c.fontSize * 0.35;
    // gap > dotRadius, so a label never touches its own dot.
    const options: { anchor: PlacedLabel['anchor']; box: Box; tx: number; ty: number }[] = [
      { anchor: 'start', tx: c.x + gap, ty: mid, box: { x0: c.x + gap - 2, y0: c.y - h / 2, x1: c.x + gap + w + 2, y1: c.y + h / 2 } },
      { anchor: 'end', tx: c.x - gap, ty: mid, box: { x0: c.x - gap - w - 2, y0: c.y - h / 2, x1: c.x - gap + 2, y1: c.y + h / 2 } },
      { anchor: 'middle', tx: c.x, ty: c.y - gap - 2, box: { x0: c.x - w / 2 - 2, y0: c.y - gap - h, x1: c.x + w / 2 + 2, y1: c.y - gap + 1 } },
      { anchor: 'middle', tx: c.x, ty: c.y + gap + h - 3, box: { x0: c.x - w / 2 - 2, y0: c.y + gap - 1, x1: c.x + w / 2 + 2, y1: c.y + gap + h } },
    ];
    for (const o of options) {
      const inside = o.box.x0 >= 0 && o.box.x1 <= width && o.box.y0 >= 0 && o.box.y1 <= height;
      if (!inside || taken.some((b) => overlaps(b, o.box))) continue;
      if (!c.important && minorDots.some((b) => overlaps(b, o.box))) continue;
      taken.push(o.box);
      placed.push({ ...c, anchor: o.anchor, tx: o.tx, ty: o.ty });
      break;
    }
  }
  return placed;
}
