/** scripts/check/check-deps.ts: exact versions, licence expressions, the production tree, lockfile sources. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  checkDeps,
  checkLockSources,
  checkPinned,
  declaredLicence,
  isExactVersion,
  isLicenceAllowed,
  productionKeys,
  type LockEntry,
  type Lockfile,
} from '../../scripts/check/check-deps';
import { repoRoot } from '../fixtures/data';

const noInstalled = (): LockEntry | null => null;

describe('isExactVersion', () => {
  it.each(['1.2.3', '0.0.1', '19.3.1', '7946.0.16', '1.0.0-rc.1', '2.0.0-beta-3', '1.2.3+build.5'])('accepts %s', (v) => {
    expect(isExactVersion(v)).toBe(true);
  });
  it.each([
    '^1.2.3', '~1.2.3', '*', 'x', '1.x', '1.2.x', '1.2', '1', '>=1.2.3', '1.2.3 - 1.4.0', '1.2.3 || 2.0.0', '=1.2.3', 'v1.2.3',
    'latest', 'next', '', 'git+https://github.com/a/b.git', 'github:a/b', 'file:../x', 'https://x.org/a.tgz', 'npm:react@19.3.1', 'workspace:*',
  ])('rejects %j', (v) => {
    expect(isExactVersion(v)).toBe(false);
  });
});

describe('checkPinned', () => {
  it('reports each range in dependencies and devDependencies, naming the field', () => {
    const v = checkPinned({ dependencies: { a: '1.0.0', b: '^2.0.0' }, devDependencies: { c: '~3.1.0', d: 'latest', e: '4.0.0' } });
    expect(v.map((x) => x.package)).toEqual(['b', 'c', 'd']);
    expect(v[0]!.message).toContain('dependencies.b is "^2.0.0"');
    expect(v[1]!.message).toContain('devDependencies.c');
  });
  it('passes the real package.json', async () => {
    const pkg = (await import('../../package.json', { with: { type: 'json' } })).default;
    expect(checkPinned(pkg)).toEqual([]);
  });
});

describe('isLicenceAllowed (SPDX expressions)', () => {
  it.each(['MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', 'OFL-1.1', '0BSD', 'CC0-1.0', 'mit',
    '(MIT OR Apache-2.0)', 'MIT AND ISC', '(MIT AND BSD-3-Clause) OR Apache-2.0', '((ISC))', 'MIT OR GPL-3.0-only', 'Apache-2.0+'])('allows %s', (l) => {
    expect(isLicenceAllowed(l)).toBe(true);
  });
  it.each(['GPL-3.0-only', 'LGPL-2.1', 'AGPL-3.0', 'MPL-2.0', 'UNLICENSED', 'SEE LICENSE IN LICENSE.txt', 'BSD', 'Apache 2.0', '',
    'MIT AND GPL-3.0-only', '(MIT AND GPL-2.0)', 'Apache-2.0 WITH LLVM-exception', 'MIT OR', 'OR MIT', '(MIT', 'MIT)', 'MIT ISC',
    'LicenseRef-Proprietary', 'CC-BY-4.0', 'BlueOak-1.0.0', 'Unlicense'])('rejects %j', (l) => {
    expect(isLicenceAllowed(l)).toBe(false);
  });
});

describe('declaredLicence', () => {
  it('reads the license string, the old {type} object and the old licenses list', () => {
    expect(declaredLicence({ license: 'MIT' })).toBe('MIT');
    expect(declaredLicence({ license: { type: 'ISC', url: 'x' } })).toBe('ISC');
    expect(declaredLicence({ licenses: [{ type: 'MIT' }, { type: 'Apache-2.0' }] })).toBe('(MIT OR Apache-2.0)');
    expect(declaredLicence({})).toBeNull();
  });
});

/** The package.json that matches lockfile()'s root. */
const PKG = { dependencies: { app: '1.0.0' }, devDependencies: { tool: '1.0.0' } };

/** A lockfile with app → lib → (nested dep, hoisted dep) and a dev-only tool. */
function lockfile(over: Record<string, LockEntry> = {}): Lockfile {
  return {
    lockfileVersion: 3,
    packages: {
      '': { dependencies: { app: '1.0.0' }, devDependencies: { tool: '1.0.0' } } as LockEntry,
      'node_modules/app': { version: '1.0.0', license: 'MIT', integrity: 'sha512-a', dependencies: { lib: '^2.0.0' } },
      'node_modules/lib': { version: '2.1.0', license: 'ISC', integrity: 'sha512-b', dependencies: { nested: '^1', hoisted: '^1' } },
      'node_modules/lib/node_modules/nested': { version: '1.0.0', license: 'BSD-3-Clause', integrity: 'sha512-c' },
      'node_modules/hoisted': { version: '1.0.0', license: '(MIT OR Apache-2.0)', integrity: 'sha512-d' },
      'node_modules/nested': { version: '9.0.0', license: 'GPL-3.0-only', integrity: 'sha512-e', dev: true },
      'node_modules/tool': { version: '1.0.0', license: 'GPL-3.0-only', integrity: 'sha512-f', dev: true },
      ...over,
    },
  };
}

