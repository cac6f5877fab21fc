/** theme=auto reads the reader's system setting (src/env/color-scheme.ts). */
import { describe, expect, it } from 'vitest';
import { systemTheme, watchSystemTheme } from '../../src/env/color-scheme';

/** A matchMedia whose answers the test sets, with change events like a browser's. */
function fakeMedia(initial: Record<string, boolean>) {
  const state = { ...initial };
  const lists = new Map<string, { listeners: Set<() => void> }>();
  const matchMedia = (q: string) => {
    let entry = lists.get(q);
    if (!entry) lists.set(q, (entry = { listeners: new Set() }));
    const e = entry;
    return {
      get matches() {
        return state[q] ?? false;
      },
      addEventListener: (_: string, f: () => void) => e.listeners.add(f),
      removeEventListener: (_: string, f: () => void) => e.listeners.delete(f),
    } as unknown as MediaQueryList;
  };
  const set = (q: string, v: boolean) => {
    state[q] = v;
    for (const f of lists.get(q)?.listeners ?? []) f();
  };
  const listening = () => [...lists.values()].reduce((n, e) => n + e.listeners.size, 0);
  return { env: { matchMedia }, set, listening };
}

const DARK = '(prefers-color-scheme: dark)';
const MORE = '(prefers-contrast: more)';

describe('the reader\'s colour setting', () => {
  it('is dark, high contrast (over dark) or light', () => {
    expect(systemTheme(fakeMedia({}).env)).toBe('light');
    expect(systemTheme(fakeMedia({ [DARK]: true }).env)).toBe('dark');
    expect(systemTheme(fakeMedia({ [DARK]: true, [MORE]: true }).env)).toBe('contrast');
  });

  it('counts as light where matchMedia is missing or throws', () => {
    expect(systemTheme({} as Pick<Window, 'matchMedia'>)).toBe('light');
    const throwing = { matchMedia: () => { throw new Error('blocked'); } } as unknown as Pick<Window, 'matchMedia'>;
    expect(systemTheme(throwing)).toBe('light');
    expect(() => watchSystemTheme(throwing, () => undefined)()).not.toThrow();
  });

  it('reports each change until unwatched', () => {
    const m = fakeMedia({});
    const seen: string[] = [];
    const unwatch = watchSystemTheme(m.env, (t) => seen.push(t));
    m.set(DARK, true);
    m.set(MORE, true);
    m.set(MORE, false);
    unwatch();
    expect(m.listening()).toBe(0);
    m.set(DARK, false);
    expect(seen).toEqual(['dark', 'contrast', 'dark']);
  });
});
