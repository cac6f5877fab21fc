import { describe, expect, it } from 'vitest';
import {
  ampEmbedSize,
  isPymUrl,
  parseHostCommand,
  parsePymWidth,
  pymHeightMessage,
  readyEvent,
  rejectedNote,
  stepEvent,
  toPixels,
} from '../../src/embed/messages';

describe('host commands', () => {
  it('accepts goto with every integer step from 0 to 10', () => {
    for (let step = 0; step <= 10; step += 1) {
      expect(parseHostCommand({ type: 'shellroute:goto', step })).toEqual({ type: 'shellroute:goto', step });
    }
  });

  it('accepts play and pause', () => {
    expect(parseHostCommand({ type: 'shellroute:play' })).toEqual({ type: 'shellroute:play' });
    expect(parseHostCommand({ type: 'shellroute:pause' })).toEqual({ type: 'shellroute:pause' });
  });

  it('accepts a theme: auto, light, dark or contrast', () => {
    for (const theme of ['auto', 'light', 'dark', 'contrast']) expect(parseHostCommand({ type: 'shellroute:theme', theme })).toEqual({ type: 'shellroute:theme', theme });
  });

  it('a note for a rejected message of ours, none for anyone else\'s', () => {
    expect(rejectedNote({ type: 'shellroute:theme', theme: 'neon' })).toContain('shellroute:theme');
    expect(rejectedNote({ type: 'shellroute:jump' })).toContain('shellroute:jump');
    for (const other of [{ sentinel: 'amp', type: 'embed-size', height: 1 }, 'pymxPYMxaxPYMxwidthxPYMx3', null, { type: 7 }]) expect(rejectedNote(other)).toBeNull();
  });

  it('accepts a structured-clone of a null-prototype object', () => {
    const o = Object.assign(Object.create(null) as Record<string, unknown>, { type: 'shellroute:goto', step: 2 });
    expect(parseHostCommand(o)).toEqual({ type: 'shellroute:goto', step: 2 });
  });

  const malformed: [string, unknown][] = [
    ['undefined', undefined],
    ['null', null],
    ['a number', 3],
    ['a boolean', true],
    ['the type as a bare string', 'shellroute:play'],
    ['a JSON string', '{"type":"shellroute:goto","step":1}'],
    ['an array', ['shellroute:goto', 1]],
    ['an empty object', {}],
    ['a numeric type', { type: 7 }],
    ['an unknown type', { type: 'shellroute:jump', step: 1 }],
    ['a type in the wrong case', { type: 'SHELLROUTE:GOTO', step: 1 }],
    ['a type without the prefix', { type: 'goto', step: 1 }],
    ['a capitalised key', { Type: 'shellroute:play' }],
    ['goto without a step', { type: 'shellroute:goto' }],
    ['a string step', { type: 'shellroute:goto', step: '1' }],
    ['a fractional step', { type: 'shellroute:goto', step: 1.5 }],
    ['a negative step', { type: 'shellroute:goto', step: -1 }],
    ['a step above 10', { type: 'shellroute:goto', step: 11 }],
    ['NaN', { type: 'shellroute:goto', step: Number.NaN }],
    ['Infinity', { type: 'shellroute:goto', step: Number.POSITIVE_INFINITY }],
    ['a null step', { type: 'shellroute:goto', step: null }],
    ['a boolean step', { type: 'shellroute:goto', step: true }],
    ['a boxed number step', { type: 'shellroute:goto', step: Object(3) as unknown }],
    ['goto with an extra key', { type: 'shellroute:goto', step: 1, extra: true }],
    ['play with an extra key', { type: 'shellroute:play', now: true }],
    ['pause with a step', { type: 'shellroute:pause', step: 1 }],
    ['an own __proto__ key', JSON.parse('{"__proto__":{"x":1},"type":"shellroute:play"}') as unknown],
    ['a Date', new Date()],
    ['a Map', new Map([['type', 'shellroute:play']])],
    ['a class instance', new (class { type = 'shellroute:play'; })()],
    ['an AMP message', { sentinel: 'amp', type: 'embed-size', height: 100 }],
    ['our own step event', { type: 'shellroute:step', step: 1, total: 10 }],
    ['our own ready event', { type: 'shellroute:ready' }],
    ['a theme that does not exist', { type: 'shellroute:theme', theme: 'neon' }],
    ['a theme in the wrong case', { type: 'shellroute:theme', theme: 'Dark' }],
    ['theme without a theme', { type: 'shellroute:theme' }],
    ['theme with an extra key', { type: 'shellroute:theme', theme: 'dark', now: true }],
    ['a theme as a number', { type: 'shellroute:theme', theme: 1 }],
  ];
  for (const [name, data] of malformed) {
    it(`ignores ${name}`, () => {
      expect(parseHostCommand(data)).toBeNull();
    });
  }
});

describe('events to the host', () => {
  it('ready is exactly {type: "shellroute:ready"}', () => {
    expect(readyEvent()).toEqual({ type: 'shellroute:ready' });
  });

  it('step carries the step and the total', () => {
    expect(stepEvent(4)).toEqual({ type: 'shellroute:step', step: 4, total: 10 });
    expect(stepEvent(0, 10)).toEqual({ type: 'shellroute:step', step: 0, total: 10 });
  });
});

describe('height messages', () => {
  it('formats the exact pym.js string', () => {
    expect(pymHeightMessage('shellroute-map', 612)).toBe('pymxPYMxshellroute-mapxPYMxheightxPYMx612');
  });

  it('rounds heights up to whole pixels and never goes negative', () => {
    expect(pymHeightMessage('a', 480.2)).toBe('pymxPYMxaxPYMxheightxPYMx481');
    expect(toPixels(-5)).toBe(0);
    expect(toPixels(Number.NaN)).toBe(0);
  });

  it('formats the exact AMP object', () => {
    expect(ampEmbedSize(480)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 480 });
    expect(Object.keys(ampEmbedSize(1))).toEqual(['sentinel', 'type', 'height']);
  });

  it('recognises pym.js width messages for our child id only', () => {
    expect(parsePymWidth('pymxPYMxmapxPYMxwidthxPYMx640', 'map')).toBe(640);
    expect(parsePymWidth('pymxPYMxmapxPYMxwidthxPYMx640.5', 'map')).toBe(640.5);
    expect(parsePymWidth('pymxPYMxotherxPYMxwidthxPYMx640', 'map')).toBeNull();
    expect(parsePymWidth('pymxPYMxmapxPYMxheightxPYMx640', 'map')).toBeNull();
    expect(parsePymWidth('pymxPYMxmapxPYMxwidthxPYMxabc', 'map')).toBeNull();
    expect(parsePymWidth('pymxPYMxmapxPYMxwidthxPYMx640xPYMx1', 'map')).toBeNull();
    expect(parsePymWidth({ width: 640 }, 'map')).toBeNull();
    expect(parsePymWidth(`pymxPYMxmapxPYMxwidthxPYMx${'9'.repeat(300)}`, 'map')).toBeNull();
  });

  it('detects a URL written by pym.Parent (childId and initialWidth)', () => {
    expect(isPymUrl('?embed=1&initialWidth=640&childId=shellroute-map&parentTitle=x&parentUrl=y')).toBe(true);
    expect(isPymUrl('?embed=1&childId=shellroute-map')).toBe(false);
    expect(isPymUrl('?initialWidth=640')).toBe(false);
    expect(isPymUrl('?initialWidth=wide&childId=a')).toBe(false);
    expect(isPymUrl('?initialWidth=640&childId=<x>')).toBe(false);
  });
});
