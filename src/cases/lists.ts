import type { CaseData } from '../schemas/case';
import { compareThai } from '../thai/sort';
import { CORE_AREA_SLUGS, type CoreAreaSlug, type SystemSlug } from './vocabulary';

/** The least a list function needs of a case: its slug (collection id) and front matter. */
export interface CaseSummary {
  id: string;
  data: CaseData;
}

export const CASE_ORDERS = ['newest', 'alphabetical'] as const;
export type CaseOrder = (typeof CASE_ORDERS)[number];

/**
 * The year that dates a practice (ค.ศ.): the year it started, or else the earliest year a source
 * shows it running; null when neither is known.
 */
export function practiceYear(data: Pick<CaseData, 'started' | 'knownSince'>): number | null {
  return data.started ?? data.knownSince ?? null;
}

/** Newest first: by practiceYear (unknown years last), then Thai title order. */
export function compareNewest(a: CaseSummary, b: CaseSummary): number {
  const yearA = practiceYear(a.data) ?? -Infinity;
  const yearB = practiceYear(b.data) ?? -Infinity;
  if (yearA !== yearB) return yearB - yearA;
  return compareThai(a.data.title, b.data.title);
}

/** A copy of `cases` in the given order. */
export function sortCases<T extends CaseSummary>(cases: readonly T[], order: CaseOrder): T[] {
  const compare = order === 'newest' ? compareNewest : (a: T, b: T) => compareThai(a.data.title, b.data.title);
  return [...cases].sort(compare);
}

export function casesInArea<T extends CaseSummary>(cases: readonly T[], area: CoreAreaSlug): T[] {
  return cases.filter((entry) => entry.data.area === area);
}

export function casesWithSystem<T extends CaseSummary>(cases: readonly T[], system: SystemSlug): T[] {
  return cases.filter((entry) => entry.data.systems.includes(system));
}

/** The cases most recently added or checked against their sources (lastReviewed), newest first. */
export function recentlyReviewed<T extends CaseSummary>(cases: readonly T[], limit: number): T[] {
  const day = (entry: T) => entry.data.lastReviewed.getTime();
  return [...cases].sort((a, b) => day(b) - day(a) || compareThai(a.data.title, b.data.title)).slice(0, limit);
}

/** How many cases each core area has, every area present (zero included). */
export function countByArea(cases: readonly CaseSummary[]): Record<CoreAreaSlug, number> {
  const counts = Object.fromEntries(CORE_AREA_SLUGS.map((slug) => [slug, 0])) as Record<CoreAreaSlug, number>;
  for (const entry of cases) counts[entry.data.area] += 1;
  return counts;
}

/** Cases that list `slug` in their adaptedFrom, in Thai title order. */
export function adaptedBy<T extends CaseSummary>(cases: readonly T[], slug: string): T[] {
  return cases
    .filter((entry) => entry.data.adaptedFrom?.includes(slug))
    .sort((a, b) => compareThai(a.data.title, b.data.title));
}

/**
 * A few cases to read next: same area counts most, then each shared system, then a shared
 * province. Cases sharing nothing are never offered.
 */
export function relatedCases<T extends CaseSummary>(cases: readonly T[], target: CaseSummary, limit = 3): T[] {
  const provinces = new Set(target.data.places.map((place) => place.province));
  const scored = cases
    .filter((entry) => entry.id !== target.id)
    .map((entry) => {
      let score = entry.data.area === target.data.area ? 3 : 0;
      score += entry.data.systems.filter((system) => target.data.systems.includes(system)).length;
      if (entry.data.places.some((place) => provinces.has(place.province))) score += 1;
      return { entry, score };
    })
    .filter(({ score }) => score > 0);
  scored.sort((a, b) => b.score - a.score || compareNewest(a.entry, b.entry));
  return scored.slice(0, limit).map(({ entry }) => entry);
}
