/**
 * Validates data/*.json (shape, cross-file rules, coordinates against the fact sheet) and
 * exits 1 listing every problem as `file: path: message`. Run by `npm run validate` and
 * before every build. `--data-dir DIR` validates another copy (the tests use it).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_FILES, formatIssues, validateDataset, type DataFileKey, type RawDataset } from '../../src/model/dataset';
import { checkPlacesAgainstFacts, parseFactsPlaces } from '../../src/model/facts-coords';
import { placeSchema } from '../../src/model/schema';
import type { DataIssue } from '../../src/model/types';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FACTS_REF = 'data/reference/facts.md';

function parseArgs(argv: string[]): { dataDir: string } {
  let dataDir = path.join(repoRoot, 'data');
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--data-dir') {
      const value = argv[++i];
      if (!value) throw new Error('--data-dir needs a directory');
      dataDir = path.resolve(value);
    } else if (arg?.startsWith('--data-dir=')) {
      dataDir = path.resolve(arg.slice('--data-dir='.length));
    } else {
      throw new Error(`unknown argument ${String(arg)}`);
    }
  }
  return { dataDir };
}

/** `data/places.json` → its path inside the data directory being checked. */
function inDataDir(dataDir: string, label: string): string {
  return path.join(dataDir, label.replace(/^data\//, ''));
}

function readJson(dataDir: string, label: string, issues: DataIssue[]): unknown {
  const file = inDataDir(dataDir, label);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    issues.push({ file: label, path: '(read)', message: err instanceof Error ? err.message : String(err) });
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    issues.push({ file: label, path: '(parse)', message: err instanceof Error ? err.message : String(err) });
    return undefined;
  }
}

function main(): number {
  let dataDir: string;
  try {
    ({ dataDir } = parseArgs(process.argv.slice(2)));
  } catch (err) {
    console.error(`validate-data: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }

  const issues: DataIssue[] = [];
  const raw = {} as RawDataset;
  for (const key of Object.keys(DATA_FILES) as DataFileKey[]) raw[key] = readJson(dataDir, DATA_FILES[key], issues);
  // A file that could not be read or parsed is already reported; don't pile schema errors on it.
  const unreadable = new Set(issues.map((i) => i.file));
  const result = validateDataset(raw);
  if (!result.ok) issues.push(...result.issues.filter((i) => !unreadable.has(i.file)));

  const factsFile = inDataDir(dataDir, FACTS_REF);
  let facts: string | null = null;
  try {
    facts = readFileSync(factsFile, 'utf8');
  } catch (err) {
    issues.push({ file: FACTS_REF, path: '(read)', message: err instanceof Error ? err.message : String(err) });
  }
  if (facts !== null) {
    const factsMap = parseFactsPlaces(facts);
    if (factsMap.size === 0) {
      issues.push({ file: FACTS_REF, path: '§6', message: 'no place coordinates found in section 6' });
    } else {
      const rawPlaces = raw.places;
      const list = typeof rawPlaces === 'object' && rawPlaces !== null && 'places' in rawPlaces ? rawPlaces.places : [];
      const places = Array.isArray(list) ? list.map((p) => placeSchema.safeParse(p).data ?? null) : [];
      issues.push(...checkPlacesAgainstFacts(places, factsMap));
    }
    // The working fact sheet lives beside the repo while the project is being edited.
    const shared = path.resolve(repoRoot, '..', 'shared', 'facts.md');
    if (existsSync(shared) && readFileSync(shared, 'utf8') !== facts) {
      console.warn(`⚠ ${FACTS_REF} differs from ${shared}; copy the shared fact sheet in if it changed, then re-check the data.`);
    }
  }

  if (issues.length > 0) {
    console.error(formatIssues(issues));
    console.error(`✗ ${issues.length} data issue${issues.length === 1 ? '' : 's'}`);
    return 1;
  }
  if (!result.ok) return 1; // unreachable: issues would be non-empty
  const d = result.dataset;
  console.log(
    `✓ data valid: ${d.transfers.length} transfers, ${d.places.length} places, ${d.legs.length} legs, ${d.events.length} events, ${d.sources.length} sources`,
  );
  return 0;
}

process.exitCode = main();
