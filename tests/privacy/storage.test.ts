/**
 * No reader is tracked (issue 7, req 7): the app keeps nothing about the reader. This scan
 * fails when app code starts using a storage API. If a setting must ever be remembered,
 * store only that setting, behind try/catch (sandboxed frames and privacy modes throw on
 * mere access), list the file here, and extend tests/e2e/privacy.spec.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../fixtures/data';

/** Files allowed to touch a storage API (each access guarded by try/catch). */
const ALLOWED: string[] = [];
const STORAGE = /\b(localStorage|sessionStorage|indexedDB|cookieStore)\b|document\s*\.\s*cookie/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

describe('privacy: storage APIs in src/', () => {
  it('no app file reads or writes cookies, localStorage, sessionStorage or IndexedDB', () => {
    const hits: string[] = [];
    for (const file of files(join(repoRoot, 'src'))) {
      const rel = relative(repoRoot, file);
      if (ALLOWED.includes(rel)) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const code = line.replace(/\/\/.*$/, '').replace(/^\s*\*.*$/, '');
          if (STORAGE.test(code)) hits.push(`${rel}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(hits).toEqual([]);
  });
});
