/**
 * The facet table: each indexed case's filter values and year, keyed by its Pagefind page id.
 *
 * Pagefind finds the pages that match the words; the search page narrows them by filters, counts
 * the filter values and orders them by year from this table. Pagefind can do all three itself,
 * but it then computes every filter's counts on every search, which at 10,000 cases makes a
 * common-word query ten times slower, and its year ordering adds to the metadata every first
 * query fetches. The table is written next to the index at build time
 * (src/search/build/facet-file.ts) and fetched by the search page when it first needs it.
 */
import { SEARCH_FILTER_KEYS, type SearchFilterKey } from './record';

/** One indexed case, as the table records it. */
export interface FacetEntry {
  /** Pagefind's id for the page (the name of its fragment file). */
  id: string;
  filters: Record<SearchFilterKey, readonly string[]>;
  /** Year started or known from (Common Era), null when unknown. */
  year: number | null;
}

/**
 * The table as a JSON file: compact, because it grows with the collection. Rows are in the order
 * of the page ids. Each key's column lists the pages' value numbers (base 36, several joined by
 * "."), rows separated by ",".
 */
export interface FacetFile {
  /** What every page id starts with (Pagefind's language code and "_"). */
  idPrefix: string;
  /**
   * The rest of each id, a hexadecimal number, as the difference from the row before in base 36,
   * separated by ",": sorted random numbers differ by far less than they are.
   */
  ids: string;
  /** The values of each filter key; the columns refer to them by position. */
  values: Record<SearchFilterKey, string[]>;
  columns: Record<SearchFilterKey, string>;
  /** Years (Common Era) separated by ",", empty when unknown. */
  years: string;
}

/** The table, ready to use. */
export interface FacetTable {
  /** The page id of each row. */
  ids: string[];
  /** Row number of each page id. */
  rows: Map<string, number>;
  values: Record<SearchFilterKey, string[]>;
  /** For each key, each row's value numbers. */
  columns: Record<SearchFilterKey, number[][]>;
  years: Array<number | null>;
}

/** Selected filter values per key; several values of one key mean any of them. */
export type FacetSelection = Partial<Record<SearchFilterKey, readonly string[]>>;

function decodeIds(file: Pick<FacetFile, 'idPrefix' | 'ids'>): string[] {
  if (file.ids === '') return [];
  let value = 0n;
  return file.ids.split(',').map((cell) => {
    const [delta, width] = cell.split('.');
    value += [...delta!].reduce((sum, digit) => sum * 36n + BigInt(parseInt(digit, 36)), 0n);
    return file.idPrefix + value.toString(16).padStart(Number(width), '0');
  });
}

export function readFacetFile(file: FacetFile): FacetTable {
  const ids = decodeIds(file);
  const rowsOf = (column: string) => (ids.length === 0 ? [] : column.split(','));
  const columns = Object.fromEntries(
    SEARCH_FILTER_KEYS.map((key) => [
      key,
      rowsOf(file.columns[key]).map((cell) => (cell === '' ? [] : cell.split('.').map((n) => parseInt(n, 36)))),
    ]),
  ) as Record<SearchFilterKey, number[][]>;
  for (const key of SEARCH_FILTER_KEYS)
    if (columns[key].length !== ids.length)
      throw new Error(`facet table: the ${key} column has ${columns[key].length} rows for ${ids.length} pages`);
  const years = rowsOf(file.years).map((cell) => (cell === '' ? null : Number(cell)));
  return { ids, rows: new Map(ids.map((id, row) => [id, row])), values: file.values, columns, years };
}

/** For each key with selections, the value numbers selected (values the table lacks match nothing). */
function selectedNumbers(table: FacetTable, selection: FacetSelection): Array<[SearchFilterKey, Set<number>]> {
  return SEARCH_FILTER_KEYS.filter((key) => (selection[key]?.length ?? 0) > 0).map((key) => [
    key,
    new Set(selection[key]!.map((value) => table.values[key].indexOf(value)).filter((n) => n >= 0)),
  ]);
}

const rowMatches = (table: FacetTable, row: number, wanted: ReadonlyArray<[SearchFilterKey, Set<number>]>) =>
  wanted.every(([key, numbers]) => table.columns[key][row]!.some((n) => numbers.has(n)));

/**
 * Whether a page has, for every key with selections, at least one selected value. Without
 * selections every page passes, including any the table does not know.
 */
export function facetMatcher(table: FacetTable, selection: FacetSelection): (id: string) => boolean {
  const wanted = selectedNumbers(table, selection);
  if (wanted.length === 0) return () => true;
  return (id) => {
    const row = table.rows.get(id);
    return row !== undefined && rowMatches(table, row, wanted);
  };
}

/**
 * How many results carry each filter value. A key's counts take the other keys' selections into
 * account but not its own, so the list shows what choosing another value of that key would give.
 */
export function countFacets<R>(
  table: FacetTable,
  results: readonly R[],
  idOf: (result: R) => string,
  selection: FacetSelection,
): Record<SearchFilterKey, Record<string, number>> {
  const wanted = selectedNumbers(table, selection);
  const rows: number[] = [];
  for (const result of results) {
    const row = table.rows.get(idOf(result));
    if (row !== undefined) rows.push(row);
  }
  const counts = {} as Record<SearchFilterKey, Record<string, number>>;
  for (const key of SEARCH_FILTER_KEYS) {
    const others = wanted.filter(([other]) => other !== key);
    const column = table.columns[key];
    const tally = new Array<number>(table.values[key].length).fill(0);
    // Plain loops: this runs over every match of a common word, often before the engine has warmed up.
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      if (others.length > 0 && !rowMatches(table, row, others)) continue;
      const numbers = column[row]!;
      for (let j = 0; j < numbers.length; j++) tally[numbers[j]!]!++;
    }
    const keyCounts: Record<string, number> = {};
    for (let n = 0; n < tally.length; n++) if (tally[n]! > 0) keyCounts[table.values[key][n]!] = tally[n]!;
    counts[key] = keyCounts;
  }
  return counts;
}

/** Results ordered by year, newest or oldest first; cases with no known year go last either way. */
export function orderByYear<R>(
  table: FacetTable,
  results: readonly R[],
  idOf: (result: R) => string,
  order: 'newest' | 'oldest',
): R[] {
  const yearOf = (result: R) => {
    const row = table.rows.get(idOf(result));
    return row === undefined ? null : (table.years[row] ?? null);
  };
  const sign = order === 'newest' ? -1 : 1;
  return results
    .map((result, index) => ({ result, index, year: yearOf(result) }))
    .sort((a, b) => {
      if (a.year === null || b.year === null) return a.year === b.year ? a.index - b.index : a.year === null ? 1 : -1;
      return sign * (a.year - b.year) || a.index - b.index;
    })
    .map(({ result }) => result);
}
