import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store';
import { syncHistory } from '../../src/state/history-sync';
import { manualLater } from '../state/manual-later';
import { fakeWindow } from '../state/fake-window';
import { parseUrl, stateFromFlags, withLang } from '../../src/state/url';

describe('withLang', () => {
  it('sets lang and keeps every other parameter', () => {
    expect(withLang('?step=3&lang=en&theme=dark', 'ko')).toBe('?step=3&lang=ko&theme=dark');
    expect(withLang('', 'uk')).toBe('?lang=uk');
    expect(parseUrl(withLang('?step=9', 'ru')).flags).toEqual({ step: 9, lang: 'ru' });
  });
});

describe('the language in the URL', () => {
  it('is left alone until the reader switches language', () => {
    const win = fakeWindow('?step=3');
    const store = createAppStore({ lang: 'ko', ...stateFromFlags(parseUrl(win.location.search).flags) });
    const timers = manualLater();
    syncHistory(store, win as unknown as Window, timers.later);
    store.getState().setStep(4);
    timers.runAll();
    expect(win.location.search).toBe('?step=4');
    win.pop('?step=3');
    expect(win.location.search).toBe('?step=3');
  });

  it('follows the switch in place, keeps the step, and survives back/forward', () => {
    const win = fakeWindow('?step=3&lang=en');
    const store = createAppStore(stateFromFlags(parseUrl(win.location.search).flags));
    const timers = manualLater();
    syncHistory(store, win as unknown as Window, timers.later);
    const entries = win.history.length;
    store.getState().setLang('uk');
    expect(win.location.search).toBe('?step=3&lang=uk');
    expect(win.history.length, 'no new history entry').toBe(entries);
    expect(store.getState().step).toBe(3);
    store.getState().setStep(4);
    timers.runAll();
    expect(win.location.search).toBe('?step=4&lang=uk');
    win.pop('?step=3&lang=en');
    expect(store.getState().step).toBe(3);
    expect(store.getState().lang).toBe('uk');
    expect(win.location.search).toBe('?step=3&lang=uk');
  });
});
