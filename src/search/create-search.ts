/**
 * The search as the search page runs it; the benchmark and the tests run the same one. A loaded
 * Pagefind and the bundle's other files (src/search/bundle.ts) in; out, for a query with filters
 * and an ordering: the planned search (src/search/run.ts) narrowed and ordered with the facet
 * table, the filter counts, and the excerpts.
 */
import type { FragmentData, HotResult, SearchBundle } from './bundle';
import { textExcerpt } from './excerpt';
import { countFacets, facetMatcher, orderByYear, type FacetSelection } from './facets';
import { highlightTerms } from './query';
import { SEARCH_FILTER_KEYS, type SearchFilterKey } from './record';
import { plannedSearch, type PagefindSearcher, type PlannedSearch } from './run';

/**
 * Options for pagefind.js wherever the search runs (the page, the tests, the benchmark).
 * `exactDiacritics`: Pagefind folds every combining mark, and in Thai those are tone marks and
 * vowels (น่าน matched นาน, ป๋วย matched ป่วย, ชมชน matched ชุมชน); with it a query word matches
 * only the indexed words with its marks. The index and the query are normalised alike
 * (src/thai/normalize.ts), so marks typed in another order or twice still match.
 */
export const PAGEFIND_OPTIONS = { exactDiacritics: true } as const;

/** What the search needs of a result; Pagefind's results and the hot lists' both fit. */
export type SearchResult = Pick<HotResult, 'id' | 'words' | 'data'>;

export interface SearchRequest {
  /** The query as typed; empty with filters lists the filtered cases. */
  query: string;
  /** Selected filter values; none: every case. */
  selection?: FacetSelection;
  /** Year order; null or absent: Pagefind's (relevance). */
  order?: 'newest' | 'oldest' | null;
}

export interface SearchAnswer extends PlannedSearch<SearchResult> {
  selection: FacetSelection;
  /** What the excerpts mark: the phrase the results have, or else the query's words. */
  highlight: { phrase: string[] | null; terms: string[] };
}

export interface KnowledgeBaseSearch {
  run: (request: SearchRequest) => Promise<SearchAnswer>;
  /** How many of the answer's candidates carry each filter value (see countFacets). */
  filterCounts: (answer: SearchAnswer) => Promise<Record<SearchFilterKey, Record<string, number>>>;
  /** A result's excerpt, in the author's words, with what the answer found marked. */
  excerpt: (answer: SearchAnswer, fragment: FragmentData, words: number) => string;
}

const idOf = (result: SearchResult) => result.id;

/**
 * The search over a Pagefind (loaded, or loading: the page starts it with the first search) and
 * its bundle files, each fetched when a search first needs it.
 */
export function createSearch(
  pagefind: PagefindSearcher<SearchResult> | Promise<PagefindSearcher<SearchResult>>,
  files: SearchBundle,
): KnowledgeBaseSearch {
  return {
    run: async ({ query, selection = {}, order = null }) => {
      const filtered = SEARCH_FILTER_KEYS.some((key) => (selection[key]?.length ?? 0) > 0);
      // The facet table comes with the engine only when this search needs it; otherwise the
      // page fetches it after the first results, for the filter counts. The common words and
      // hot-list keys are small and always come with the engine.
      const [engine, commonWords, hot, table] = await Promise.all([
        pagefind,
        files.commonWords(),
        files.hot(),
        filtered || order ? files.facets() : undefined,
      ]);
      const matches = table ? facetMatcher(table, selection) : () => true;
      const search = await plannedSearch(engine, query, {
        keep: (result) => matches(result.id),
        listAll: filtered,
        commonWords,
        hot,
      });
      const results = table && order ? orderByYear(table, search.results, idOf, order) : search.results;
      const phrase = search.matched === 'phrase' ? search.plan.phrase : null;
      return { ...search, results, selection, highlight: { phrase, terms: highlightTerms(search.plan) } };
    },
    filterCounts: async (answer) => countFacets(await files.facets(), answer.candidates, idOf, answer.selection),
    excerpt: (answer, fragment, words) =>
      textExcerpt(fragment.content, answer.highlight.phrase, answer.highlight.terms, words),
  };
}
