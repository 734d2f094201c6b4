/**
 * The search page's state in its URL (`/search/?q=ป่าชุมชน&area=environment&province=น่าน`), so a
 * search can be shared, bookmarked and restored with the back button. One state gives one URL:
 * keys always come in the same order.
 */

import { SEARCH_FILTER_KEYS } from './record';

export interface SearchState {
  /** The query as typed. */
  q: string;
  /** Selected filter values by URL key, e.g. `{ area: ['health'], sort: ['newest'] }`. */
  filters: Record<string, string[]>;
}

/** How many values a key may hold: a filter can select several, an ordering only one. */
export type KeyArity = 'many' | 'one';

/**
 * The keys the search page understands, in URL order: the filters (src/search/record.ts,
 * SEARCH_FILTER_KEYS), several values each, then the ordering.
 */
export const SEARCH_URL_KEYS: Readonly<Record<string, KeyArity>> = {
  ...Object.fromEntries(SEARCH_FILTER_KEYS.map((key) => [key, 'many' as const])),
  sort: 'one',
};

const QUERY_KEY = 'q';

/** Values of one key: trimmed, empty ones dropped, each once, in the order given. */
function cleanValues(values: readonly string[], arity: KeyArity): string[] {
  const unique = [...new Set(values.map((value) => value.trim()).filter(Boolean))];
  return arity === 'one' ? unique.slice(0, 1) : unique;
}

/**
 * Reads the state from a query string (`location.search`, with or without "?") or URLSearchParams.
 * Unknown keys are ignored; a filter key without values is left out.
 */
export function readSearchState(
  search: string | URLSearchParams,
  keys: Readonly<Record<string, KeyArity>> = SEARCH_URL_KEYS,
): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: Record<string, string[]> = {};
  for (const [key, arity] of Object.entries(keys)) {
    const values = cleanValues(params.getAll(key), arity);
    if (values.length > 0) filters[key] = values;
  }
  return { q: (params.get(QUERY_KEY) ?? '').trim(), filters };
}

/**
 * Writes the state as a query string starting with "?" ("" for an empty state): q first, then
 * the filter keys in the order of `keys`, each value in the order selected. Unknown keys are left out.
 */
export function writeSearchState(
  state: SearchState,
  keys: Readonly<Record<string, KeyArity>> = SEARCH_URL_KEYS,
): string {
  const params = new URLSearchParams();
  const q = state.q.trim();
  if (q) params.set(QUERY_KEY, q);
  for (const [key, arity] of Object.entries(keys)) {
    for (const value of cleanValues(state.filters[key] ?? [], arity)) params.append(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
