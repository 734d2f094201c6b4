import { planQuery, type QueryPlan } from './search-query';
import { HIDDEN_WORD, WORD_END } from './search-record';

/** What plannedSearch needs of a Pagefind result: where the query's words matched, and the page's text. */
export interface LocatedResult {
  /** Word positions of the matched query words on the page. */
  words: readonly number[];
  /** The page's fragment; its content is the indexed text. */
  data: () => Promise<{ content: string }>;
}

/**
 * Up to this many pages are checked for a phrase against their text (their fragments are the
 * ones the first page of results shows anyway); more are taken as Pagefind's positions say.
 */
export const PHRASE_CHECK_LIMIT = 10;

/** The slice of pagefind.js a search needs; the browser's module and the Node loader both fit. */
export interface PagefindSearcher<R extends LocatedResult> {
  search: (query: string | null, options?: Record<string, unknown>) => Promise<{ results: R[] }>;
}

export interface PlannedSearch<R> {
  plan: QueryPlan;
  /** The answer: the matches that `keep` kept, best first. */
  results: R[];
  /** The matches of the query the answer came from, before `keep` (for filter counts). */
  candidates: R[];
  /** 'phrase' when pages have the words together, 'words' when only the looser query found pages, 'filters' for filters only. */
  matched: 'phrase' | 'words' | 'filters' | 'nothing';
}

export interface SearchOptions<R> {
  /** Which results to keep (the search page's filters); every result when absent. */
  keep?: (result: R) => boolean;
  /** Search with an empty query too (lists every case, for filters alone). */
  listAll?: boolean;
}

/**
 * Whether a page's matched word positions hold `length` consecutive positions: the phrase's words
 * next to each other. Pagefind reports where the query's words matched without saying which word
 * matched where, so words in another order would count too; in running text that is rare.
 */
export function hasPhraseRun(positions: readonly number[], length: number): boolean {
  if (length <= 1) return positions.length > 0;
  const sorted = [...new Set(positions)].sort((a, b) => a - b);
  let run = 1;
  for (let i = 1; i < sorted.length; i++) {
    run = sorted[i] === sorted[i - 1]! + 1 ? run + 1 : 1;
    if (run >= length) return true;
  }
  return false;
}

/** Whether indexed text holds the phrase's words one after another, hidden occurrences included. */
export function textHasPhrase(content: string, phrase: readonly string[]): boolean {
  const words = content
    .split(/\s+/)
    .map((word) => (word.startsWith(HIDDEN_WORD) ? word.slice(HIDDEN_WORD.length) : word).split(WORD_END).join(''));
  for (let start = 0; start + phrase.length <= words.length; start++)
    if (phrase.every((word, offset) => words[start + offset] === word)) return true;
  return false;
}

const textsOf = <R extends LocatedResult>(results: readonly R[]) =>
  Promise.all(results.map(async (result) => (await result.data()).content));

/**
 * The results whose page has the phrase. When there are few pages with all the words, their text
 * is checked, hidden occurrences included (src/lib/search-record.ts). Otherwise the positions
 * Pagefind returns are: they cover each word's first SEARCHABLE_OCCURRENCES occurrences, which
 * on a page about the phrase include the title and summary; when they leave few hits, those are
 * checked against the text too, as consecutive positions may belong to other words of the query
 * (ผู้สูงอายุผู้ป่วย for "ผู้ สูง อายุ เชียงใหม่").
 */
async function withPhrase<R extends LocatedResult>(found: readonly R[], phrase: readonly string[]): Promise<R[]> {
  if (phrase.length === 1) return found.filter((result) => result.words.length > 0);
  const check = async (results: readonly R[]) => {
    const texts = await textsOf(results);
    return results.filter((_, index) => textHasPhrase(texts[index]!, phrase));
  };
  if (found.length <= PHRASE_CHECK_LIMIT) return check(found);
  const together = found.filter((result) => hasPhraseRun(result.words, phrase.length));
  return together.length <= PHRASE_CHECK_LIMIT ? check(together) : together;
}

/**
 * Runs a typed query the knowledge base's way: planned with Thai normalisation and segmentation,
 * then one Pagefind query for all the words. Pages where the words stand together as a phrase are
 * the answer, in Pagefind's order; when no page has the phrase, the looser all-words matches are.
 *
 * The phrase is checked here, from the word positions Pagefind returns, rather than with
 * Pagefind's quoted-phrase search, which at 10,000 cases takes seconds for common words.
 */
export async function plannedSearch<R extends LocatedResult>(
  pagefind: PagefindSearcher<R>,
  raw: string,
  options: SearchOptions<R> = {},
): Promise<PlannedSearch<R>> {
  const plan = planQuery(raw);
  const keep = options.keep ?? (() => true);
  if (plan.terms.length === 0) {
    if (!options.listAll) return { plan, results: [], candidates: [], matched: 'nothing' };
    const { results } = await pagefind.search(null);
    return { plan, results: results.filter(keep), candidates: results, matched: 'filters' };
  }
  if (plan.phrase) {
    // Each word ended as in the index, so that it matches that word only, not longer ones.
    const found = (await pagefind.search(plan.phrase.map((word) => word + WORD_END).join(' '))).results;
    const together = await withPhrase(found, plan.phrase);
    const kept = together.filter(keep);
    if (kept.length > 0) return { plan, results: kept, candidates: together, matched: 'phrase' };
  }
  const loose = (await pagefind.search(plan.fallback)).results;
  const kept = loose.filter(keep);
  return { plan, results: kept, candidates: loose, matched: kept.length > 0 ? 'words' : 'nothing' };
}
