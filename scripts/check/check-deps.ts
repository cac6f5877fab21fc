/**
 * Dependency hygiene, offline (no registry or audit endpoint needed):
 *  - every dependency/devDependency in package.json is pinned to an exact version;
 *  - every package that ships to users (reachable from `dependencies`, transitively, per
 *    package-lock.json) has a permissive licence;
 *  - package-lock.json resolves nothing outside https://registry.npmjs.org/ and has an
 *    integrity hash for every registry package.
 * Prints a licence table and every violation; exits 1 on any. Run by `npm run check:deps`
 * (part of `npm test`). `npm audit` needs the audit endpoint: see the README.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import satisfies from 'spdx-satisfies';

/** Licences whose terms allow shipping in a public static site with attribution only. */
export const ALLOWED_LICENCES = ['MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', 'OFL-1.1', '0BSD', 'CC0-1.0'] as const;

/**
 * Packages whose package.json does not state a usable licence although the licence itself is
 * permissive. Keyed by name; `version` pins the exception so an upgrade is checked afresh.
 */
export const LICENCE_EXCEPTIONS: Readonly<Record<string, { version: string; licence: string; why: string }>> = {
  '@mapbox/jsonlint-lines-primitives': {
    version: '2.0.2',
    licence: 'MIT',
    why:
      'maplibre-gl dependency. The 2.0.2 tarball has no "license" field and no LICENSE file, but the source repo ' +
      '(github.com/mapbox/jsonlint, a fork of the MIT-licensed zaach/jsonlint) has an MIT LICENSE and 2.0.3 declares "MIT".',
  },
};

export const REGISTRY = 'https://registry.npmjs.org/';

export interface Violation {
  kind: 'unpinned' | 'licence' | 'registry' | 'integrity' | 'missing';
  package: string;
  message: string;
}

// ----------------------------------------------------------------------------------------------
// Exact versions

/** True for an exact semver version (1.2.3, 1.2.3-rc.1, 1.2.3+build); false for ranges, tags, URLs. */
export function isExactVersion(spec: string): boolean {
  return /^\d+\.\d+\.\d+(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/.test(spec);
}

export interface PackageJson {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

/** Every direct dependency whose version is not exact. */
export function checkPinned(pkg: PackageJson): Violation[] {
  const out: Violation[] = [];
  for (const field of ['dependencies', 'devDependencies', 'optionalDependencies'] as const) {
    for (const [name, spec] of Object.entries(pkg[field] ?? {})) {
      if (!isExactVersion(spec))
        out.push({ kind: 'unpinned', package: name, message: `${field}.${name} is "${spec}", not an exact version (use npm install --save-exact)` });
    }
  }
  return out;
}

// ----------------------------------------------------------------------------------------------
// SPDX licence expressions

const CANONICAL = new Map<string, string>(ALLOWED_LICENCES.map((id) => [id.toLowerCase(), id]));

/**
 * Whether an SPDX expression lets us use the package under allowed licences only (spdx-satisfies:
 * `A OR B` needs one allowed side, `A AND B` both, `X+` is allowed when X is). An allowed id in
 * the wrong case ("mit") is read as that id; `WITH` exceptions, LicenseRef-*, "SEE LICENSE IN …",
 * "UNLICENSED" and anything that is not an SPDX expression are not allowed.
 */
export function isLicenceAllowed(expr: string, allowed: readonly string[] = ALLOWED_LICENCES): boolean {
  const spelled = expr.replace(/[A-Za-z0-9.-]+/g, (w) => CANONICAL.get(w.toLowerCase()) ?? w);
  try {
    return satisfies(spelled, [...allowed]);
  } catch {
    return false;
  }
}

/** The licence a package.json or lockfile entry declares, as one SPDX expression (or null). */
export function declaredLicence(entry: { license?: unknown; licenses?: unknown }): string | null {
  const l = entry.license;
  if (typeof l === 'string' && l.trim()) return l.trim();
  // Old form: {type, url} or a list of them, meaning "any of these".
  if (l && typeof l === 'object' && typeof (l as { type?: unknown }).type === 'string') return (l as { type: string }).type;
  const list = entry.licenses;
  if (Array.isArray(list)) {
    const types = list.map((x: unknown) => (x && typeof x === 'object' ? (x as { type?: unknown }).type : x)).filter((t): t is string => typeof t === 'string' && t.trim() !== '');
    if (types.length === 1) return types.join('');
    if (types.length > 1) return `(${types.join(' OR ')})`;
  }
  return null;
}

// ----------------------------------------------------------------------------------------------
// The lockfile

export interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  license?: unknown;
  licenses?: unknown;
  dev?: boolean;
  devOptional?: boolean;
  optional?: boolean;
  peer?: boolean;
  link?: boolean;
  inBundle?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}
export interface Lockfile {
  lockfileVersion?: number;
  packages?: Record<string, LockEntry>;
}

/** `node_modules/a/node_modules/@s/b` → `@s/b`. */
export function nameFromKey(key: string): string {
  const i = key.lastIndexOf('node_modules/');
  return i < 0 ? key : key.slice(i + 'node_modules/'.length);
}

/** Where Node would find `name` when required from the package installed at `from`. */
function resolveKey(packages: Record<string, LockEntry>, from: string, name: string): string | null {
  let dir = from;
  for (;;) {
    const key = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[key]) return key;
    if (!dir) return null;
    const i = dir.lastIndexOf('/node_modules/');
    dir = i < 0 ? '' : dir.slice(0, i);
  }
}

