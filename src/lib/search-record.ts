import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { CaseData } from '../schemas/case';
import { expandAbbreviations } from './thai-abbreviations';
import { normalizeThai } from './thai-normalize';
import { toIndexText } from './thai-segment';
import { otherEraYears } from './thai-years';
import { coreArea } from './vocabulary';
import { formatBuddhistYear } from './years';

/**
 * The search filters, in the order the search page shows them. Keys are the URL parameters
 * (/search/?area=health&province=น่าน); values are slugs, except provinces, which are Thai names.
 */
export const SEARCH_FILTER_KEYS = ['area', 'system', 'province', 'type', 'evidence'] as const;
export type SearchFilterKey = (typeof SEARCH_FILTER_KEYS)[number];

/**
 * Between the words of the indexed text: a zero-width non-joiner. Pagefind splits words on it,
 * so phrases line up with our segmentation, and it is invisible in the excerpts Pagefind returns,
 * where the search page removes it; spaces the author wrote stay spaces.
 */
export const INDEX_SEPARATOR = '\u200C';

/** The parts of a case page that are searched, marked with data-search in the page. */
const SEARCHED_PARTS = ['title', 'summary', 'tags', 'places', 'local-government', 'body'] as const;

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

/** A Pagefind custom record for one case page. */
export interface CaseSearchRecord {
  url: string;
  content: string;
  language: 'th';
  meta: Record<string, string>;
  filters: Record<SearchFilterKey, string[]>;
  sort: Record<string, string>;
}

/**
 * Index text for a stretch of page text: normalised (digits, ำ, mark order, invisible characters),
 * abbreviations in full, each space-separated chunk segmented into words joined by INDEX_SEPARATOR.
 */
export function indexText(text: string): string {
  return expandAbbreviations(normalizeThai(text))
    .split(/\s+/)
    .map((chunk) => toIndexText(chunk, INDEX_SEPARATOR))
    .filter(Boolean)
    .join(' ');
}

const attribute = (element: Element, name: string): string => {
  const value = element.properties[name];
  return Array.isArray(value) ? value.join(' ') : value === undefined || value === null ? '' : String(value);
};

/**
 * Reads a built case page and returns its search record, or undefined when the page is not a case
 * page. Only the marked parts are searched; site chrome, facts panels and sources are not.
 */
export function caseRecordFromHtml(html: string, url: string): CaseSearchRecord | undefined {
  const tree: Root = fromHtml(html);
  const article = select('article[data-case-slug]', tree);
  if (!article) return undefined;
  const parts = Object.fromEntries(
    SEARCHED_PARTS.map((part) => [part, selectAll(`[data-search="${part}"]`, article).map((el) => toText(el, { whitespace: 'normal' })).join(' ')]),
  ) as Record<(typeof SEARCHED_PARTS)[number], string>;
  const allText = SEARCHED_PARTS.map((part) => parts[part]).join(' ');
  const years = otherEraYears(normalizeThai(allText));
  // Custom records carry no field weights: the title and summary are repeated so that a case
  // about a topic outranks one that mentions it in passing.
  const weighted = [parts.title, parts.title, parts.summary].map(indexText);
  const content = [...SEARCHED_PARTS.map((part) => indexText(parts[part])), ...weighted, years.join(' ')]
    .filter(Boolean)
    .join(' \n ');

  const area = attribute(article, 'dataSearchArea');
  const year = attribute(article, 'dataSearchYear');
  const provinces = attribute(article, 'dataSearchProvinces').split('|').filter(Boolean);
  const firstPlace = select('[data-place]', article);
  return {
    url,
    content,
    language: 'th',
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
    // Cases without a known year sort last when newest come first.
    sort: { year: year || '0' },
  };
}
