/**
 * Hot lists: ranked page lists, written at build time, for the search terms that are on so many
 * pages that Pagefind is slow to answer them.
 *
 * Pagefind scores and returns every page that matches a query, with every matched position, and
 * has no way to stop at the best few. At 10,000 cases a word or pair token on most pages (ชุมชน,
 * ผู้·สูง) costs 30–60 ms of its WebAssembly plus the decoding of a result over a megabyte long,
 * on every such search. For those terms the index also gets, per term, one impact score per page
 * (BM25 over the indexed text, with a bonus for the title), quantised into one character per
 * page. The search page then answers a query made only of such terms by adding up a few strings
 * of 10,000 characters (src/search/bundle.ts), and asks Pagefind about everything else.
 *
 * Terms are keyed as the search page sends them to Pagefind: an indexed token (a word or pair
 * token ending in WORD_END) matches that token only; a bare word (the looser query's form)
 * matches every indexed word it begins. Unlike Pagefind, the lists keep Thai marks (Pagefind
 * strips them from the query, so that คัด also finds คิด).
 */
import { HIDDEN_WORD, isPairToken, pairToken, WORD_END } from './record';

/** A term gets a hot list when at least this share of the pages, and HOT_MIN_PAGES, match it. */
export const HOT_SHARE = 0.2;
/** Below this many matching pages Pagefind answers in a few milliseconds (see README, Scale). */
export const HOT_MIN_PAGES = 1000;

/** BM25's term-frequency saturation and length normalisation, the usual values (Pagefind's too). */
const K1 = 1.2;
const B = 0.75;

/** The characters of impact levels 1–64, in order; NO_MATCH marks a page without the term. */
const LEVEL_DIGITS = '123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-+';
const NO_MATCH = '.';
const LEVELS = LEVEL_DIGITS.length;
/** The level of each character code (0: no match). */
const LEVEL_AT = new Uint8Array(128);
[...LEVEL_DIGITS].forEach((digit, index) => (LEVEL_AT[digit.charCodeAt(0)] = index + 1));

/** One page, as the hot lists see it. */
export interface HotPage {
  /** The indexed text (src/search/record.ts, caseRecord): tokens separated by spaces. */
  content: string;
  /** The tokens of the page's title (see titleTokens). */
  title: ReadonlySet<string>;
}

/** One term's list. */
export interface HotList {
  /** What one level is worth: a page's impact is its level times this. */
  scale: number;
  /** One character per page, in the facet table's row order: NO_MATCH or the impact level. */
  levels: string;
}

/** The list of lists, fetched by the search page with the engine. */
export interface HotKeys {
  /** How many pages each list covers (the facet table's row count). */
  pages: number;
  /** Each hot term and the number of its list file (several terms can share one). */
  keys: Record<string, number>;
}

/** The tokens of a title's words, as the index writes them: each word, and each two neighbours as a pair token. */
export function titleTokens(words: readonly string[]): Set<string> {
  const tokens = new Set(words.map((word) => word + WORD_END));
  for (let i = 1; i < words.length; i++) tokens.add(pairToken(words[i - 1]!, words[i]!));
  return tokens;
}

/** What Pagefind splits an indexed word at (it keeps letters, their marks and digits). */
const SPLIT = /[^\p{L}\p{M}\p{N}\u200C]+/gu;
const SPLITS = /[^\p{L}\p{M}\p{N}\u200C]/u;

/**
 * The forms under which Pagefind indexes a token: the token, or, when punctuation splits it
 * (03,2550คน), the token without the punctuation and each piece, so that 2550 finds it.
 * Hidden forms (HIDDEN_WORD first) are left out; a piece after the first is not hidden.
 */
function indexedForms(token: string): string[] {
  const forms = SPLITS.test(token) ? [token.replace(SPLIT, ''), ...token.split(SPLIT)] : [token];
  return forms.filter((form) => form !== '' && form !== WORD_END && !form.startsWith(HIDDEN_WORD));
}

const bare = (token: string) => (token.endsWith(WORD_END) ? token.slice(0, -WORD_END.length) : token);

