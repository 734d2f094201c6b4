import { casesInArea, sortCases, type CaseSummary } from './lists';
import { CORE_AREAS, type CoreArea, type CoreAreaSlug } from './vocabulary';

/** One area's part of a printed book: the area and its cases in Thai title order. */
export interface BookPart<T extends CaseSummary> {
  area: CoreArea;
  cases: T[];
}

/**
 * The parts of a book, in the order of the five areas: every area for the whole library, or just
 * `only`; areas without cases are left out of the whole-library book.
 */
export function bookParts<T extends CaseSummary>(cases: readonly T[], only?: CoreAreaSlug): BookPart<T>[] {
  return CORE_AREAS.filter((area) => (only ? area.slug === only : true))
    .map((area) => ({ area, cases: sortCases(casesInArea(cases, area.slug), 'alphabetical') }))
    .filter((part) => only !== undefined || part.cases.length > 0);
}
