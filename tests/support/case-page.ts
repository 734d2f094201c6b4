import type { CasePage } from '../../src/search/record';

/**
 * A case page as the search index reads it from a built page: the given parts (the others
 * empty), titled after its title part, no filters, no year. `slug` names its URL.
 */
export function casePage(parts: Partial<CasePage['parts']>, slug = 'x', otherEraYears: string[] = []): CasePage {
  return {
    url: `/cases/${slug}/`,
    parts: { title: '', summary: '', tags: '', places: '', 'local-government': '', body: '', ...parts },
    otherEraYears,
    meta: { title: parts.title ?? slug },
    filters: { area: [], system: [], province: [], type: [], evidence: [] },
    year: null,
  };
}