describe('productionKeys', () => {
  it('follows dependencies transitively, resolving nested copies before hoisted ones, and leaves dev tools out', () => {
    const { keys, missing } = productionKeys(lockfile());
    expect([...keys].sort()).toEqual(['node_modules/app', 'node_modules/hoisted', 'node_modules/lib', 'node_modules/lib/node_modules/nested']);
    expect(missing).toEqual([]);
  });
  it('reports a required package missing from the lockfile', () => {
    const lock = lockfile();
    delete lock.packages!['node_modules/hoisted'];
    expect(productionKeys(lock).missing.map((m) => m.package)).toEqual(['hoisted']);
  });
  it('counts an entry npm did not mark dev even when the walk does not reach it', () => {
    const { keys } = productionKeys(lockfile({ 'node_modules/stray': { version: '1.0.0', license: 'MIT', integrity: 'sha512-s' } }));
    expect(keys.has('node_modules/stray')).toBe(true);
  });
});

describe('checkDeps', () => {
  it('passes a clean tree whose dev-only tools are GPL', () => {
    expect(checkDeps(PKG, lockfile(), noInstalled).violations).toEqual([]);
  });
  it('reports a production package with a licence outside the list, with name, version and licence', () => {
    const r = checkDeps(PKG, lockfile({
      'node_modules/lib/node_modules/nested': { version: '1.0.0', license: 'AGPL-3.0-only', integrity: 'sha512-c' },
    }), noInstalled);
    expect(r.violations).toHaveLength(1);
    expect(r.violations[0]).toMatchObject({ kind: 'licence', package: 'nested@1.0.0' });
    expect(r.violations[0]!.message).toContain('"AGPL-3.0-only"');
  });
  it('falls back to the installed package.json when the lockfile has no licence, and reports none at all', () => {
    const lock = lockfile({ 'node_modules/hoisted': { version: '1.0.0', integrity: 'sha512-d' } });
    const withInstalled = checkDeps(PKG, lock, (key) => (key === 'node_modules/hoisted' ? { license: 'ISC' } : null));
    expect(withInstalled.violations).toEqual([]);
    const without = checkDeps(PKG, lock, noInstalled);
    expect(without.violations.map((v) => v.message)).toEqual([expect.stringContaining('hoisted@1.0.0 (node_modules/hoisted) has licence (none declared)')]);
  });
  it('applies a documented exception only to the pinned version', () => {
    const entry = (version: string): LockEntry => ({ version, integrity: 'sha512-j' });
    const ok = checkDeps(PKG, lockfile({ 'node_modules/@mapbox/jsonlint-lines-primitives': entry('2.0.2') }), noInstalled);
    expect(ok.violations).toEqual([]);
    expect(ok.rows.find((r) => r.name === '@mapbox/jsonlint-lines-primitives')?.exception).toBe('MIT');
    const other = checkDeps(PKG, lockfile({ 'node_modules/@mapbox/jsonlint-lines-primitives': entry('2.0.9') }), noInstalled);
    expect(other.violations.map((v) => v.package)).toEqual(['@mapbox/jsonlint-lines-primitives@2.0.9']);
  });
  it('reports unpinned direct dependencies', () => {
    const lock = lockfile();
    (lock.packages![''] as { devDependencies: Record<string, string> }).devDependencies.tool = '^1.0.0';
    expect(checkDeps({ dependencies: { app: '1.0.0' }, devDependencies: { tool: '^1.0.0' } }, lock, noInstalled).violations.map((v) => v.kind)).toEqual(['unpinned']);
  });
  it('reports a package.json out of step with the lockfile', () => {
    const v = checkDeps({ dependencies: { app: '1.0.1' }, devDependencies: { tool: '1.0.0', extra: '2.0.0' } }, lockfile(), noInstalled).violations;
    expect(v.map((x) => `${x.kind} ${x.package}`)).toEqual(['missing app', 'missing extra']);
    expect(v[0]!.message).toContain('"1.0.1" in package.json but "1.0.0" in package-lock.json');
  });
});

describe('checkLockSources', () => {
  it('accepts the public registry and entries without a resolved URL', () => {
    expect(checkLockSources(lockfile({ 'node_modules/r': { version: '1.0.0', integrity: 'sha512-r', resolved: 'https://registry.npmjs.org/r/-/r-1.0.0.tgz' } }))).toEqual([]);
  });
  it.each([
    'https://registry.example.com/r/-/r-1.0.0.tgz',
    'http://registry.npmjs.org/r/-/r-1.0.0.tgz',
    'git+ssh://git@github.com/a/r.git#abc',
    'https://registry.npmjs.org.evil.example/r.tgz',
    'file:../r',
  ])('reports a package resolved from %s', (resolved) => {
    const v = checkLockSources(lockfile({ 'node_modules/r': { version: '1.0.0', integrity: 'sha512-r', resolved } }));
    expect(v).toEqual([expect.objectContaining({ kind: 'registry', package: 'node_modules/r' })]);
  });
  it('reports a package without an integrity hash', () => {
    expect(checkLockSources(lockfile({ 'node_modules/r': { version: '1.0.0' } })).map((v) => v.kind)).toEqual(['integrity']);
  });
});

describe('npm run check:deps on this repo', () => {
  it('exits 0 and prints the licence table', () => {
    const r = spawnSync('npx', ['tsx', 'scripts/check/check-deps.ts'], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^licence\s+count\s+packages$/m);
    expect(r.stdout).toMatch(/^BSD-3-Clause\s+\d+\s+.*maplibre-gl/m);
    expect(r.stdout).toContain('✓ dependencies pinned');
  });
});