/** The first index in sorted `words` at which a word is not below `prefix`. */
function lowerBound(words: readonly string[], prefix: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (words[middle]! < prefix) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The hot lists of a collection, pages in the facet table's row order. `share` and `minPages`
 * set what is hot (tests use small values). Returns the keys file and the lists it numbers.
 */
export function buildHotLists(
  pages: readonly HotPage[],
  { share = HOT_SHARE, minPages = HOT_MIN_PAGES }: { share?: number; minPages?: number } = {},
): { keys: HotKeys; lists: HotList[] } {
  const count = pages.length;
  /** For each indexed form, the rows that have it and how often. */
  const postings = new Map<string, { rows: number[]; frequencies: number[] }>();
  const lengths: number[] = [];
  pages.forEach((page, row) => {
    const tokens = page.content.split(/\s+/).filter(Boolean);
    const frequency = new Map<string, number>();
    for (const token of tokens) for (const form of indexedForms(token)) frequency.set(form, (frequency.get(form) ?? 0) + 1);
    for (const [form, n] of frequency) {
      let posting = postings.get(form);
      if (!posting) postings.set(form, (posting = { rows: [], frequencies: [] }));
      posting.rows.push(row);
      posting.frequencies.push(n);
    }
    lengths.push(tokens.length);
  });
  const threshold = Math.max(share * count, minPages);
  const averageLength = lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, count);
  const hot = [...postings].filter(([, posting]) => posting.rows.length >= threshold).map(([token]) => token);
  const vocabulary = [...postings.keys()].filter((token) => !isPairToken(token)).sort();

  const hotList = (matches: readonly string[]): HotList => {
    const termFrequencies = new Float64Array(count);
    for (const token of matches) {
      const { rows, frequencies } = postings.get(token)!;
      for (let i = 0; i < rows.length; i++) termFrequencies[rows[i]!]! += frequencies[i]!;
    }
    const pageCount = termFrequencies.reduce((sum, frequency) => sum + (frequency > 0 ? 1 : 0), 0);
    const idf = Math.log(1 + (count - pageCount + 0.5) / (pageCount + 0.5));
    const matchSet = new Set(matches);
    const inTitle = (title: ReadonlySet<string>) =>
      matches.length <= title.size ? matches.some((token) => title.has(token)) : [...title].some((token) => matchSet.has(token));
    const impacts = pages.map((page, row) => {
      const frequency = termFrequencies[row]!;
      if (frequency === 0) return 0;
      const norm = K1 * (1 - B + (B * lengths[row]!) / averageLength);
      // The title bonus is BM25's ceiling, so a page with the term in its title ranks first.
      return idf * ((frequency * (K1 + 1)) / (frequency + norm)) + (inTitle(page.title) ? idf * (K1 + 1) : 0);
    });
    const scale = impacts.reduce((max, impact) => Math.max(max, impact), 0) / LEVELS;
    const levels = impacts.map((impact) => (impact === 0 ? NO_MATCH : LEVEL_DIGITS[Math.min(LEVELS, Math.max(1, Math.round(impact / scale))) - 1])).join('');
    return { scale, levels };
  };

  const keys: Record<string, number> = {};
  const lists: HotList[] = [];
  /** The tokens each list matches, to share a list between keys that match the same tokens (ชุมชน and ชุมชน + WORD_END, as a rule). */
  const listTokens = new Map<string, number>();
  const add = (key: string, matches: readonly string[]) => {
    const signature = matches.join(' ');
    let number = listTokens.get(signature);
    if (number === undefined) {
      number = lists.length;
      listTokens.set(signature, number);
      lists.push(hotList(matches));
    }
    keys[key] = number;
  };

  for (const token of hot.sort()) {
    add(token, [token]);
    if (isPairToken(token) || !token.endsWith(WORD_END)) continue;
    // The bare word, as the looser query sends it, matches every indexed word it begins.
    const word = bare(token);
    const matches: string[] = [];
    for (let i = lowerBound(vocabulary, word); i < vocabulary.length && vocabulary[i]!.startsWith(word); i++) matches.push(vocabulary[i]!);
    add(word, matches);
  }
  return { keys: { pages: count, keys }, lists };
}

/**
 * The rows on every one of the lists, the highest summed impact first (then in row order), as
 * Pagefind ANDs a query's terms.
 */
export function rankHotRows(lists: readonly HotList[]): number[] {
  if (lists.length === 0) return [];
  const pages = lists[0]!.levels.length;
  const levelAt = (list: HotList, row: number) => LEVEL_AT[list.levels.charCodeAt(row)] ?? 0;
  if (lists.length === 1) {
    // One term: its levels are its order, so the rows are sorted by bucket (the common case).
    const buckets: number[][] = Array.from({ length: LEVELS + 1 }, () => []);
    for (let row = 0; row < pages; row++) {
      const level = levelAt(lists[0]!, row);
      if (level > 0) buckets[level]!.push(row);
    }
    return buckets.reverse().flat();
  }
  const rows: number[] = [];
  const scores = new Float64Array(pages);
  for (let row = 0; row < pages; row++) {
    let score = 0;
    let matched = true;
    for (const list of lists) {
      const level = levelAt(list, row);
      if (level === 0) {
        matched = false;
        break;
      }
      score += level * list.scale;
    }
    if (!matched) continue;
    scores[row] = score;
    rows.push(row);
  }
  return rows.sort((a, b) => scores[b]! - scores[a]! || a - b);
}
