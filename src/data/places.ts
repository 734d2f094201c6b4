import { gazetteer } from '../places/gazetteer-data';
import type { PlaceMatch } from '../places/gazetteer';
import { groupByPlace, type PlacedCase } from '../places/groups';
import { getCases, type CaseEntry } from './cases';

let cache: Promise<PlacedCase<CaseEntry>[]> | undefined;

/**
 * Every case with its places resolved (validation guarantees each resolves to exactly one unit).
 * Under `npm run dev` a case just saved with a place that does not resolve is left out of the place
 * pages instead, so its preview still shows what the validator says about it.
 */
export function getPlacedCases(): Promise<PlacedCase<CaseEntry>[]> {
  cache ??= getCases().then((cases) =>
    cases.flatMap((entry) => {
      const matches: PlaceMatch[] = [];
      for (const place of entry.data.places) {
        const result = gazetteer.resolvePlace(place);
        if (result.ok) matches.push(result);
        else if (import.meta.env.PREVIEW_UNPUBLISHED === true) return [];
        else throw new Error(`${entry.id}: place does not resolve (${result.reason}); run npm run validate`);
      }
      return [{ entry, matches }];
    }),
  );
  return cache;
}

export async function getPlaceGroups() {
  return groupByPlace(await getPlacedCases());
}

export { gazetteer };
