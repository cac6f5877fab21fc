/**
 * The reader's system colour setting as one of the page's themes, for `theme=auto`:
 * "more contrast" picks the high-contrast theme, "dark" the dark one, anything else light.
 * A browser without matchMedia (or one that throws) counts as light.
 */
import type { Theme } from '../state/store';

type MediaEnv = Pick<Window, 'matchMedia'>;

const DARK = '(prefers-color-scheme: dark)';
const MORE_CONTRAST = '(prefers-contrast: more)';

function query(env: MediaEnv, q: string): MediaQueryList | null {
  try {
    return typeof env.matchMedia === 'function' ? env.matchMedia(q) : null;
  } catch {
    return null;
  }
}

/** The system setting now. */
export function systemTheme(env: MediaEnv = window): Theme {
  if (query(env, MORE_CONTRAST)?.matches) return 'contrast';
  return query(env, DARK)?.matches ? 'dark' : 'light';
}

/** Calls `onChange` with the new theme whenever the reader changes the setting; returns the unwatch function. */
export function watchSystemTheme(env: MediaEnv, onChange: (theme: Theme) => void): () => void {
  const lists = [query(env, DARK), query(env, MORE_CONTRAST)].filter((l): l is MediaQueryList => l !== null);
  const changed = () => onChange(systemTheme(env));
  for (const l of lists) l.addEventListener?.('change', changed);
  return () => {
    for (const l of lists) l.removeEventListener?.('change', changed);
  };
}
