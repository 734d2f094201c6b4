import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { CaseData } from '../schemas/case';
import { expandAbbreviations } from '../thai/abbreviations';
import { normalizeThai } from '../thai/normalize';
import { segmentThai } from '../thai/segment';
import { otherEraYears } from '../thai/year-variants';
import { coreArea } from '../cases/vocabulary';
import { formatBuddhistYear } from '../thai/years';

/**
 * The search filters, in the order the search page shows them. Keys are the URL parameters
 * (/search/?area=health&province=น่าน); values are slugs, except provinces, which are Thai names.
 */
export const SEARCH_FILTER_KEYS = ['area', 'system', 'province', 'type', 'evidence'] as const;
export type SearchFilterKey = (typeof SEARCH_FILTER_KEYS)[number];

/**
 * The language code the search index is written under. Pagefind cuts text in languages it knows
 * to need segmentation (th, zh, ja) into dictionary words *and* every pair of letters, which makes
 * a Thai index about twice as large and its common words' entries far larger. Our text arrives
 * already segmented (the same way the search page segments queries), so it is indexed under a
 * code Pagefind treats as space-separated words without stemming. pagefind.js on a `lang="th"`
 * page falls back to this index, the only one there is.
 */
export const INDEX_LANGUAGE = 'zz';

/**
 * Ends every word of the indexed text, and the search page's phrase words: a zero-width
 * non-joiner. Pagefind matches a query word with every indexed word it begins, so ผู้ alone would
 * also fetch and match ผู้ใหญ่, ผู้นำ, ผู้ป่วย…; ผู้ + WORD_END begins only ผู้ + WORD_END. The
 * mark is invisible. (Pagefind does not match ผู้ + WORD_END with ผู้ + WORD_END + WORD_END, so
 * the spaces the author wrote cannot be marked the same way: excerpts lose them.)
 */
export const WORD_END = '\u200C';

/** The parts of a case page that are searched, marked with data-search in the page. */
const SEARCHED_PARTS = ['title', 'summary', 'tags', 'places', 'local-government', 'body'] as const;
export type SearchedPart = (typeof SEARCHED_PARTS)[number];

/** A case's values for each search filter, as the index records them. */
export function filterValues(data: CaseData): Record<SearchFilterKey, string[]> {
  return {
    area: [data.area],
    system: data.systems,
    province: [...new Set(data.places.map((place) => place.province))],
    type: [data.localGovernment.type],
    evidence: [data.evidence],
  };
}

/** Attributes a case page's article carries so the index can read filters from the built HTML. */
export function searchAttributes(data: CaseData, year: number | null): Record<string, string> {
  const values = filterValues(data);
  return {
    'data-search-area': values.area.join(' '),
    'data-search-systems': values.system.join(' '),
    'data-search-provinces': values.province.join('|'),
    'data-search-type': values.type.join(' '),
    'data-search-evidence': values.evidence.join(' '),
    'data-search-year': year === null ? '' : String(year),
  };
}

/**
 * A Pagefind custom record for one case page. Filters and the year ordering are not Pagefind's:
 * the search page narrows, counts and orders results with its facet table (src/search/facets.ts).
 */
export interface CaseSearchRecord {
  url: string;
  content: string;
  language: typeof INDEX_LANGUAGE;
  meta: Record<string, string>;
}

/**
 * How many times each word of a page is searchable. Later occurrences stay in the indexed text,
 * for excerpts and phrase checks, as hidden words (HIDDEN_WORD): a word that is on nearly every
 * page (ตำบล, ชุมชน) would otherwise bring all its positions on all pages into every query that
 * uses it; at 10,000 cases that alone is over 100 KB. Two occurrences keep a word's weight in
 * ranking and, the title and summary coming first, the phrases that say what a case is about.
 */
export const SEARCHABLE_OCCURRENCES = 2;

/**
 * Starts a hidden word: an occurrence in the indexed text that no query can match. The Thai
 * abbreviation sign ฯ: Pagefind keeps it as part of the word (punctuation such as _ · or a soft
 * hyphen it splits off, leaving the word searchable), and query words never start with it
 * (segmentation drops it). The search page removes it from excerpts.
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
 * Index text for page text: its words separated by spaces (see WORD_END, SEARCHABLE_OCCURRENCES
 * and HIDDEN_WORD). `seen` counts the occurrences of each word so far on the page; pass one
 * counter for all of a page's parts.
 */
export function indexText(text: string, seen: Map<string, number> = new Map()): string {
  return indexWords(pageWords(text).flat(), seen);
}

function indexWords(words: readonly string[], seen: Map<string, number>): string {
  return words
    .map((word) => {
      const count = (seen.get(word) ?? 0) + 1;
      seen.set(word, count);
      return (count > SEARCHABLE_OCCURRENCES ? HIDDEN_WORD : '') + word + WORD_END;
    })
    .join(' ');
}

const attribute = (element: Element, name: string): string => {
  const value = element.properties[name];
  return Array.isArray(value) ? value.join(' ') : value === undefined || value === null ? '' : String(value);
};

