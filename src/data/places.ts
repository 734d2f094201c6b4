import { gazetteer } from '../places/gazetteer-data';
import type { PlaceMatch } from '../places/gazetteer';
import { groupByPlace, type PlacedCase } from '../places/groups';
import { getCases, type CaseEntry } from './cases';

let cache: Promise<PlacedCase<CaseEntry>[]> | undefined;

/** Every case with its places resolved (validation guarantees each resolves to exactly one unit). */
export function getPlacedCases(): Promise<PlacedCase<CaseEntry>[]> {
  cache ??= getCases().then((cases) =>
    cases.map((entry) => ({
      entry,
      matches: entry.data.places.map((place): PlaceMatch => {
        const result = gazetteer.resolvePlace(place);
        if (!result.ok) throw new Error(`${entry.id}: place does not resolve (${result.reason}); run npm run validate`);
        return result;
      }),
    })),
  );
  return cache;
}

export async function getPlaceGroups() {
  return groupByPlace(await getPlacedCases());
}

export { gazetteer };
