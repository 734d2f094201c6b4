import type { HotSearcher } from './bundle';
import { planQuery, type QueryPlan } from './query';
import { PHRASE_CHECK_LIMIT, PHRASE_SEARCH_PAIRS, PHRASE_SEARCH_WORDS } from './thresholds';
import { pairToken, textWords, WORD_END } from './tokens';

/** What plannedSearch needs of a Pagefind result: where the query's words matched, and the page's text. */
export interface LocatedResult {
  /** Pagefind's page id. */
  id: string;
  /** Word positions of the matched query words on the page. */
  words: readonly number[];
  /** The page's fragment; its content is the indexed text. */
  data: () => Promise<{ content: string }>;
}

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
  /** Words on so many pages that a phrase search leaves them out when it can, most common first (see phraseWords). */
  commonWords?: readonly string[];
  /** Search with an empty query too (lists every case, for filters alone). */
  listAll?: boolean;
  /** Answers the queries made only of hot terms instead of Pagefind (src/search/hot.ts). */
  hot?: HotSearcher<R>;
}

/**
 * The pages that match every term, as Pagefind ANDs them: from the hot lists when they cover
 * all the terms, otherwise from Pagefind.
 */
async function findAll<R extends LocatedResult>(
  pagefind: PagefindSearcher<R>,
  terms: readonly string[],
  hot?: HotSearcher<R>,
): Promise<R[]> {
  if (hot?.covers(terms)) return hot.search(terms);
  return (await pagefind.search(terms.join(' '))).results;
}

/**
 * Whether a page's matched word positions hold the searched words of a phrase at their places:
 * a position p with p + offset matched for every offset (offsets are the searched words' places
 * in the phrase, the first 0 when all are searched). Pagefind reports where the query's words
 * matched without saying which word matched where, so words in another order would count too;
 * in running text that is rare, and few hits are checked against the text.
 */
export function hasPhraseAt(positions: readonly number[], offsets: readonly number[]): boolean {
  if (offsets.length === 0) return false;
  const matched = new Set(positions);
  const first = offsets[0]!;
  for (const position of matched) if (offsets.every((offset) => matched.has(position - first + offset))) return true;
  return false;
}

/**
 * The places, in the phrase, of the words a phrase search looks for. Words on a large share of
 * the pages (ผู้, ชุมชน at 10,000 cases; `commonWords`) cost the most to fetch and to search and
 * tell the least, so when a phrase has telling words (not common) the search is narrowed:
 * - two or more: the PHRASE_SEARCH_WORDS longest of them (longer words tend to be rarer);
 * - one: that word and the words either side of it (ติดเตียง in …ติดบ้านติดเตียง).
 * A phrase of common words only, or any phrase when there is no list (a small collection), is
 * searched whole: leaving out words there would find the shorter, commoner phrase instead.
 * A word is searched at every place it has in the phrase.
 */
export function phraseWords(phrase: readonly string[], commonWords: readonly string[] = []): number[] {
  const all = phrase.map((_, index) => index);
  const common = new Set(commonWords);
  const telling = [...new Set(phrase.filter((word) => !common.has(word)))];
  if (common.size === 0 || telling.length === 0) return all;
  let chosen: Set<string>;
  if (telling.length >= 2)
    chosen = new Set([...telling].sort((a, b) => b.length - a.length).slice(0, PHRASE_SEARCH_WORDS));
  else {
    const at = phrase.indexOf(telling[0]!);
    chosen = new Set(phrase.slice(Math.max(0, at - 1), at + 2));
  }
  return all.filter((index) => chosen.has(phrase[index]!));
}

interface PhrasePair {
  token: string;
  /** Length of its longest telling (not common) word; 0 when both words are common. */
  telling: number;
  length: number;
}

