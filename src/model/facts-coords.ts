/**
 * Reads the place coordinates out of facts.md (section 6) so the data files can be checked
 * against the fact sheet they come from. Pure: the caller reads the file (node script, tests).
 */
import distance from '@turf/distance';
import type { DataIssue, Place } from './types';

export type FactsCoord = [lon: number, lat: number];

/** The fields of a place that the fact-sheet check needs. */
export type FactsCheckedPlace = Pick<Place, 'coord' | 'factsRow'>;

const PLACES_FILE = 'data/places.json';

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.replace(/\*/g, '').trim());
}

function toNumber(cell: string | undefined): number | null {
  if (cell === undefined || !/^-?\d+(\.\d+)?$/.test(cell)) return null;
  return Number(cell);
}

/**
 * Parses the §6 table ("Places and coordinates") into row number → [lon, lat].
 * Rows without a coordinate ("—") are left out, so a missing row means "not given".
 */
export function parseFactsPlaces(markdown: string): Map<number, FactsCoord> {
  const out = new Map<number, FactsCoord>();
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((l) => /^##\s+6\.\s/.test(l));
  if (start < 0) return out;
  let col: { row: number; lat: number; lon: number } | null = null;
  for (const line of lines.slice(start + 1)) {
    if (/^##\s/.test(line)) break;
    if (!line.trim().startsWith('|')) continue;
    const row = cells(line);
    if (!col) {
      // The header names the columns; find them rather than trusting their order.
      const names = row.map((c) => c.toLowerCase());
      const found = { row: names.indexOf('#'), lat: names.indexOf('lat'), lon: names.indexOf('lon') };
      if (found.row < 0 || found.lat < 0 || found.lon < 0) return out;
      col = found;
      continue;
    }
    if (row.every((c) => /^:?-{3,}:?$/.test(c))) continue;
    const n = toNumber(row[col.row]);
    const lat = toNumber(row[col.lat]);
    const lon = toNumber(row[col.lon]);
    if (n === null || !Number.isInteger(n) || lat === null || lon === null) continue;
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180) continue;
    out.set(n, [lon, lat]);
  }
  return out;
}

/**
 * Checks that every place lies within maxKm of the coordinate in its facts.md row.
 * Entries that are null (places that failed validation) are skipped but keep their index.
 */
export function checkPlacesAgainstFacts(
  places: ReadonlyArray<FactsCheckedPlace | null | undefined>,
  factsMap: ReadonlyMap<number, FactsCoord>,
  maxKm = 5,
): DataIssue[] {
  const issues: DataIssue[] = [];
  places.forEach((place, i) => {
    if (!place) return;
    const fact = factsMap.get(place.factsRow);
    if (!fact) {
      issues.push({
        file: PLACES_FILE,
        path: `places[${i}].factsRow`,
        message: `facts.md §6 has no coordinate in row ${place.factsRow}`,
      });
      return;
    }
    const km = distance(place.coord as FactsCoord, fact, { units: 'kilometers' });
    if (!(km <= maxKm)) {
      issues.push({
        file: PLACES_FILE,
        path: `places[${i}].coord`,
        message: `[${place.coord.join(', ')}] is ${km.toFixed(1)} km from facts.md §6 row ${place.factsRow} [${fact.join(', ')}] (max ${maxKm} km; coordinates are [lon, lat])`,
      });
    }
  });
  return issues;
}