/**
 * Lockfile keys of every package that ships to users: reachable from the root's `dependencies`
 * through dependencies, optional dependencies and required peers; plus, to be safe, every entry
 * npm itself does not mark as dev-only. Missing required packages are reported.
 */
export function productionKeys(lock: Lockfile): { keys: Set<string>; missing: Violation[] } {
  const packages = lock.packages ?? {};
  const keys = new Set<string>();
  const missing: Violation[] = [];
  const root = packages[''] ?? {};
  const queue: [from: string, name: string, optional: boolean][] = [
    ...Object.keys(root.dependencies ?? {}).map((n): [string, string, boolean] => ['', n, false]),
    ...Object.keys(root.optionalDependencies ?? {}).map((n): [string, string, boolean] => ['', n, true]),
  ];
  for (let next = queue.shift(); next; next = queue.shift()) {
    const [from, name, optional] = next;
    const key = resolveKey(packages, from, name);
    if (!key) {
      if (!optional) missing.push({ kind: 'missing', package: name, message: `${name} (needed by ${from || 'package.json'}) is not in package-lock.json` });
      continue;
    }
    if (keys.has(key)) continue;
    keys.add(key);
    const e = packages[key] ?? {};
    for (const n of Object.keys(e.dependencies ?? {})) queue.push([key, n, false]);
    for (const n of Object.keys(e.optionalDependencies ?? {})) queue.push([key, n, true]);
    for (const n of Object.keys(e.peerDependencies ?? {})) queue.push([key, n, true]);
  }
  for (const [key, e] of Object.entries(packages)) if (key && !e.dev && !e.link) keys.add(key);
  return { keys, missing };
}

export interface LicenceRow {
  key: string;
  name: string;
  version: string;
  licence: string | null;
  exception?: string;
  allowed: boolean;
}

/** Licence of each production package, from the lockfile or else its installed package.json. */
export function licenceRows(lock: Lockfile, keys: Iterable<string>, readInstalled: (key: string) => LockEntry | null): LicenceRow[] {
  const packages = lock.packages ?? {};
  const rows: LicenceRow[] = [];
  for (const key of [...keys].sort()) {
    const e = packages[key] ?? {};
    const name = nameFromKey(key);
    const version = e.version ?? readInstalled(key)?.version ?? '?';
    const licence = declaredLicence(e) ?? (() => {
      const installed = readInstalled(key);
      return installed ? declaredLicence(installed) : null;
    })();
    const exc = LICENCE_EXCEPTIONS[name];
    if (licence !== null && isLicenceAllowed(licence)) rows.push({ key, name, version, licence, allowed: true });
    else if (exc && exc.version === version && isLicenceAllowed(exc.licence))
      rows.push({ key, name, version, licence, exception: exc.licence, allowed: true });
    else rows.push({ key, name, version, licence, allowed: false });
  }
  return rows;
}

export function licenceViolations(rows: readonly LicenceRow[]): Violation[] {
  return rows
    .filter((r) => !r.allowed)
    .map((r) => ({
      kind: 'licence' as const,
      package: `${r.name}@${r.version}`,
      message: `${r.name}@${r.version} (${r.key}) has licence ${r.licence === null ? '(none declared)' : `"${r.licence}"`}, not in ${ALLOWED_LICENCES.join(', ')}`,
    }));
}

/** package.json and the lockfile's root entry must list the same direct dependencies (npm install was run). */
export function checkLockInSync(pkg: PackageJson, lock: Lockfile): Violation[] {
  const root = lock.packages?.[''] ?? {};
  const out: Violation[] = [];
  for (const field of ['dependencies', 'devDependencies', 'optionalDependencies'] as const) {
    const inLock = (root as Record<string, Record<string, string> | undefined>)[field] ?? {};
    const inPkg = pkg[field] ?? {};
    for (const name of new Set([...Object.keys(inPkg), ...Object.keys(inLock)]))
      if (inPkg[name] !== inLock[name])
        out.push({ kind: 'missing', package: name, message: `${field}.${name} is ${JSON.stringify(inPkg[name] ?? null)} in package.json but ${JSON.stringify(inLock[name] ?? null)} in package-lock.json (run npm install)` });
  }
  return out;
}

