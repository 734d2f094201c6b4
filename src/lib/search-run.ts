import { planQuery, type QueryPlan } from './search-query';

const idOf = (result: unknown): unknown => (result as { id?: unknown }).id ?? result;

/** The slice of pagefind.js a search needs; the browser's module and the Node loader both fit. */
export interface PagefindSearcher<R> {
  search: (query: string | null, options?: Record<string, unknown>) => Promise<{
    results: R[];
    filters: Record<string, Record<string, number>>;
  }>;
}

export interface PlannedSearch<R> {
  plan: QueryPlan;
  results: R[];
  filters: Record<string, Record<string, number>>;
  /** 'phrase' when the exact phrase found pages, 'words' when the looser query did, 'filters' for filters only. */
  matched: 'phrase' | 'words' | 'filters' | 'nothing';
}

/**
 * Runs a typed query the knowledge base's way: planned with Thai normalisation and segmentation,
 * the exact phrase first and the looser all-words query only when the phrase finds nothing.
 * An empty query with filters lists the filtered cases.
 */
export async function plannedSearch<R>(
  pagefind: PagefindSearcher<R>,
  raw: string,
  options: Record<string, unknown> = {},
): Promise<PlannedSearch<R>> {
  const plan = planQuery(raw);
  const hasFilters = Object.keys((options.filters as object | undefined) ?? {}).length > 0;
  if (plan.terms.length === 0) {
    if (!hasFilters) return { plan, results: [], filters: {}, matched: 'nothing' };
    const search = await pagefind.search(null, options);
    return { plan, ...search, matched: 'filters' };
  }
  if (plan.phrase) {
    const phrase = await pagefind.search(plan.phrase, options);
    if (phrase.results.length === 1) return { plan, ...phrase, matched: 'phrase' };
    if (phrase.results.length > 1) {
      const words = await pagefind.search(plan.fallback, options);
      // Pagefind scores every phrase hit alike, so the phrase hits are put in the order the
      // all-words query ranks them (every phrase hit has all the words).
      const rank = new Map(words.results.map((result, index) => [idOf(result), index]));
      const results = [...phrase.results].sort(
        (a, b) => (rank.get(idOf(a)) ?? Infinity) - (rank.get(idOf(b)) ?? Infinity),
      );
      return { plan, results, filters: phrase.filters, matched: 'phrase' };
    }
  }
  const words = await pagefind.search(plan.fallback, options);
  return { plan, ...words, matched: words.results.length > 0 ? 'words' : 'nothing' };
}
