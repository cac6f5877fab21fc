import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlacesAgainstFacts, parseFactsPlaces } from '../../src/model/facts-coords';
import { indexOfId, realData, repoRoot } from '../fixtures/data';

const facts = readFileSync(path.join(repoRoot, 'data/reference/facts.md'), 'utf8');

/** Moves a [lon, lat] point due north by `km` (one degree of latitude ≈ 111.19 km). */
function north([lon, lat]: [number, number], km: number): [number, number] {
  return [lon, lat + km / 111.195];
}

describe('parseFactsPlaces', () => {
  const map = parseFactsPlaces(facts);

  it('reads Najin (row 1) as [lon, lat] = [130.3, 42.24]', () => {
    expect(map.get(1)).toEqual([130.3, 42.24]);
  });

  it('reads Tikhoretsk town (row 12) as [40.1253, 45.8547]', () => {
    expect(map.get(12)).toEqual([40.1253, 45.8547]);
  });

  it('leaves out the Tikhoretsk depot (row 13), whose location the fact sheet does not give', () => {
    expect(map.has(13)).toBe(false);
  });

  it('reads every other row of the §6 table, 1 to 34', () => {
    expect([...map.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 34 }, (_, i) => i + 1).filter((n) => n !== 13));
    expect(map.get(14)).toEqual([125.67, 39.2239]);
  });

  it('returns an empty map when there is no section 6', () => {
    expect(parseFactsPlaces('# Facts\n\n## 5. Other\n\n| # | Lat | Lon |\n|---|---|---|\n| 1 | 1 | 2 |\n').size).toBe(0);
  });

  it('finds the Lat and Lon columns by their header, not their position', () => {
    const md = '## 6. Places\n\n| Lon | # | Lat |\n|---|---|---|\n| 10.5 | 7 | -20.25 |\n| — | 8 | — |\n\n## 7. Next\n| 9 | 1 | 1 |\n';
    expect([...parseFactsPlaces(md)]).toEqual([[7, [10.5, -20.25]]]);
  });
});

describe('checkPlacesAgainstFacts', () => {
  const map = parseFactsPlaces(facts);

  it('accepts the real places', () => {
    expect(checkPlacesAgainstFacts(realData().places.places, map)).toEqual([]);
  });

  it('rejects a place 6 km from its fact-sheet coordinate', () => {
    const places = realData().places.places;
    const i = indexOfId(places, 'tikhoretsk-depot');
    const place = places[i];
    if (!place) throw new Error('fixture');
    place.coord = north([40.1253, 45.8547], 6);
    const issues = checkPlacesAgainstFacts(places, map);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'data/places.json', path: `places[${i}].coord` });
    expect(issues[0]?.message).toMatch(/6\.0 km from facts\.md §6 row 12/);
  });

  it('accepts a place 4 km off, inside the 5 km tolerance', () => {
    const places = realData().places.places;
    const place = places[indexOfId(places, 'dunai')];
    if (!place) throw new Error('fixture');
    place.coord = north([132.3375, 42.8803], 4);
    expect(checkPlacesAgainstFacts(places, map)).toEqual([]);
  });

  it('rejects lon and lat given in the wrong order', () => {
    const issues = checkPlacesAgainstFacts([{ coord: [45.8547, 40.1253], factsRow: 12 }], map);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe('places[0].coord');
  });

  it('rejects a place whose facts row has no coordinate', () => {
    const issues = checkPlacesAgainstFacts([null, { coord: [40.1253, 45.8547], factsRow: 13 }], map);
    expect(issues).toEqual([{ file: 'data/places.json', path: 'places[1].factsRow', message: 'facts.md §6 has no coordinate in row 13' }]);
  });
});
