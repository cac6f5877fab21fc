/**
 * Keeps the speaker view and the main window on the same step over a BroadcastChannel.
 * Messages are input like any other: anything that is not exactly one of ours is dropped.
 *
 * A main window stays passive until it is paired (it opened a speaker view, or a speaker
 * view said hello), so a reader with two ordinary tabs never sees one tab drive the other.
 */
import { MESSAGE_PREFIX } from '../env/protocol';
import type { AppStore } from '../state/store';
import { TOTAL_STEPS } from '../state/store';

export const CHANNEL_NAME = 'shellroute';

export type SyncRole = 'main' | 'speaker';

export type SyncMessage =
  | { type: 'shellroute:hello'; from: string; role: SyncRole }
  | { type: 'shellroute:step'; from: string; step: number };

/** The part of BroadcastChannel the sync uses (a fake implements it in tests). */
export interface ChannelLike {
  postMessage(message: unknown): void;
  close(): void;
  onmessage: ((ev: { data: unknown }) => void) | null;
}

const ID = /^[A-Za-z0-9_-]{1,40}$/;

/** Validates a received message; returns null for anything that is not ours and well formed. */
export function parseSyncMessage(data: unknown): SyncMessage | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const m = data as Record<string, unknown>;
  if (typeof m.type !== 'string' || !m.type.startsWith(MESSAGE_PREFIX)) return null;
  if (typeof m.from !== 'string' || !ID.test(m.from)) return null;
  const keys = Object.keys(m).length;
  if (m.type === 'shellroute:hello') {
    if ((m.role !== 'main' && m.role !== 'speaker') || keys !== 3) return null;
    return { type: m.type, from: m.from, role: m.role };
  }
  if (m.type === 'shellroute:step') {
    const step = m.step;
    if (typeof step !== 'number' || !Number.isInteger(step) || step < 0 || step > TOTAL_STEPS || keys !== 3) return null;
    return { type: m.type, from: m.from, step };
  }
  return null;
}

/** A random id for this window (no crypto needed: it only tells our own echoes apart). */
export function windowId(): string {
  return `w${Math.random().toString(36).slice(2, 12)}`;
}

/** Opens the channel, or returns null where BroadcastChannel is missing or refused. */
export function openChannel(name = CHANNEL_NAME): ChannelLike | null {
  try {
    if (typeof BroadcastChannel !== 'function') return null;
    return new BroadcastChannel(name) as unknown as ChannelLike;
  } catch {
    // Opaque origins (sandboxed frames) may refuse it.
    return null;
  }
}

export interface StepSync {
  /** Pairs a main window (call when it opens a speaker view). */
  pair: () => void;
  readonly paired: boolean;
  dispose: () => void;
}

/** Binds the store's step to the channel; returns a handle, or null without a channel. */
export function bindStepSync(store: AppStore, role: SyncRole, channel: ChannelLike | null, id = windowId()): StepSync | null {
  if (!channel) return null;
  let paired = role === 'speaker';
  let applying = false;
  const post = (message: SyncMessage) => {
    try {
      channel.postMessage(message);
    } catch {
      // A closed channel: nothing to tell.
    }
  };
  const postStep = () => post({ type: 'shellroute:step', from: id, step: store.getState().step });
  channel.onmessage = (ev) => {
    const m = parseSyncMessage(ev.data);
    if (!m || m.from === id) return;
    if (m.type === 'shellroute:hello') {
      // A speaker view that just opened asks for the current step: answer and follow it from now on.
      if (m.role === 'speaker' && role === 'main') {
        paired = true;
        postStep();
      }
      return;
    }
    if (!paired || m.step === store.getState().step) return;
    applying = true;
    try {
      store.getState().setStep(m.step);
    } finally {
      applying = false;
    }
  };
  const unsub = store.subscribe(
    (s) => s.step,
    () => {
      if (paired && !applying) postStep();
    },
  );
  if (role === 'speaker') post({ type: 'shellroute:hello', from: id, role });
  return {
    pair: () => {
      paired = true;
      postStep();
    },
    get paired() {
      return paired;
    },
    dispose: () => {
      unsub();
      channel.onmessage = null;
      try {
        channel.close();
      } catch {
        // Already closed.
      }
    },
  };
}
