/**
 * `npm run build` refuses bad data: in a copy of the project with a broken data/transfers.json,
 * the build exits non-zero, prints one `file: path: message` line per problem and writes no dist/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../fixtures/data';

/** Top-level entries not copied: installed packages, build output, VCS, reports, scratch dirs. */
const SKIP = new Set(['node_modules', 'dist', '.git', 'test-results', 'playwright-report']);

let copy = '';
let result: { status: number | null; output: string } = { status: null, output: '' };
let expected: string[] = [];

interface TransferJson {
  step: number;
  window: { start: string; sources: string[] };
}

beforeAll(() => {
  copy = mkdtempSync(path.join(tmpdir(), 'shell-route-build-'));
  cpSync(repoRoot, copy, {
    recursive: true,
    filter: (src) => {
      const rel = path.relative(repoRoot, src);
      const top = rel.split(path.sep)[0] ?? '';
      return !(SKIP.has(top) || top.startsWith('.tmp') || rel === path.join('bench', 'out'));
    },
  });
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(copy, 'node_modules'), 'dir');

  // Break two transfers: a source id that sources.json does not have, and a date not on the calendar.
  const file = path.join(copy, 'data', 'transfers.json');
  const json = JSON.parse(readFileSync(file, 'utf8')) as { transfers: TransferJson[] };
  const a = json.transfers.findIndex((t) => t.step === 3);
  const b = json.transfers.findIndex((t) => t.step === 6);
  json.transfers[a]!.window.sources[0] = 'no-such-source';
  json.transfers[b]!.window.start = '2023-02-30';
  writeFileSync(file, JSON.stringify(json, null, 2));
  expected = [
    `data/transfers.json: transfers[${a}].window.sources[0]: unknown source id "no-such-source"`,
    `data/transfers.json: transfers[${b}].window.start: `,
  ];

  const r = spawnSync('npm', ['run', 'build'], {
    cwd: copy,
    encoding: 'utf8',
    timeout: 55_000,
    env: { ...process.env, npm_config_update_notifier: 'false', FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  result = { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}, 60_000);

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('npm run build with a broken data file', () => {
  it('exits non-zero', () => {
    expect(result.status, result.output).not.toBe(0);
    expect(result.status, result.output).not.toBeNull(); // null = killed by the timeout
  });

  it('prints a "data/transfers.json: transfers[…]…" line for each problem', () => {
    for (const line of expected) expect(result.output, result.output).toContain(line);
    expect(result.output).toMatch(/^data\/transfers\.json: transfers\[\d+\]\.window\.start: .*calendar date/m);
    expect(result.output).toMatch(/✗ \d+ data issues?/);
  });

  it('stops before type-checking and bundling, so no dist/ is written', () => {
    expect(existsSync(path.join(copy, 'dist'))).toBe(false);
    expect(result.output).not.toMatch(/vite v\d|building for production/i);
  });
});
