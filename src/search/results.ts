/** What the results page shows besides the results: its orderings, the filters' labels and options, the collection's totals. */
import type { CaseData } from '../schemas/case';
import { filterValues, SEARCH_FILTER_KEYS, type SearchFilterKey } from './record';
import { compareThai } from '../thai/sort';
import { coreArea, evidenceLevel, localGovernmentKind, workingSystem } from '../cases/vocabulary';
import type { CoreAreaSlug, EvidenceLevel, LocalGovernmentType, SystemSlug } from '../cases/vocabulary';

export const RESULT_ORDERS = ['relevance', 'newest', 'oldest'] as const;

/** The year ordering a URL value asks for, or null for relevance (Pagefind's own order). */
export function yearOrder(value: string | undefined): 'newest' | 'oldest' | null {
  return value === 'newest' || value === 'oldest' ? value : null;
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
 * How many cases carry each filter value. Built into the search page so the filter list shows
 * before the facet table is fetched (that table grows with the number of cases).
 */
export function filterTotals(
  cases: ReadonlyArray<{ data: CaseData }>,
): Record<SearchFilterKey, Record<string, number>> {
  const totals = Object.fromEntries(SEARCH_FILTER_KEYS.map((key) => [key, {}])) as Record<
    SearchFilterKey,
    Record<string, number>
  >;
  for (const { data } of cases) {
    const values = filterValues(data);
    for (const key of SEARCH_FILTER_KEYS)
      for (const value of values[key]) totals[key][value] = (totals[key][value] ?? 0) + 1;
  }
  return totals;
}
