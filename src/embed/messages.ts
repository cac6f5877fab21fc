/**
 * The embed's postMessage protocol, as pure functions: parsing commands from the host
 * page and formatting what we send it (events, pym.js and AMP height messages).
 * Nothing here touches the DOM, so every shape is unit-tested.
 */
import { THEME_CHOICES, TOTAL_STEPS, type ThemeChoice } from '../state/store';

/** Commands a host page may send. */
export type HostCommand =
  | { type: 'shellroute:goto'; step: number }
  | { type: 'shellroute:play' }
  | { type: 'shellroute:pause' }
  | { type: 'shellroute:theme'; theme: ThemeChoice };

/** Events we send to the host page. */
export type HostEvent = { type: 'shellroute:ready' } | { type: 'shellroute:step'; step: number; total: number };

/** The AMP resize request (amp-iframe honours it when the frame is `resizable`). */
export interface AmpEmbedSize {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}

/** True for a plain data object (what structured clone of a JSON-like object yields). */
function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

function hasExactKeys(o: Record<string, unknown>, keys: string[]): boolean {
  const own = Object.keys(o);
  return own.length === keys.length && keys.every((k) => Object.prototype.hasOwnProperty.call(o, k));
}

/**
 * Parses a host command. Anything else (strings, arrays, unknown types, extra or
 * missing keys, a step that is not an integer in 0..TOTAL_STEPS) returns null.
 */
export function parseHostCommand(data: unknown): HostCommand | null {
  if (!isPlainObject(data)) return null;
  const type = data.type;
  if (typeof type !== 'string') return null;
  switch (type) {
    case 'shellroute:play':
    case 'shellroute:pause':
      return hasExactKeys(data, ['type']) ? { type } : null;
    case 'shellroute:goto': {
      if (!hasExactKeys(data, ['type', 'step'])) return null;
      const step = data.step;
      if (typeof step !== 'number' || !Number.isInteger(step) || step < 0 || step > TOTAL_STEPS) return null;
      return { type, step };
    }
    case 'shellroute:theme': {
      if (!hasExactKeys(data, ['type', 'theme'])) return null;
      const theme = data.theme;
      return typeof theme === 'string' && (THEME_CHOICES as readonly string[]).includes(theme) ? { type, theme: theme as ThemeChoice } : null;
    }
    default:
      return null;
  }
}

/**
 * Why a message addressed to us (a `shellroute:` type) was not taken, for a console note;
 * null for other messages (pym.js, AMP, a host's own traffic), which are not ours to judge.
 */
export function rejectedNote(data: unknown): string | null {
  if (!isPlainObject(data) || typeof data.type !== 'string' || !data.type.startsWith('shellroute:')) return null;
  const type = data.type.slice(0, 40).replace(/[^\x20-\x7e]/g, '?');
  return `ignored the host message "${type}": unknown, or not in the documented shape (docs/embedding.md)`;
}

/** The ready event, sent once the map (or its static fallback) is showing. */
export function readyEvent(): HostEvent {
  return { type: 'shellroute:ready' };
}

/** The step event, sent on every step change. */
export function stepEvent(step: number, total: number = TOTAL_STEPS): HostEvent {
  return { type: 'shellroute:step', step, total };
}

/** A height in whole CSS pixels, never negative (hosts expect an integer). */
export function toPixels(height: number): number {
  return Number.isFinite(height) ? Math.max(0, Math.ceil(height)) : 0;
}

/** pym.js child → parent height message: `pymxPYMx{childId}xPYMxheightxPYMx{px}`. */
export function pymHeightMessage(childId: string, height: number): string {
  return ['pym', childId, 'height', String(toPixels(height))].join('xPYMx');
}

/** AMP's resize request: `{sentinel: 'amp', type: 'embed-size', height}`. */
export function ampEmbedSize(height: number): AmpEmbedSize {
  return { sentinel: 'amp', type: 'embed-size', height: toPixels(height) };
}

/**
 * Recognises pym.js's parent → child width message for our child id
 * (`pymxPYMx{childId}xPYMxwidthxPYMx{px}`); pym.Child answers it with a height.
 * Returns the width, or null for anything else.
 */
export function parsePymWidth(data: unknown, childId: string): number | null {
  if (typeof data !== 'string' || data.length > 200) return null;
  const parts = data.split('xPYMx');
  if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== childId || parts[2] !== 'width') return null;
  const raw = parts[3] ?? '';
  if (!/^\d{1,5}(\.\d+)?$/.test(raw)) return null;
  return Number(raw);
}

/**
 * True when the URL was written by pym.Parent (it always adds `childId` and
 * `initialWidth`): the host will then size the frame to the heights we report.
 */
export function isPymUrl(search: string): boolean {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return false;
  }
  return /^[A-Za-z0-9_-]{1,64}$/.test(params.get('childId') ?? '') && /^\d{1,5}$/.test(params.get('initialWidth') ?? '');
}
