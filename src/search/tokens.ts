/**
 * The words of the search index as Pagefind receives them: page text cut into words the way the
 * search page cuts queries, each word marked so that Pagefind matches whole words, later
 * occurrences hidden, and pair tokens for the neighbours of common words. Pure: the index writes
 * these tokens at build time, the search page reads them back from fragments.
 */
import { expandAbbreviations } from '../thai/abbreviations';
import { normalizeThai } from '../thai/normalize';
import { segmentThai } from '../thai/segment';
import { SEARCHABLE_OCCURRENCES } from './thresholds';

/**
 * Ends every word of the indexed text, and the search page's phrase words: a zero-width
 * non-joiner. Pagefind matches a query word with every indexed word it begins, so ผู้ alone would
 * also fetch and match ผู้ใหญ่, ผู้นำ, ผู้ป่วย…; ผู้ + WORD_END begins only ผู้ + WORD_END. The
 * mark is invisible. (Pagefind does not match ผู้ + WORD_END with ผู้ + WORD_END + WORD_END, so
 * the spaces the author wrote cannot be marked the same way: excerpts read them from the
 * written text, src/search/written-text.ts.)
 */
export const WORD_END = '\u200C';

/**
 * Starts a hidden word: an occurrence in the indexed text that no query can match (see
 * SEARCHABLE_OCCURRENCES). The Thai abbreviation sign ฯ: Pagefind keeps it as part of the word
 * (punctuation such as _ · or a soft hyphen it splits off, leaving the word searchable), and
 * query words never start with it (segmentation drops it).
 */
export const HIDDEN_WORD = '\u0E2F';

/**
 * The words of a stretch of page text, grouped by the spaces the author wrote: normalised
 * (digits, ำ, mark order, invisible characters), abbreviations in full, segmented.
 */
export function pageWords(text: string): string[][] {
  return expandAbbreviations(normalizeThai(text))
    .split(/\s+/)
    .map((chunk) => segmentThai(chunk))
    .filter((words) => words.length > 0);
}

/**
 * The words of a part of a page (see pageWords) and whether each may be searched: not the words
 * of `linked` ([start, end) in the text: links to other cases, whose titles name other places and
 * topics). A link's ends are word boundaries.
 */
export function partWords(
  text: string,
  linked: ReadonlyArray<readonly [number, number]> = [],
): { words: string[]; searchable: boolean[] } {
  const words: string[] = [];
  const searchable: boolean[] = [];
  const add = (run: string, canSearch: boolean) => {
    for (const word of pageWords(run).flat()) {
      words.push(word);
      searchable.push(canSearch);
    }
  };
  let at = 0;
  for (const [start, end] of linked) {
    add(text.slice(at, start), true);
    add(text.slice(start, end), false);
    at = end;
  }
  add(text.slice(at), true);
  return { words, searchable };
}

/**
 * Index text for words: separated by spaces, each ended with WORD_END, hidden after its first
 * SEARCHABLE_OCCURRENCES, and hidden wherever `searchable` says false (without counting). `seen`
 * counts the occurrences of each word so far on the page; pass one counter for all of a page's parts.
 */
export function indexWords(
  words: readonly string[],
  seen: Map<string, number> = new Map(),
  searchable?: readonly boolean[],
): string {
  return words
    .map((word, at) => {
      if (searchable?.[at] === false) return HIDDEN_WORD + word + WORD_END;
      const count = (seen.get(word) ?? 0) + 1;
      seen.set(word, count);
      return (count > SEARCHABLE_OCCURRENCES ? HIDDEN_WORD : '') + word + WORD_END;
    })
    .join(' ');
}

/** Index text for page text (see indexWords). */
export function indexText(text: string, seen: Map<string, number> = new Map()): string {
  return indexWords(pageWords(text).flat(), seen);
}

/**
 * Starts and joins the two words of a pair token: a digit, which Pagefind keeps inside a word on
 * both sides (Thai signs such as ๆ it keeps in the index but splits off in queries) and which
 * no typed word starts a Thai word with.
 */
export const PAIR_MARK = '0';

/** The token that stands for word `a` followed by word `b` (see pairSection). */
export const pairToken = (a: string, b: string) => PAIR_MARK + a + PAIR_MARK + b + WORD_END;

/** Whether a word of indexed text is a pair token rather than a word of the page. */
export const isPairToken = (token: string) =>
  token.startsWith(PAIR_MARK) && /^[^\d.,\s\u200C]/u.test(token.slice(PAIR_MARK.length));

/**
 * Pair tokens for a page's words, in the manner of common-grams: each two neighbouring words of
 * which at least one is common (`common`, see commonWords in src/search/record.ts) as one token,
 * its first SEARCHABLE_OCCURRENCES occurrences. A phrase made of such pairs (ผู้ สูง อายุ, every
 * word of it on most pages at 10,000 cases) is then searched as a few rare tokens instead of
 * several words whose every page Pagefind would have to score; and a page has all of a phrase's
 * pairs only when the words stand together, hidden occurrences included. None for words that
 * `searchable` says may not be searched. Empty without common words.
 */
export function pairSection(
  words: readonly string[],
  common: ReadonlySet<string>,
  searchable?: readonly boolean[],
): string {
  if (common.size === 0) return '';
  const seen = new Map<string, number>();
  const tokens: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const a = words[i - 1]!;
    const b = words[i]!;
    if (!common.has(a) && !common.has(b)) continue;
    if (searchable?.[i - 1] === false || searchable?.[i] === false) continue;
    const token = pairToken(a, b);
    const count = (seen.get(token) ?? 0) + 1;
    seen.set(token, count);
    if (count <= SEARCHABLE_OCCURRENCES) tokens.push(token);
  }
  return tokens.join(' ');
}

/**
 * Starts the token that ends a page's indexed text with the page's text as the author wrote it
 * (src/search/written-text.ts): a Braille cell, a symbol that no word has and Pagefind does not index.
 */
export const WRITTEN_START = '\u28FF';

/** Whether a token of indexed text is the written text rather than a word or pair token. */
export const isWrittenToken = (token: string) => token.startsWith(WRITTEN_START);

/**
 * The words of a page's indexed text (a fragment's content), hidden occurrences included: marks
 * removed, pair tokens and the written text left out.
 */
export function textWords(content: string): string[] {
  const words: string[] = [];
  for (const token of content.split(/\s+/)) {
    if (token === '' || isPairToken(token) || isWrittenToken(token)) continue;
    const word = (token.startsWith(HIDDEN_WORD) ? token.slice(HIDDEN_WORD.length) : token).split(WORD_END).join('');
    if (word) words.push(word);
  }
  return words;
}
