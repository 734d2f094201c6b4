/**
 * Hot lists: ranked page lists, written at build time (src/search/build/hot-lists.ts), for the
 * search terms that are on so many pages that Pagefind is slow to answer them.
 *
 * Pagefind scores and returns every page that matches a query, with every matched position, and
 * has no way to stop at the best few. At 10,000 cases a word or pair token on most pages (ชุมชน,
 * ผู้·สูง) costs 30–60 ms of its WebAssembly plus the decoding of a result over a megabyte long,
 * on every such search. For those terms the index also gets, per term, one impact score per page
 * (BM25 over the indexed text, with a bonus for the title), quantised into one character per
 * page. The search page then answers a query made only of such terms by adding up a few strings
 * of 10,000 characters (src/search/bundle.ts), and asks Pagefind about everything else. What
 * is hot: src/search/thresholds.ts.
 */
import { HOT_LEVELS } from './thresholds';

/** The characters of impact levels 1–HOT_LEVELS (one each), in order; NO_MATCH marks a page without the term. */
export const LEVEL_DIGITS = '123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-+';
export const NO_MATCH = '.';
/** The level of each character code (0: no match). */
const LEVEL_AT = new Uint8Array(128);
[...LEVEL_DIGITS].forEach((digit, index) => (LEVEL_AT[digit.charCodeAt(0)] = index + 1));

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
    const buckets: number[][] = Array.from({ length: HOT_LEVELS + 1 }, () => []);
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
