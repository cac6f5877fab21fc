import { describe, expect, it } from 'vitest';
import { parseIntInRange, parseUrl, stateFromFlags, withStep } from '../../src/state/url';
import { effectiveTheme, THEMES } from '../../src/state/store';

describe('URL flags', () => {
  it('parses every known flag', () => {
    const { flags, notes } = parseUrl('?step=3&lang=ko&theme=dark&embed=1&present=0&autoplay=true&loop=1&controls=0&childId=map-1');
    expect(flags).toEqual({ step: 3, lang: 'ko', theme: 'dark', embed: true, present: false, autoplay: true, loop: true, controls: false, childId: 'map-1' });
    expect(notes).toEqual([]);
  });

  it('ignores malformed values with a note and keeps the default', () => {
    for (const q of ['step=11', 'step=-1', 'step=3.5', 'step=1e1', 'step=%203', 'step=0x3', 'step=', 'step=99999999999']) {
      const { flags, notes } = parseUrl(q);
      expect(flags.step, q).toBeUndefined();
      expect(notes.length, q).toBe(1);
    }
    expect(parseUrl('lang=fr').flags.lang).toBeUndefined();
    expect(parseUrl('theme=<script>').flags.theme).toBeUndefined();
    expect(parseUrl('embed=yes').flags.embed).toBeUndefined();
  });

  it('ignores unknown and prototype-polluting keys', () => {
    const { flags, notes } = parseUrl('__proto__=1&constructor=x&step=2');
    expect(flags).toEqual({ step: 2 });
    expect(notes).toHaveLength(2);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads ?layout=story into the store and ignores any other layout with a note, never an error', () => {
    expect(parseUrl('?layout=story').flags.layout).toBe('story');
    expect(parseUrl('?layout=default').flags.layout).toBe('default');
    expect(stateFromFlags(parseUrl('?layout=story&step=5').flags)).toMatchObject({ layout: 'story', step: 5 });
    expect(stateFromFlags({}).layout).toBeUndefined();
    for (const q of ['layout=', 'layout=Story', 'layout=scroll', 'layout=<b>']) {
      const { flags, notes } = parseUrl(q);
      expect(flags.layout, q).toBeUndefined();
      expect(notes, q).toEqual([`${q.replace(/=.*/, '')}="${q.slice(7)}" is not valid; using the default`]);
    }
  });

  it('uses the first of repeated keys', () => {
    expect(parseUrl('step=2&step=5').flags.step).toBe(2);
  });

  it('keeps notes short and printable whatever the input', () => {
    const { notes } = parseUrl(`x${'<'.repeat(5000)}=1`);
    expect(notes[0]?.length).toBeLessThan(120);
  });

  it('parses integers strictly', () => {
    expect(parseIntInRange('10', 0, 10)).toBe(10);
    expect(parseIntInRange('+1', 0, 10)).toBeNull();
    expect(parseIntInRange('١', 0, 10)).toBeNull();
  });

  it('maps autoplay to a playing store', () => {
    expect(stateFromFlags({ autoplay: true, step: 4 })).toEqual({ playing: true, step: 4, theme: 'auto' });
  });

  it('follows the reader\'s setting on the full page and is light in an embed, unless ?theme= says', () => {
    expect(stateFromFlags({}).theme).toBe('auto');
    expect(stateFromFlags({ embed: true }).theme).toBe('light');
    expect(stateFromFlags({ embed: true, theme: 'auto' }).theme).toBe('auto');
    expect(stateFromFlags({ theme: 'contrast' }).theme).toBe('contrast');
    expect(parseUrl('?theme=auto').flags.theme).toBe('auto');
    expect(parseUrl('?theme=AUTO').flags.theme).toBeUndefined();
  });

  it('draws auto as the system setting, and presenter mode always in high contrast', () => {
    for (const systemTheme of THEMES) {
      expect(effectiveTheme({ theme: 'auto', systemTheme, present: false })).toBe(systemTheme);
      expect(effectiveTheme({ theme: 'light', systemTheme, present: false })).toBe('light');
      expect(effectiveTheme({ theme: 'auto', systemTheme, present: true })).toBe('contrast');
    }
  });

  it('writes the step into the query and keeps other parameters', () => {
    expect(withStep('?embed=1', 3)).toBe('?embed=1&step=3');
    expect(withStep('?step=3&embed=1', 0)).toBe('?embed=1');
    expect(withStep('', 0)).toBe('');
  });
});
