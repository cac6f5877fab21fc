import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyDataDir, repoRoot } from '../fixtures/data';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function runValidate(args: string[] = []): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('npx', ['tsx', 'scripts/data/validate-data.ts', ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempCopy(): string {
  const dir = copyDataDir();
  temps.push(dir);
  return dir;
}

function editJson(file: string, edit: (json: Record<string, unknown[]>) => void): void {
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown[]>;
  edit(json);
  writeFileSync(file, JSON.stringify(json, null, 2));
}

describe('scripts/data/validate-data.ts', () => {
  it('exits 0 and prints a summary on the real data', () => {
    const r = runValidate();
    expect(r.stderr).not.toMatch(/data\/\S+\.json: /);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/✓ data valid: 10 transfers, \d+ places, \d+ legs, \d+ events, \d+ sources/);
  });

  it('exits 0 on an unmodified copy passed with --data-dir', () => {
    const r = runValidate(['--data-dir', tempCopy()]);
    expect(r.status).toBe(0);
  });

  it('exits 1 and prints "file: path: message" for a broken file in a copy', () => {
    const dir = tempCopy();
    editJson(path.join(dir, 'places.json'), (json) => {
      const places = json.places as { id: string }[];
      const first = places[0];
      const second = places[1];
      if (first && second) second.id = first.id;
    });
    const r = runValidate(['--data-dir', dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('data/places.json: places[1].id: duplicate id "najin"');
  });

  it('reports a file that is not valid JSON as a (parse) issue', () => {
    const dir = tempCopy();
    writeFileSync(path.join(dir, 'events.json'), '{ "events": [ ');
    const r = runValidate(['--data-dir', dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^data\/events\.json: \(parse\): /m);
  });

  it('checks place coordinates against the reference fact sheet', () => {
    const dir = tempCopy();
    editJson(path.join(dir, 'places.json'), (json) => {
      const moscow = (json.places as { id: string; coord: number[] }[]).find((p) => p.id === 'moscow');
      if (moscow) moscow.coord = [37.6173, 55.9];
    });
    const r = runValidate(['--data-dir', dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^data\/places\.json: places\[\d+\]\.coord: .* km from facts\.md §6 row 31/m);
  });
});
