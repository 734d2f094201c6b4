import { describe, expect, it } from 'vitest';
import { plannedSearch, type PagefindSearcher } from '../../src/lib/search-run';

/** A stand-in for pagefind.js: answers each query string from a table and records what was asked. */
function fakePagefind(answers: Record<string, string[]>) {
  const asked: Array<string | null> = [];
  const searcher: PagefindSearcher<{ id: string }> = {
    search: async (query) => {
      asked.push(query);
      return { results: (answers[query ?? '<null>'] ?? []).map((id) => ({ id })), filters: {} };
    },
  };
  return { searcher, asked };
}

describe('plannedSearch', () => {
  it('orders several phrase hits by the all-words ranking', async () => {
    const { searcher, asked } = fakePagefind({ '"ป่า ชุมชน"': ['c', 'a'], 'ป่า ชุมชน': ['a', 'b', 'c'] });
    const result = await plannedSearch(searcher, 'ป่าชุมชน');
    expect(result.matched).toBe('phrase');
    expect(result.results.map((r) => r.id)).toEqual(['a', 'c']);
    expect(asked).toEqual(['"ป่า ชุมชน"', 'ป่า ชุมชน']);
  });

  it('returns a single phrase hit without a second search', async () => {
    const { searcher, asked } = fakePagefind({ '"ป่า ชุมชน"': ['a'] });
    const result = await plannedSearch(searcher, 'ป่า ชุมชน');
    expect(result.results.map((r) => r.id)).toEqual(['a']);
    expect(asked).toHaveLength(1);
  });

  it('falls back to all words when the phrase finds nothing', async () => {
    const { searcher } = fakePagefind({ 'ป่า ชุมชน': ['b'] });
    const result = await plannedSearch(searcher, 'ป่าชุมชน');
    expect(result.matched).toBe('words');
    expect(result.results.map((r) => r.id)).toEqual(['b']);
  });

  it('lists filtered cases for an empty query with filters, and nothing without filters', async () => {
    const { searcher, asked } = fakePagefind({ '<null>': ['x'] });
    expect((await plannedSearch(searcher, '  ', { filters: { area: { any: ['health'] } } })).results).toHaveLength(1);
    expect((await plannedSearch(searcher, '')).matched).toBe('nothing');
    expect(asked).toEqual([null]);
  });
});
