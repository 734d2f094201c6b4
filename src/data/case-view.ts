import { adaptedBy } from '../cases/lists';
import { formatPlace } from '../places/labels';
import { placeHref } from '../places/urls';
import { getCases, type CaseEntry } from './cases';
import { getPlacedCases } from './places';

/** What a case's article shows besides its own front matter: its place links and its adaptation links. */
export interface CaseView {
  /** Each place's line and the page it links to, in the order of data.places. */
  places: Array<{ label: string; href: string }>;
  /** The cases this one says it was adapted from. */
  adaptedFrom: CaseEntry[];
  /** The cases that say they were adapted from this one. */
  adaptations: CaseEntry[];
}

/** The links a case's article needs, for the case page and the book alike. */
export async function getCaseView(entry: CaseEntry): Promise<CaseView> {
  const cases = await getCases();
  const matches = (await getPlacedCases()).find((placed) => placed.entry.id === entry.id)?.matches ?? [];
  return {
    places: entry.data.places.map((place, index) => ({
      label: formatPlace(place),
      href: matches[index] ? placeHref(matches[index]) : '/places/',
    })),
    adaptedFrom: cases.filter((other) => entry.data.adaptedFrom?.includes(other.id)),
    adaptations: adaptedBy(cases, entry.id),
  };
}
