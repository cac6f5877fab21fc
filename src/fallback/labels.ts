/** Greedy label placement for the static map: right of the dot, else left, else dropped. */

export interface LabelCandidate {
  id: string;
  text: string;
  /** Anchor (the place's dot) in pixels. */
  x: number;
  y: number;
  /** Lower is placed first. */
  priority: number;
  fontSize: number;
}

export interface PlacedLabel extends LabelCandidate {
  anchor: 'start' | 'end';
  /** Text baseline position. */
  tx: number;
  ty: number;
}

interface Box {
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
 * Places labels in priority order so none overlaps another label, a dot, or the
 * frame's edge. Labels that fit nowhere are left out (the step card names every place).
 */
export function placeLabels(cands: LabelCandidate[], width: number, height: number, dotRadius = 6, gap = 8): PlacedLabel[] {
  const taken: Box[] = cands.map((c) => ({ x0: c.x - dotRadius, y0: c.y - dotRadius, x1: c.x + dotRadius, y1: c.y + dotRadius }));
  const placed: PlacedLabel[] = [];
  const sorted = [...cands].sort((a, b) => a.priority - b.priority);
  for (const c of sorted) {
    const w = textWidth(c.text, c.fontSize);
    const h = c.fontSize * 1.2;
    const options: { anchor: 'start' | 'end'; box: Box; tx: number }[] = [
      { anchor: 'start', tx: c.x + gap, box: { x0: c.x + gap - 2, y0: c.y - h / 2, x1: c.x + gap + w + 2, y1: c.y + h / 2 } },
      { anchor: 'end', tx: c.x - gap, box: { x0: c.x - gap - w - 2, y0: c.y - h / 2, x1: c.x - gap + 2, y1: c.y + h / 2 } },
    ];
    for (const o of options) {
      const inside = o.box.x0 >= 0 && o.box.x1 <= width && o.box.y0 >= 0 && o.box.y1 <= height;
      // gap > dotRadius, so a label never touches its own dot.
      if (!inside || taken.some((b) => overlaps(b, o.box))) continue;
      taken.push(o.box);
      placed.push({ ...c, anchor: o.anchor, tx: o.tx, ty: c.y + c.fontSize * 0.35 });
      break;
    }
  }
  return placed;
}
