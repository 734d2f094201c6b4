import type { CaseData } from '../schemas/case';
import { filterValues, INDEX_SEPARATOR, SEARCH_FILTER_KEYS, type SearchFilterKey } from './search-record';
import { compareThai } from './thai-sort';
import { coreArea, evidenceLevel, localGovernmentKind, workingSystem } from './vocabulary';
import type { CoreAreaSlug, EvidenceLevel, LocalGovernmentType, SystemSlug } from './vocabulary';

/** Keys of the search page's URL: the filters (several values each) and the ordering (one). */
export const SEARCH_PAGE_URL_KEYS = {
  ...Object.fromEntries(SEARCH_FILTER_KEYS.map((key) => [key, 'many' as const])),
  sort: 'one' as const,
};

export const RESULT_ORDERS = ['relevance', 'newest', 'oldest'] as const;
export type ResultOrder = (typeof RESULT_ORDERS)[number];

/** Pagefind's sort option for an ordering; relevance is Pagefind's own. */
export function pagefindSort(order: string | undefined): Record<string, 'asc' | 'desc'> | undefined {
  if (order === 'newest') return { year: 'desc' };
  if (order === 'oldest') return { year: 'asc' };
  return undefined;
}

/** Pagefind filters from the page's selections: several values of one key mean any of them. */
export function pagefindFilters(selected: Record<string, string[]>): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const key of SEARCH_FILTER_KEYS) {
    const values = selected[key];
    if (values?.length) filters[key] = { any: values };
  }
  return filters;
}

/** The Thai label of a filter value (slugs become names; provinces are already names). */
export function filterValueLabel(key: SearchFilterKey, value: string): string {
  try {
    switch (key) {
      case 'area':
        return coreArea(value as CoreAreaSlug).th;
      case 'system':
        return workingSystem(value as SystemSlug).th;
      case 'type':
        return localGovernmentKind(value as LocalGovernmentType).th;
      case 'evidence':
        return evidenceLevel(value as EvidenceLevel).th;
      default:
        return value;
    }
  } catch {
    return value;
  }
}

/** A filter's values with their labels and counts, in Thai order of the labels. */
export function filterOptions(key: SearchFilterKey, counts: Record<string, number>) {
  return Object.entries(counts)
    .map(([value, count]) => ({ value, count, label: filterValueLabel(key, value) }))
    .sort((a, b) => compareThai(a.label, b.label));
}

/**
 * An excerpt from Pagefind, ready to show: the word separators the index put between Thai words
 * removed, so the text reads as written, with Pagefind's <mark> highlights kept.
 */
export function readableExcerpt(excerpt: string): string {
  return excerpt.split(INDEX_SEPARATOR).join('').replace(/<\/mark><mark>/g, '');
}

/**
 * How many cases carry each filter value. Built into the search page so the filter list shows
 * before Pagefind's filter index is fetched (that index grows with the number of cases).
 */
export function filterTotals(cases: ReadonlyArray<{ data: CaseData }>): Record<SearchFilterKey, Record<string, number>> {
  const totals = Object.fromEntries(SEARCH_FILTER_KEYS.map((key) => [key, {}])) as Record<SearchFilterKey, Record<string, number>>;
  for (const { data } of cases) {
    const values = filterValues(data);
    for (const key of SEARCH_FILTER_KEYS) for (const value of values[key]) totals[key][value] = (totals[key][value] ?? 0) + 1;
  }
  return totals;
}
