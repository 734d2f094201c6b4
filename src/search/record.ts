/**
 * What the search index holds for a case page: its filter values, and the Pagefind record made
 * from its text (src/search/tokens.ts), with the list of common words that decides its pair
 * tokens. Pure; the page is read from built HTML in src/search/build/extract.ts.
 */
import type { CaseData } from '../schemas/case';
import { COMMON_MIN_PAGES, COMMON_SHARE } from './thresholds';
import { synonymForms } from './synonyms';
import { indexText, indexWords, pairSection, partWords } from './tokens';
import { writtenText, writtenToken } from './written-text';

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

/** The parts of a case page that are searched, marked with data-search in the page. */
export const SEARCHED_PARTS = ['title', 'summary', 'tags', 'places', 'local-government', 'body'] as const;
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

/** What the index reads from one built case page, before the text is prepared for Pagefind. */
export interface CasePage {
  url: string;
  /** The searched text of each marked part of the page, as the reader sees it. */
  parts: Record<SearchedPart, string>;
  /**
   * Where each part links to other cases ([start, end) in its text, in order): the words there
   * are kept for excerpts and phrase checks but are not searchable, so a page that links to the
   * case of another place is not found for that place.
   */
  linked?: Partial<Record<SearchedPart, ReadonlyArray<readonly [number, number]>>>;
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
 * The Pagefind record of a case page: its parts as index text, once each (custom records carry
 * no field weights; Pagefind's own bonus for words in the title meta field ranks a case about a
 * topic above one that mentions it in passing), then the years in the other era and the other
 * forms of its synonyms (src/search/synonyms.ts), then the pair tokens of its common words
 * (pairSection; they come last so that word positions stay those of the text), then, for
 * excerpts, the written text of every part but the title (src/search/written-text.ts).
 */
export function caseRecord(page: CasePage, common: ReadonlySet<string> = new Set()): CaseSearchRecord {
  const seen = new Map<string, number>();
  const parts = SEARCHED_PARTS.map((part) => partWords(page.parts[part], page.linked?.[part]));
  // Searchable whatever the page's count of their words, so that a page found by one is found
  // by the phrase, at the places the search checks.
  const synonyms = synonymForms(
    parts.flatMap(({ words, searchable }) => words.map((word, at) => (searchable[at] ? word : ''))),
  );
  const text = [
    ...parts.map(({ words, searchable }) => indexWords(words, seen, searchable)),
    indexText(page.otherEraYears.join(' '), seen),
    ...synonyms.map((form) => indexWords(form)),
  ];
  const [title, ...rest] = SEARCHED_PARTS.map((part, at) => ({ text: page.parts[part], words: parts[at]!.words }));
  const written = writtenToken(writtenText(rest, title!.words.length));
  const pairs = [
    pairSection(
      parts.flatMap(({ words }) => words),
      common,
      parts.flatMap(({ searchable }) => searchable),
    ),
    ...synonyms.map((form) => pairSection(form, common)),
  ];
  const content = [...text, ...pairs, written].filter(Boolean).join(' ');
  return { url: page.url, content, language: INDEX_LANGUAGE, meta: page.meta };
}

/**
 * The words on at least COMMON_SHARE of the pages (and COMMON_MIN_PAGES), the most common first:
 * they get pair tokens, and the search page leaves them out of phrase searches when it can
 * (src/search/run.ts, phraseWords).
 */
export function commonWords(pages: readonly CasePage[]): string[] {
  const pagesWith = new Map<string, number>();
  for (const page of pages) {
    const words = new Set(
      SEARCHED_PARTS.flatMap((part) => {
        const { words: all, searchable } = partWords(page.parts[part], page.linked?.[part]);
        return all.filter((_, at) => searchable[at]);
      }),
    );
    for (const word of words) pagesWith.set(word, (pagesWith.get(word) ?? 0) + 1);
  }
  const threshold = Math.max(COMMON_SHARE * pages.length, COMMON_MIN_PAGES);
  return [...pagesWith]
    .filter(([, count]) => count >= threshold)
    .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0))
    .map(([word]) => word);
}
