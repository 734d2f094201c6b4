/** Writes the facet table (src/search/facets.ts) for the pages Pagefind indexed. Build only. */
import type { FacetEntry, FacetFile } from '../facets';
import { SEARCH_FILTER_KEYS, type SearchFilterKey } from '../record';

/** Pagefind page ids: a language code, "_" and a hexadecimal hash. */
const PAGE_ID = /^([a-z]+_)([0-9a-f]+)$/;

function encodeIds(ids: readonly string[]): Pick<FacetFile, 'idPrefix' | 'ids'> {
  const parts = ids.map((id) => PAGE_ID.exec(id));
  const idPrefix = parts[0]?.[1] ?? '';
  parts.forEach((part, index) => {
    if (!part || part[1] !== idPrefix)
      throw new Error(`facet table: "${ids[index]}" is not a Pagefind page id like ${idPrefix || 'zz_'}1a2b3c4`);
  });
  let previous = 0n;
  const deltas = parts.map((part) => {
    const value = BigInt(`0x${part![2]}`);
    const delta = value - previous;
    previous = value;
    return `${delta.toString(36)}.${part![2]!.length}`;
  });
  return { idPrefix, ids: deltas.join(',') };
}

/** The table as a file, rows in the order of the page ids. */
export function writeFacetFile(unsorted: readonly FacetEntry[]): FacetFile {
  const hex = (id: string) => BigInt(`0x${PAGE_ID.exec(id)?.[2] ?? '0'}`);
  const entries = [...unsorted].sort((a, b) => (hex(a.id) < hex(b.id) ? -1 : hex(a.id) > hex(b.id) ? 1 : 0));
  const values = Object.fromEntries(
    SEARCH_FILTER_KEYS.map((key) => [key, [...new Set(entries.flatMap((entry) => entry.filters[key]))].sort()]),
  ) as Record<SearchFilterKey, string[]>;
  const columns = Object.fromEntries(
    SEARCH_FILTER_KEYS.map((key) => {
      const number = new Map(values[key].map((value, index) => [value, index.toString(36)]));
      return [key, entries.map((entry) => entry.filters[key].map((value) => number.get(value)).join('.')).join(',')];
    }),
  ) as Record<SearchFilterKey, string>;
  return {
    ...encodeIds(entries.map((entry) => entry.id)),
    values,
    columns,
    years: entries.map((entry) => (entry.year === null ? '' : String(entry.year))).join(','),
  };
}
