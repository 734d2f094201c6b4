import { openDataRecord, type OpenDataRecord } from '../open-data/record';
import { getPlacedCases } from './places';

/** Every case as an open-data record, in slug order (stable from one build to the next). */
export async function getOpenDataRecords(site: URL): Promise<OpenDataRecord[]> {
  const placed = await getPlacedCases();
  return placed
    .map(({ entry, matches }) =>
      openDataRecord({ id: entry.id, data: entry.data, placeCodes: matches.map((match) => match.code) }, site),
    )
    .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}