/** Every pair token of a phrase, once each, in phrase order; null as for phrasePairs. */
function pairsOf(phrase: readonly string[], commonWords: readonly string[]): PhrasePair[] | null {
  if (phrase.length < 2 || commonWords.length === 0) return null;
  const common = new Set(commonWords);
  const pairs: PhrasePair[] = [];
  for (let i = 1; i < phrase.length; i++) {
    const a = phrase[i - 1]!;
    const b = phrase[i]!;
    if (!common.has(a) && !common.has(b)) return null;
    if (pairs.some((pair) => pair.token === pairToken(a, b))) continue;
    const telling = [a, b]
      .filter((word) => !common.has(word))
      .reduce((longest, word) => Math.max(longest, word.length), 0);
    pairs.push({ token: pairToken(a, b), telling, length: a.length + b.length });
  }
  return pairs;
}

/** Telling pairs first, then longer first. */
const byTelling = (x: PhrasePair, y: PhrasePair) => y.telling - x.telling || y.length - x.length;

/** How a phrase is searched by its pair tokens (see phrasePairSearch). */
export interface PairSearch {
  /** The pair tokens that stand for the phrase. */
  pairs: string[];
  /** Those of them with a telling word, searched first; empty when that is all of them. */
  telling: string[];
}

/**
 * The pair tokens that stand for a phrase (see pairSection in src/search/tokens.ts), or null
 * when some two neighbouring words of it are both not common, so that the index has no token for
 * them, or when the phrase has one word. A long phrase is searched by PHRASE_SEARCH_PAIRS of its
 * pairs, those with a telling (not common) word first, longer first: each pair is another index
 * chunk to fetch, and three pairs of a phrase on a page seldom stand apart.
 *
 * When only some of those pairs have a telling word (ตำบล กำแพง of องค์การ บริหาร ส่วน ตำบล
 * กำแพง, อบต.กำแพง), they are searched first: the pairs of common words only (องค์การ บริหาร)
 * are on thousands of pages at 10,000 cases, in index chunks of 100 KB and more, and narrow
 * little what the telling pair has found.
 */
export function phrasePairSearch(phrase: readonly string[], commonWords: readonly string[] = []): PairSearch | null {
  const all = pairsOf(phrase, commonWords);
  if (!all) return null;
  const chosen = all.length <= PHRASE_SEARCH_PAIRS ? all : [...all].sort(byTelling).slice(0, PHRASE_SEARCH_PAIRS);
  const telling = chosen.filter((pair) => pair.telling > 0).sort(byTelling);
  const token = (pair: PhrasePair) => pair.token;
  return { pairs: chosen.map(token), telling: telling.length < chosen.length ? telling.map(token) : [] };
}

/** Whether indexed text holds the phrase's words one after another, hidden occurrences included. */
export function textHasPhrase(content: string, phrase: readonly string[]): boolean {
  const words = textWords(content);
  for (let start = 0; start + phrase.length <= words.length; start++)
    if (phrase.every((word, offset) => words[start + offset] === word)) return true;
  return false;
}

const textsOf = <R extends LocatedResult>(results: readonly R[]) =>
  Promise.all(results.map(async (result) => (await result.data()).content));

/**
 * The results whose page has the phrase, given the places of the words that were searched. When
 * there are few results, their text is checked, hidden occurrences included
 * (src/search/tokens.ts). Otherwise the positions Pagefind returns are: they cover each word's
 * first SEARCHABLE_OCCURRENCES occurrences, which on a page about the phrase include the title
 * and summary; when they leave few hits, those are checked against the text too.
 */
async function withPhrase<R extends LocatedResult>(
  found: readonly R[],
  phrase: readonly string[],
  searched: readonly number[],
): Promise<R[]> {
  if (phrase.length === 1) return found.filter((result) => result.words.length > 0);
  if (found.length <= PHRASE_CHECK_LIMIT) return checkText(found, phrase);
  const together = found.filter((result) => hasPhraseAt(result.words, searched));
  return together.length <= PHRASE_CHECK_LIMIT ? checkText(together, phrase) : together;
}

