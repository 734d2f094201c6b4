/**
 * Writes the hot lists (src/search/hot.ts) from the pages' indexed text. Build only.
 *
 * Terms are keyed as the search page sends them to Pagefind: an indexed token (a word or pair
 * token ending in WORD_END) matches that token only; a bare word (the looser query's form)
 * matches every indexed word it begins. The lists keep Thai marks, as Pagefind does with the
 * search's exactDiacritics (src/search/create-search.ts), but for a bare word typed without marks,
 * which Pagefind lets match the marked words it begins (นาน, น่าน).
 */
import { HOT_LEVELS, HOT_MIN_PAGES, HOT_SHARE } from '../thresholds';
import { LEVEL_DIGITS, NO_MATCH, type HotKeys, type HotList } from '../hot';
import { HIDDEN_WORD, isPairToken, isWrittenToken, pairToken, WORD_END } from '../tokens';

/** BM25's term-frequency saturation and length normalisation, the usual values (Pagefind's too). */
const K1 = 1.2;
const B = 0.75;

/** One page, as the hot lists see it. */
export interface HotPage {
  /** The indexed text (src/search/record.ts, caseRecord): tokens separated by spaces. */
  content: string;
  /** The tokens of the page's title (see titleTokens). */
  title: ReadonlySet<string>;
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

/** What the hot lists are made from: for each indexed form, the pages that have it and how often; each page's length. */
export interface HotPostings {
  postings: Map<string, { rows: number[]; frequencies: number[] }>;
  lengths: number[];
}

/**
 * Reads the pages' indexed text (src/search/record.ts, caseRecord), pages numbered in the order
 * given. The bulk of the work, done while Pagefind writes its files (the rows are known after).
 */
export function hotPostings(contents: readonly string[]): HotPostings {
  const postings: HotPostings['postings'] = new Map();
  const lengths: number[] = [];
  /** indexedForms of each distinct token (most tokens recur on many pages). */
  const formsOf = new Map<string, string[]>();
  contents.forEach((content, row) => {
    const tokens = content.split(/\s+/).filter((token) => token && !isWrittenToken(token));
    const frequency = new Map<string, number>();
    for (const token of tokens) {
      let forms = formsOf.get(token);
      if (!forms) formsOf.set(token, (forms = indexedForms(token)));
      for (const form of forms) frequency.set(form, (frequency.get(form) ?? 0) + 1);
    }
    for (const [form, n] of frequency) {
      let posting = postings.get(form);
      if (!posting) postings.set(form, (posting = { rows: [], frequencies: [] }));
      posting.rows.push(row);
      posting.frequencies.push(n);
    }
    lengths.push(tokens.length);
  });
  return { postings, lengths };
}

/**
 * The hot lists of a collection, pages in the facet table's row order. `share` and `minPages`
 * set what is hot (tests use small values). Returns the keys file and the lists it numbers.
 */
export function buildHotLists(
  pages: readonly HotPage[],
  options: { share?: number; minPages?: number } = {},
): { keys: HotKeys; lists: HotList[] } {
  return hotListsOf(
    hotPostings(pages.map((page) => page.content)),
    pages.map((page) => page.title),
    options,
  );
}

/**
 * The hot lists from postings (hotPostings) and each page's title tokens, both in the pages' own
 * order; `order` gives the page of each row of the facet table (the pages' order if left out).
 */
export function hotListsOf(
  { postings, lengths }: HotPostings,
  titles: ReadonlyArray<ReadonlySet<string>>,
  {
    share = HOT_SHARE,
    minPages = HOT_MIN_PAGES,
    order,
  }: { share?: number; minPages?: number; order?: readonly number[] } = {},
): { keys: HotKeys; lists: HotList[] } {
  const count = lengths.length;
  const rows = order ?? lengths.map((_, at) => at);
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
      matches.length <= title.size
        ? matches.some((token) => title.has(token))
        : [...title].some((token) => matchSet.has(token));
    const impacts = titles.map((title, at) => {
      const frequency = termFrequencies[at]!;
      if (frequency === 0) return 0;
      const norm = K1 * (1 - B + (B * lengths[at]!) / averageLength);
      // The title bonus is BM25's ceiling, so a page with the term in its title ranks first.
      return idf * ((frequency * (K1 + 1)) / (frequency + norm)) + (inTitle(title) ? idf * (K1 + 1) : 0);
    });
    const scale = impacts.reduce((max, impact) => Math.max(max, impact), 0) / HOT_LEVELS;
    const levels = rows
      .map((at) => {
        const impact = impacts[at]!;
        return impact === 0
          ? NO_MATCH
          : LEVEL_DIGITS[Math.min(HOT_LEVELS, Math.max(1, Math.round(impact / scale))) - 1];
      })
      .join('');
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
    for (let i = lowerBound(vocabulary, word); i < vocabulary.length && vocabulary[i]!.startsWith(word); i++)
      matches.push(vocabulary[i]!);
    add(word, matches);
  }
  return { keys: { pages: count, keys }, lists };
}