/** Every lockfile entry must come from the public registry and carry an integrity hash. */
export function checkLockSources(lock: Lockfile): Violation[] {
  const out: Violation[] = [];
  for (const [key, e] of Object.entries(lock.packages ?? {})) {
    if (!key || e.link || e.inBundle) continue;
    if (e.resolved !== undefined && !e.resolved.startsWith(REGISTRY))
      out.push({ kind: 'registry', package: key, message: `${key} resolves to ${e.resolved}, outside ${REGISTRY}` });
    if (!e.integrity) out.push({ kind: 'integrity', package: key, message: `${key} has no integrity hash in package-lock.json` });
  }
  return out;
}

export interface Report {
  violations: Violation[];
  rows: LicenceRow[];
  directCount: number;
  lockCount: number;
  resolvedCount: number;
}

/** Runs every check on parsed package.json / package-lock.json. */
export function checkDeps(pkg: PackageJson, lock: Lockfile, readInstalled: (key: string) => LockEntry | null): Report {
  const violations: Violation[] = [];
  if (lock.lockfileVersion !== 3 && lock.lockfileVersion !== 2)
    violations.push({ kind: 'missing', package: 'package-lock.json', message: `lockfileVersion ${String(lock.lockfileVersion)} has no "packages" map (need 2 or 3)` });
  violations.push(...checkPinned(pkg));
  violations.push(...checkLockInSync(pkg, lock));
  const { keys, missing } = productionKeys(lock);
  violations.push(...missing);
  const rows = licenceRows(lock, keys, readInstalled);
  violations.push(...licenceViolations(rows));
  violations.push(...checkLockSources(lock));
  const entries = Object.entries(lock.packages ?? {}).filter(([k]) => k);
  return {
    violations,
    rows,
    directCount: Object.keys({ ...pkg.dependencies, ...pkg.devDependencies, ...pkg.optionalDependencies }).length,
    lockCount: entries.length,
    resolvedCount: entries.filter(([, e]) => e.resolved !== undefined).length,
  };
}

/** A plain-text summary: one row per licence, then the exceptions used. */
export function formatReport(r: Report): string {
  const byLicence = new Map<string, LicenceRow[]>();
  for (const row of r.rows) {
    const label = row.exception ? `${row.exception} (exception)` : row.allowed ? String(row.licence) : `✗ ${row.licence ?? '(none)'}`;
    byLicence.set(label, [...(byLicence.get(label) ?? []), row]);
  }
  const table = [...byLicence.entries()].sort((a, b) => b[1].length - a[1].length);
  const w = Math.max(7, ...table.map(([l]) => l.length));
  const lines = [
    `production packages (transitive): ${r.rows.length}`,
    `${'licence'.padEnd(w)}  count  packages`,
    `${'-'.repeat(w)}  -----  --------`,
    ...table.map(([l, rows]) => {
      const names = [...new Set(rows.map((x) => x.name))];
      const shown = names.slice(0, 6).join(', ') + (names.length > 6 ? `, … +${names.length - 6}` : '');
      return `${l.padEnd(w)}  ${String(rows.length).padStart(5)}  ${shown}`;
    }),
  ];
  for (const row of r.rows.filter((x) => x.exception))
    lines.push(`exception: ${row.name}@${row.version} declares ${row.licence ?? 'no licence'}; treated as ${row.exception}: ${LICENCE_EXCEPTIONS[row.name]?.why ?? ''}`);
  lines.push(
    `direct dependencies pinned: ${r.directCount - r.violations.filter((v) => v.kind === 'unpinned').length}/${r.directCount}`,
    `lockfile entries: ${r.lockCount}, with a resolved URL: ${r.resolvedCount} (all must be under ${REGISTRY})`,
  );
  return lines.join('\n');
}

// ----------------------------------------------------------------------------------------------

function main(): number {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const readJson = <T>(file: string): T => JSON.parse(readFileSync(path.join(root, file), 'utf8')) as T;
  const readInstalled = (key: string): LockEntry | null => {
    const file = path.join(root, key, 'package.json');
    return existsSync(file) ? readJson<LockEntry>(path.relative(root, file)) : null;
  };
  const report = checkDeps(readJson<PackageJson>('package.json'), readJson<Lockfile>('package-lock.json'), readInstalled);
  console.log(formatReport(report));
  if (report.violations.length > 0) {
    for (const v of report.violations) console.error(`✗ ${v.kind}: ${v.message}`);
    console.error(`✗ ${report.violations.length} dependency problem${report.violations.length === 1 ? '' : 's'}`);
    return 1;
  }
  console.log('✓ dependencies pinned, production licences permissive, lockfile from the public registry');
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
