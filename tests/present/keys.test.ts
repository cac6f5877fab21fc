import { describe, expect, it } from 'vitest';
import { keyAction, runKeyAction, type KeyInput } from '../../src/present/keys';
import { createAppStore } from '../../src/state/store';

const press = (key: string, over: Partial<KeyInput> = {}) => keyAction({ key, target: 'other', modal: false, present: false, ...over });

describe('keyAction', () => {
  it('steps with the arrows, Page Down/Up (clickers) and Space', () => {
    expect(press('ArrowRight')).toEqual({ type: 'next' });
    expect(press('PageDown')).toEqual({ type: 'next' });
    expect(press(' ')).toEqual({ type: 'next' });
    expect(press('ArrowLeft')).toEqual({ type: 'prev' });
    expect(press('PageUp')).toEqual({ type: 'prev' });
    expect(press('Home')).toEqual({ type: 'first' });
    expect(press('End')).toEqual({ type: 'last' });
  });

  it('maps 1–9 to steps 1–9 and 0 to step 10', () => {
    for (let n = 1; n <= 9; n += 1) expect(press(String(n))).toEqual({ type: 'goto', step: n });
    expect(press('0')).toEqual({ type: 'goto', step: 10 });
  });

  it('has presenter keys: F, P, N, ? and Esc (Esc only while presenting)', () => {
    expect(press('f')).toEqual({ type: 'fullscreen' });
    expect(press('F')).toEqual({ type: 'fullscreen' });
    expect(press('p')).toEqual({ type: 'togglePresent' });
    expect(press('N')).toEqual({ type: 'notes' });
    expect(press('?')).toEqual({ type: 'help' });
    expect(press('Escape', { present: true })).toEqual({ type: 'exitPresent' });
    expect(press('Escape')).toBeNull();
  });

  it('never fires in a text field, with Ctrl/Alt/Meta held, or while a modal dialog is open', () => {
    for (const key of ['ArrowRight', 'PageDown', ' ', '3', 'f', 'p', 'n', '?', 'Escape']) {
      expect(press(key, { target: 'text', present: true })).toBeNull();
      expect(press(key, { modal: true, present: true })).toBeNull();
      expect(press(key, { ctrlKey: true, present: true })).toBeNull();
      expect(press(key, { altKey: true, present: true })).toBeNull();
      expect(press(key, { metaKey: true, present: true })).toBeNull();
    }
  });

  it('leaves the slider its own keys, so a focused slider never double-steps', () => {
    for (const key of ['ArrowRight', 'ArrowLeft', 'PageUp', 'PageDown', 'Home', 'End']) expect(press(key, { target: 'slider' })).toBeNull();
    expect(press('5', { target: 'slider' })).toEqual({ type: 'goto', step: 5 });
  });

  it('leaves the focused map canvas its arrows and zoom keys, but clickers still step', () => {
    for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', '+', '-']) expect(press(key, { target: 'map' })).toBeNull();
    expect(press('PageDown', { target: 'map' })).toEqual({ type: 'next' });
  });

  it('does not take Space or Enter from a focused button', () => {
    expect(press(' ', { target: 'control' })).toBeNull();
    expect(press('Enter', { target: 'control' })).toBeNull();
    expect(press('ArrowRight', { target: 'control' })).toEqual({ type: 'next' });
  });

  it('lets a scrolling page keep Space, Home and End, but clicker keys (Page Up/Down) always step', () => {
    expect(press(' ', { pageScrolls: true })).toBeNull();
    expect(press('Home', { pageScrolls: true })).toBeNull();
    expect(press('PageDown', { pageScrolls: true })).toEqual({ type: 'next' });
    expect(press('PageUp', { pageScrolls: true })).toEqual({ type: 'prev' });
    expect(press('ArrowRight', { pageScrolls: true })).toEqual({ type: 'next' });
    expect(press(' ', { pageScrolls: true, present: true })).toEqual({ type: 'next' });
  });

  it('ignores auto-repeat for toggles but not for stepping', () => {
    expect(press('f', { repeat: true })).toBeNull();
    expect(press('ArrowRight', { repeat: true })).toEqual({ type: 'next' });
  });

  it('ignores other keys', () => {
    for (const key of ['a', 'Tab', 'Enter', 'Shift', 'F5']) expect(press(key)).toBeNull();
  });
});

describe('runKeyAction', () => {
  const doc = {} as Document;
  it('drives the store', () => {
    const store = createAppStore({ step: 2 });
    runKeyAction({ type: 'next' }, store, doc);
    expect(store.getState().step).toBe(3);
    runKeyAction({ type: 'goto', step: 10 }, store, doc);
    expect(store.getState().step).toBe(10);
    runKeyAction({ type: 'first' }, store, doc);
    expect(store.getState().step).toBe(0);
    runKeyAction({ type: 'togglePresent' }, store, doc);
    expect(store.getState().present).toBe(true);
    runKeyAction({ type: 'notes' }, store, doc);
    expect(store.getState().notesOpen).toBe(true);
    runKeyAction({ type: 'help' }, store, doc);
    expect(store.getState().panel).toBe('help');
    runKeyAction({ type: 'exitPresent' }, store, doc);
    expect(store.getState().present).toBe(false);
  });
});
