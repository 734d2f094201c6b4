/**
 * Every threshold of the search, with the measurement behind it. Figures come from
 * `npm run bench:search` (scripts/bench/README.md) at 10,000 synthetic cases unless said
 * otherwise. Pair tokens, hot lists and the facet table exist for large collections; the
 * thresholds below keep the first two off a collection as small as today's (14 cases).
 */

/**
 * How many occurrences of each word on a page are searchable; later ones stay in the indexed
 * text, hidden (src/search/tokens.ts), for excerpts and phrase checks. With every occurrence
 * searchable, a word on nearly every page (ตำบล, ชุมชน) brought all its positions on all pages
 * into every query that used it: over 100 KB of index for that word alone. Two keep a word's
 * weight in ranking and, the title and summary coming first, the phrases a case is about.
 */
export const SEARCHABLE_OCCURRENCES = 2;

/**
 * A word is common when at least this share of the pages, and COMMON_MIN_PAGES, have it. Common
 * words get pair tokens and are left out of phrase searches when telling words remain. Against
 * the same search without pair tokens they cost build time and memory (index step 430–489 s
 * instead of 228 s, peak 10.4 GB instead of 6.5 GB) and bought the cold-query target (at most
 * 288 KB instead of 357 KB) and the first part of the warm one (one-pass p95 60–67 ms instead
 * of 118 ms).
 */
export const COMMON_SHARE = 0.1;
/** So that a small collection has no common words, and so no pair tokens (nothing to gain there). */
export const COMMON_MIN_PAGES = 100;

/**
 * A search term gets a hot list when at least this share of the pages, and HOT_MIN_PAGES, match
 * it. Pagefind scores every match with every position: a term on most pages (ชุมชน, the pairs of
 * ผู้สูงอายุ) took 60–130 ms, 30–60 ms of it in Pagefind's wasm, the rest decoding a result of
 * 1.3–1.5 MB; from hot lists the same queries take 1–5 ms once loaded (ผู้สูงอายุ, two lists,
 * up to 19 ms). At 10% the lists had 1,355 keys; at 20%, 943 keys in a 5.7 KB key file, and the
 * terms between answer fast from Pagefind. The lists add 10–15 s to the index step and 7.6 MB
 * on disk, and bring the facet table into the cold path of the queries they answer (ผู้สูงอายุ
 * 257 KB instead of 230).
 */
export const HOT_SHARE = 0.2;
/** Below this many matching pages Pagefind answers in a few milliseconds; none on a small collection. */
export const HOT_MIN_PAGES = 1000;
/**
 * Impact levels of a hot list: one JSON-safe character per page, so a list is as many bytes as
 * there are pages (two lists are 10 KB gzipped at 10,000 cases). Not measured against other values.
 */
export const HOT_LEVELS = 64;

/**
 * Up to this many phrase hits are checked against their page text; more are taken as Pagefind's
 * word positions say. Ten is the first page of results, whose fragments the page fetches anyway.
 */
export const PHRASE_CHECK_LIMIT = 10;
/** At most this many telling words are searched for a phrase (longer words tend to be rarer). */
export const PHRASE_SEARCH_WORDS = 3;
/**
 * At most this many pair tokens are searched for a phrase: each is another index chunk to fetch,
 * and three pairs of a phrase on one page seldom stand apart.
 */
export const PHRASE_SEARCH_PAIRS = 3;
