/**
 * Reads the theme custom properties straight from src/app.css, so the tests check the
 * colours the page really uses: `:root` is the light theme, and `[data-theme='dark']` and
 * `[data-theme='contrast']` override it (a property a theme does not set is inherited from
 * `:root`, as in the browser).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Theme } from '../../src/state/store';

export const APP_CSS = fileURLToPath(new URL('../../src/app.css', import.meta.url));

/** The custom properties declared directly in the first rule whose selector is `selector`. */
export function customProperties(css: string, selector: string): Record<string, string> {
  const noComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const esc = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, `['"]`);
  const rule = new RegExp(`(?:^|[}\\s])${esc}\\s*\\{([^}]*)\\}`).exec(noComments);
  if (!rule) throw new Error(`no rule for ${selector}`);
  const out: Record<string, string> = {};
  for (const m of rule[1]!.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) out[m[1]!] = m[2]!.trim();
  return out;
}

/** Every theme's custom properties, as the browser resolves them on <html data-theme>. */
export function themeVars(css = readFileSync(APP_CSS, 'utf8')): Record<Theme, Record<string, string>> {
  const root = customProperties(css, ':root');
  return {
    light: root,
    dark: { ...root, ...customProperties(css, "[data-theme='dark']") },
    contrast: { ...root, ...customProperties(css, "[data-theme='contrast']") },
  };
}

/** The value of `prop` in the first rule whose selector list is exactly `selector`. */
export function declaration(css: string, selector: string, prop: string): string {
  const noComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const m of noComments.matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    if (m[1]!.trim() !== selector) continue;
    const d = new RegExp(`(?:^|;)\\s*${prop}\\s*:\\s*([^;]+)`).exec(m[2]!);
    if (d) return d[1]!.trim();
  }
  throw new Error(`no "${prop}" in a rule for ${selector}`);
}