/** The results whose text has the phrase (their fragments are fetched). */
async function checkText<R extends LocatedResult>(results: readonly R[], phrase: readonly string[]): Promise<R[]> {
  const texts = await textsOf(results);
  return results.filter((_, index) => textHasPhrase(texts[index]!, phrase));
}

/**
 * The pages with a phrase that has pair tokens. A page with the pair of a two-word phrase has
 * the phrase. The pairs searched for a longer one could stand apart (rare in running text): few
 * hits are checked against the text. When the telling pairs alone find few pages, those are
 * the only candidates (a page with the phrase has every pair of it), and the common pairs are
 * not fetched.
 */
async function pagesWithPairs<R extends LocatedResult>(
  pagefind: PagefindSearcher<R>,
  phrase: readonly string[],
  { pairs, telling }: PairSearch,
  hot?: HotSearcher<R>,
): Promise<R[]> {
  if (telling.length > 0) {
    const found = await findAll(pagefind, telling, hot);
    if (found.length <= PHRASE_CHECK_LIMIT) return checkText(found, phrase);
  }
  const found = await findAll(pagefind, pairs, hot);
  return phrase.length > 2 && found.length <= PHRASE_CHECK_LIMIT ? checkText(found, phrase) : found;
}

/**
 * The matches of a one-word query where the word stands whole (พนม, not พนมทวน; กำแพง, not
 * กำแพงเพชร), in the order of the prefix query's matches `loose`. That order, not the whole-word
 * query's, because Pagefind also matches the title meta field, which it cuts into words itself
 * (no WORD_END): the prefix query gets its bonus for a word in the title, the whole-word one not.
 */
async function wholeWordMatches<R extends LocatedResult>(
  pagefind: PagefindSearcher<R>,
  loose: readonly R[],
  word: string,
  hot?: HotSearcher<R>,
): Promise<R[]> {
  const whole = new Set((await findAll(pagefind, [word + WORD_END], hot)).map((result) => result.id));
  return loose.filter((result) => whole.has(result.id));
}

/**
 * Runs a typed query the knowledge base's way: planned with Thai normalisation and segmentation,
 * then one Pagefind query for the phrase: its pair tokens when every two neighbouring words have
 * one (phrasePairSearch), otherwise its words as whole words (its telling words, when it has common
 * ones). Pages where the words stand together as a phrase are the answer, in Pagefind's order;
 * when no page has the phrase, the looser all-words matches are (a one-word query's pages with
 * the whole word, when there are any: wholeWordMatches). A query for pair tokens or loose
 * words that all have hot lists (`hot`, src/search/hot.ts) is answered from those instead,
 * best first by their impacts.
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
  const pairs = plan.phrase && phrasePairSearch(plan.phrase, options.commonWords);
  if (plan.phrase && pairs) {
    const together = await pagesWithPairs(pagefind, plan.phrase, pairs, options.hot);
    const kept = together.filter(keep);
    if (kept.length > 0) return { plan, results: kept, candidates: together, matched: 'phrase' };
  } else if (plan.phrase) {
    const searched = phraseWords(plan.phrase, options.commonWords);
    // Each word ended as in the index, so that it matches that word only, not longer ones.
    const query = searched.map((index) => plan.phrase![index]! + WORD_END).join(' ');
    const found = (await pagefind.search(query)).results;
    const together = await withPhrase(found, plan.phrase, searched);
    const kept = together.filter(keep);
    if (kept.length > 0) return { plan, results: kept, candidates: together, matched: 'phrase' };
  }
  const words = plan.fallback.split(' ');
  const loose = await findAll(pagefind, words, options.hot);
  if (words.length === 1) {
    const whole = await wholeWordMatches(pagefind, loose, words[0]!, options.hot);
    const kept = whole.filter(keep);
    if (kept.length > 0) return { plan, results: kept, candidates: whole, matched: 'words' };
  }
  const kept = loose.filter(keep);
  return { plan, results: kept, candidates: loose, matched: kept.length > 0 ? 'words' : 'nothing' };
}