/** What the index reads from one built case page, before the text is prepared for Pagefind. */
export interface CasePage {
  url: string;
  /** The searched text of each marked part of the page, as the reader sees it. */
  parts: Record<SearchedPart, string>;
  /** Years in the page's text, in the other era (a page saying 2562 also gets 2019). */
  otherEraYears: string[];
  /** Title, area, place and year (Buddhist era) for the result list. */
  meta: Record<string, string>;
  /** The case's value(s) for each search filter. */
  filters: Record<SearchFilterKey, string[]>;
  /** The year the practice started or is known from (Common Era), null when unknown. */
  year: number | null;
}

/**
 * Reads a built case page, or returns undefined when the page is not a case page. Only the
 * marked parts are searched; site chrome, facts panels and sources are not.
 */
export function readCasePage(html: string, url: string): CasePage | undefined {
  const tree: Root = fromHtml(html);
  const article = select('article[data-case-slug]', tree);
  if (!article) return undefined;
  const parts = Object.fromEntries(
    SEARCHED_PARTS.map((part) => [part, selectAll(`[data-search="${part}"]`, article).map((el) => toText(el, { whitespace: 'normal' })).join(' ')]),
  ) as Record<SearchedPart, string>;
  const allText = SEARCHED_PARTS.map((part) => parts[part]).join(' ');
  const area = attribute(article, 'dataSearchArea');
  const year = attribute(article, 'dataSearchYear');
  const provinces = attribute(article, 'dataSearchProvinces').split('|').filter(Boolean);
  const firstPlace = select('[data-place]', article);
  return {
    url,
    parts,
    otherEraYears: otherEraYears(normalizeThai(allText)),
    meta: {
      title: parts.title.trim(),
      area: area ? coreArea(area as CaseData['area']).th : '',
      place: firstPlace ? toText(firstPlace).trim() : '',
      year: year ? formatBuddhistYear(Number(year)) : '',
    },
    filters: {
      area: area ? [area] : [],
      system: attribute(article, 'dataSearchSystems').split(/\s+/).filter(Boolean),
      province: provinces,
      type: [attribute(article, 'dataSearchType')].filter(Boolean),
      evidence: [attribute(article, 'dataSearchEvidence')].filter(Boolean),
    },
    year: year ? Number(year) : null,
  };
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
export const isPairToken = (token: string) => token.startsWith(PAIR_MARK) && /^[^\d.,\s\u200C]/u.test(token.slice(PAIR_MARK.length));

/**
 * Pair tokens for a page's words, in the manner of common-grams: each two neighbouring words of
 * which at least one is common (`common`, see commonWords) as one token, its first
 * SEARCHABLE_OCCURRENCES occurrences. A phrase made of such pairs (ผู้ สูง อายุ, every word of
 * it on most pages at 10,000 cases) is then searched as a few rare tokens instead of several
 * words whose every page Pagefind would have to score; and a page has all of a phrase's pairs
 * only when the words stand together, hidden occurrences included. Empty without common words.
 */
export function pairSection(words: readonly string[], common: ReadonlySet<string>): string {
  if (common.size === 0) return '';
  const seen = new Map<string, number>();
  const tokens: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const a = words[i - 1]!;
    const b = words[i]!;
    if (!common.has(a) && !common.has(b)) continue;
    const token = pairToken(a, b);
    const count = (seen.get(token) ?? 0) + 1;
    seen.set(token, count);
    if (count <= SEARCHABLE_OCCURRENCES) tokens.push(token);
  }
  return tokens.join(' ');
}

/**
 * The Pagefind record of a case page: its parts as index text, once each (custom records carry
 * no field weights; Pagefind's own bonus for words in the title meta field ranks a case about a
 * topic above one that mentions it in passing), then the years in the other era, then the pair
 * tokens of its common words (pairSection; they come last so that word positions stay those of
 * the text).
 */
export function caseRecord(page: CasePage, common: ReadonlySet<string> = new Set()): CaseSearchRecord {
  const seen = new Map<string, number>();
  const words = SEARCHED_PARTS.map((part) => pageWords(page.parts[part]).flat());
  const text = [...words.map((partWords) => indexWords(partWords, seen)), indexText(page.otherEraYears.join(' '), seen)];
  const content = [...text, pairSection(words.flat(), common)].filter(Boolean).join(' ');
  return { url: page.url, content, language: INDEX_LANGUAGE, meta: page.meta };
}

/** Reads a built case page and returns its search record, or undefined when it is not a case page. */
export function caseRecordFromHtml(html: string, url: string): CaseSearchRecord | undefined {
  const page = readCasePage(html, url);
  return page && caseRecord(page);
}

/** A word is common when at least this share of the pages, and at least COMMON_MIN_PAGES, have it. */
export const COMMON_SHARE = 0.1;
export const COMMON_MIN_PAGES = 100;

/**
 * The words on at least COMMON_SHARE of the pages (and COMMON_MIN_PAGES), the most common first:
 * the search page leaves them out of phrase searches when it can (src/search/run.ts, phraseWords).
 */
export function commonWords(pages: readonly CasePage[]): string[] {
  const pagesWith = new Map<string, number>();
  for (const page of pages) {
    const words = new Set(Object.values(page.parts).flatMap((text) => pageWords(text).flat()));
    for (const word of words) pagesWith.set(word, (pagesWith.get(word) ?? 0) + 1);
  }
  const threshold = Math.max(COMMON_SHARE * pages.length, COMMON_MIN_PAGES);
  return [...pagesWith]
    .filter(([, count]) => count >= threshold)
    .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0))
    .map(([word]) => word);
}
