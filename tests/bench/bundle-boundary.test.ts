/**
 * Guards a measured saving (bench: bytes until ready): zod and the schemas stay out of the
 * page's startup bundle. The full validation runs at build time and in the tests; the
 * page uses src/model/bundle-check.ts. A static (non-type) import path from main.tsx to
 * zod would put ~26 KB gzip back on every load.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

/** Runtime (not type-only) static import specifiers of a module's source. */
export function runtimeImports(src: string): string[] {
  const out: string[] = [];
  const re = /^\s*(import|export)\s+(type\s+)?([^'";]*?)\s*(?:from\s+)?['"]([^'"]+)['"]/gm;
  for (const m of src.matchAll(re)) {
    if (m[2]) continue;
    // `export const x = …` etc. never reach here without a from-clause string.
    if (m[1] === 'export' && !/^(\*|\{)/.test((m[3] ?? '').trim())) continue;
    out.push(m[4] as string);
  }
  return out;
}

function resolveLocal(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const cand of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) if (existsSync(cand) && !cand.endsWith('/')) {
    if (/\.(ts|tsx)$/.test(cand)) return cand;
  }
  return null;
}

/** Every package reached from an entry by runtime static imports, with the chain that reaches it. */
function reachablePackages(entry: string): Map<string, string[]> {
  const seen = new Set<string>();
  const pkgs = new Map<string, string[]>();
  const visit = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of runtimeImports(readFileSync(file, 'utf8'))) {
      const local = resolveLocal(file, spec);
      if (local) visit(local, [...chain, relative(ROOT, local)]);
      else if (!spec.startsWith('.') && !spec.startsWith('virtual:')) {
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] as string);
        if (!pkgs.has(name)) pkgs.set(name, chain);
      }
    }
  };
  visit(entry, [relative(ROOT, entry)]);
  return pkgs;
}

describe('startup bundle boundary', () => {
  it('reads runtime imports and skips type-only ones', () => {
    expect(runtimeImports("import type { z } from 'zod';\nimport { a } from './a';\nexport { b } from './b';\nexport type { C } from './c';\nimport './x.css';")).toEqual([
      './a',
      './b',
      './x.css',
    ]);
  });

  it('keeps zod out of the page: the data is fully validated at build time and in tests', () => {
    const pkgs = reachablePackages(join(ROOT, 'src/main.tsx'));
    // The walk sees the page's packages (react is one) …
    expect(pkgs.get('react')).toBeDefined();
    const chain = pkgs.get('zod');
    expect(chain, `zod is imported at runtime via ${chain?.join(' → ')}`).toBeUndefined();
  });

  /** Every src file reached from main.tsx by runtime static imports (what the startup chunk holds). */
  const startupFiles = (): Set<string> => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const spec of runtimeImports(readFileSync(file, 'utf8'))) {
        const local = resolveLocal(file, spec);
        if (local) visit(local);
      }
    };
    visit(join(ROOT, 'src/main.tsx'));
    return new Set([...seen].map((f) => relative(ROOT, f)));
  };

  it('loads only English at startup: the other catalogs and data texts are lazy language packs', () => {
    const files = startupFiles();
    for (const f of files) {
      const src = readFileSync(join(ROOT, f), 'utf8');
      for (const spec of runtimeImports(src)) {
        expect(spec, `${f} imports ${spec}`).not.toMatch(/i18n\/(ko|uk|ru)\.json$|^\.\/(ko|uk|ru)\.json$|packs\/|virtual:shell-route\/texts|data\/[\w.]+\.json$/);
      }
    }
    expect(files.has('src/i18n/lang-pack.ts')).toBe(true);
    expect(files.has('src/model/text-pack.ts'), 'the merge code travels with the packs').toBe(false);
  });

  it('keeps the engine out of the page until the reader asks for the detailed map (#21)', () => {
    const chain = reachablePackages(join(ROOT, 'src/main.tsx')).get('maplibre-gl');
    expect(chain, `maplibre-gl is imported at runtime via ${chain?.join(' → ')}`).toBeUndefined();
    const files = startupFiles();
    expect(files.has('src/map/controller.ts')).toBe(false);
    // The SVG map is the first view: it is in the startup chunk.
    expect(files.has('src/svg/StaticMap.tsx')).toBe(true);
  });

  it('keeps presenter mode and the print handout out of the startup chunk', () => {
    const files = startupFiles();
    for (const f of ['src/present/Presenter.tsx', 'src/print/Handout.tsx', 'src/present/SpeakerView.tsx', 'src/embed/EmbedDialog.tsx', 'src/export/save-image.ts'])
      expect(files.has(f), `${f} is statically reachable from main.tsx`).toBe(false);
    expect(files.has('src/present/lazy.tsx')).toBe(true);
    expect(files.has('src/print/LazyHandout.tsx')).toBe(true);
  });

  it('never reads the editorial fields the page data leaves out (PAGE_OMITS)', () => {
    const walk = (d: string): string[] =>
      readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : /\.tsx?$/.test(e.name) ? [join(d, e.name)] : []));
    for (const f of walk(join(ROOT, 'src'))) {
      if (f.endsWith('text-pack.ts') || /model\/(schema|dataset)\.ts$/.test(f)) continue;
      const src = readFileSync(f, 'utf8');
      expect(src, relative(ROOT, f)).not.toMatch(/\.note\b|properties\??\.(label|basis)\b/);
    }
  });
});
