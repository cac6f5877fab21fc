import { describe, expect, it } from 'vitest';
import { bindStepSync, parseSyncMessage, type ChannelLike } from '../../src/present/sync';
import { createAppStore } from '../../src/state/store';

/** Channels on one fake bus: a message reaches every other channel, never its sender. */
function bus() {
  const members: ChannelLike[] = [];
  return () => {
    const ch: ChannelLike = {
      onmessage: null,
      postMessage(message: unknown) {
        const data = structuredClone(message);
        for (const m of members) if (m !== ch) m.onmessage?.({ data });
      },
      close() {
        members.splice(members.indexOf(ch), 1);
      },
    };
    members.push(ch);
    return ch;
  };
}

describe('parseSyncMessage', () => {
  it('accepts exactly our messages', () => {
    expect(parseSyncMessage({ type: 'shellroute:step', from: 'w1', step: 3 })).toEqual({ type: 'shellroute:step', from: 'w1', step: 3 });
    expect(parseSyncMessage({ type: 'shellroute:hello', from: 'w1', role: 'speaker' })).toEqual({ type: 'shellroute:hello', from: 'w1', role: 'speaker' });
  });

  it('drops anything else', () => {
    const bad: unknown[] = [
      null,
      'shellroute:step',
      [],
      { type: 'shellroute:step', from: 'w1', step: 11 },
      { type: 'shellroute:step', from: 'w1', step: -1 },
      { type: 'shellroute:step', from: 'w1', step: 2.5 },
      { type: 'shellroute:step', from: 'w1', step: '3' },
      { type: 'shellroute:step', from: 'w 1', step: 3 },
      { type: 'shellroute:step', from: 'x'.repeat(41), step: 3 },
      { type: 'shellroute:step', step: 3 },
      { type: 'shellroute:step', from: 'w1', step: 3, extra: true },
      { type: 'shellroute:hello', from: 'w1', role: 'admin' },
      { type: 'shellroute:goto', from: 'w1', step: 3 },
      { type: 'other:step', from: 'w1', step: 3 },
    ];
    for (const b of bad) expect(parseSyncMessage(b), JSON.stringify(b)).toBeNull();
  });
});

describe('bindStepSync', () => {
  it('keeps a speaker view and the main window on the same step, both ways', () => {
    const open = bus();
    const main = createAppStore({ step: 4 });
    const speaker = createAppStore();
    const m = bindStepSync(main, 'main', open(), 'main1');
    bindStepSync(speaker, 'speaker', open(), 'spk1');
    // The speaker's hello pairs the main window, which answers with its step.
    expect(m?.paired).toBe(true);
    expect(speaker.getState().step).toBe(4);
    main.getState().next();
    expect(speaker.getState().step).toBe(5);
    speaker.getState().setStep(9);
    expect(main.getState().step).toBe(9);
  });

  it('does not let two ordinary tabs drive each other', () => {
    const open = bus();
    const a = createAppStore();
    const b = createAppStore();
    bindStepSync(a, 'main', open(), 'a');
    bindStepSync(b, 'main', open(), 'b');
    a.getState().setStep(3);
    expect(b.getState().step).toBe(0);
  });

  it('pairs a main window that opens a speaker view', () => {
    const open = bus();
    const main = createAppStore({ step: 2 });
    const m = bindStepSync(main, 'main', open(), 'm');
    expect(m?.paired).toBe(false);
    m?.pair();
    const speaker = createAppStore();
    bindStepSync(speaker, 'speaker', open(), 's');
    expect(speaker.getState().step).toBe(2);
  });

  it('does nothing without a channel, and stops after dispose', () => {
    expect(bindStepSync(createAppStore(), 'main', null)).toBeNull();
    const open = bus();
    const main = createAppStore();
    const speaker = createAppStore();
    const m = bindStepSync(main, 'main', open(), 'm');
    bindStepSync(speaker, 'speaker', open(), 's');
    m?.dispose();
    speaker.getState().setStep(6);
    expect(main.getState().step).toBe(0);
  });
});
