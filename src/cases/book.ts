import { casesInArea, sortCases, type CaseSummary } from './lists';
import { CORE_AREAS, type CoreArea, type CoreAreaSlug } from './vocabulary';

/**
 * Most cases one book page (a volume) holds. A page of every case stops being a page a browser or
 * the build can hold long before the library is full (10,000 cases made one page of about 150 MB
 * and ran the build out of memory), so a larger book is split into volumes of this many cases.
 */
export const BOOK_VOLUME_SIZE = 200;

/** One area's part of a printed book: the area and its cases in Thai title order. */
export interface BookPart<T extends CaseSummary> {
  area: CoreArea;
  cases: T[];
}

/** One page of a book: volume `number` of `count`, with the parts of the cases it holds. */
export interface BookVolume<T extends CaseSummary> {
  number: number;
  count: number;
  parts: BookPart<T>[];
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

/**
 * A book's parts cut into volumes of at most `size` cases, in order; a part that spans two volumes
 * is in both. A book without cases is one empty volume (its page says so).
 */
export function bookVolumes<T extends CaseSummary>(
  parts: readonly BookPart<T>[],
  size = BOOK_VOLUME_SIZE,
): BookVolume<T>[] {
  const volumes: BookPart<T>[][] = [[]];
  let room = size;
  for (const part of parts) {
    let rest = part.cases;
    if (rest.length === 0) volumes.at(-1)!.push(part);
    while (rest.length > 0) {
      if (room === 0) {
        volumes.push([]);
        room = size;
      }
      volumes.at(-1)!.push({ area: part.area, cases: rest.slice(0, room) });
      room -= Math.min(room, rest.length);
      rest = rest.slice(volumes.at(-1)!.at(-1)!.cases.length);
    }
  }
  return volumes.map((volumeParts, index) => ({ number: index + 1, count: volumes.length, parts: volumeParts }));
}

/** The site path of a volume: the book's own path for the first, `<book>/<n>/` for the others. */
export const bookVolumePath = (bookPath: string, number: number): string =>
  number === 1 ? bookPath : `${bookPath}${number}/`;

/** The `[...volume]` route parameter of a volume: none for the first. */
export const bookVolumeParam = (number: number): string | undefined => (number === 1 ? undefined : String(number));
