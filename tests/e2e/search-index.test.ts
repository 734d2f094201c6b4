import { readdir, readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPagefind, type PagefindModule } from '../../src/search/bench/pagefind-node';
import { searchOf } from '../../src/search/bench/measure';
import { meanScores, meanScoresBy, scoreQuery, type QueryScores } from '../../src/search/bench/metrics';
import { readCaseFiles } from '../../src/cases/files';
import { readCasePages } from '../../src/search/build/write-index';
import { FACET_FILE } from '../../src/search/bundle';
import type { KnowledgeBaseSearch } from '../../src/search/create-search';
import { readFacetFile, type FacetFile } from '../../src/search/facets';
import { INDEX_LANGUAGE, SEARCHED_PARTS } from '../../src/search/record';
import { SEARCHABLE_OCCURRENCES } from '../../src/search/thresholds';
import { textWords, WORD_END } from '../../src/search/tokens';
import { readWrittenText } from '../../src/search/written-text';
import queries from '../fixtures/search-queries.json';

const K = 5;

interface Judged {
  query: string;
  behaviour: string;
  expected: string[];
  returned: string[];
  scores: QueryScores;
}

let pagefind: PagefindModule;
let search: KnowledgeBaseSearch;
let judged: Judged[];

/** What the search page would list first for a query, as case slugs. */
async function topSlugs(query: string): Promise<string[]> {
  const { results } = await search.run({ query });
  const data = await Promise.all(results.slice(0, K).map((result) => result.data()));
  return data.map((item) => /\/cases\/([^/]+)\//.exec(item.url)?.[1] ?? item.url);
}

const failures = (list: readonly Judged[], key: keyof QueryScores) =>
  list.filter((j) => j.scores[key] < 1).map((j) => ({ query: j.query, expected: j.expected, got: j.returned }));

beforeAll(async () => {
  const loaded = await loadPagefind('dist/pagefind');
  ({ pagefind } = loaded);
  search = searchOf(loaded);
  judged = [];
  for (const { query, behaviour, expected } of queries) {
    const returned = await topSlugs(query);
    judged.push({ query, behaviour, expected, returned, scores: scoreQuery(K, { returned, expected }) });
  }
});

describe('the search index of the production build', () => {
  it('holds one page per case file and per built case page', async () => {
    const entry = JSON.parse(await readFile('dist/pagefind/pagefind-entry.json', 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const caseFiles = await readCaseFiles(process.cwd());
    const builtPages = (await readdir('dist/cases', { withFileTypes: true })).filter((d) => d.isDirectory());
    expect(entry.languages[INDEX_LANGUAGE]?.page_count).toBe(caseFiles.length);
    expect(entry.languages[INDEX_LANGUAGE]?.page_count).toBe(builtPages.length);
    expect(Object.keys(entry.languages)).toEqual([INDEX_LANGUAGE]);
  });

  it('has every page in the facet table, with the case’s area', async () => {
    const table = readFacetFile(JSON.parse(await readFile(`dist/pagefind/${FACET_FILE}`, 'utf8')) as FacetFile);
    const { results } = await pagefind.search(null);
    const caseFiles = await readCaseFiles(process.cwd());
    expect(results).toHaveLength(caseFiles.length);
    expect(table.rows.size).toBe(caseFiles.length);
    for (const result of results) {
      const row = table.rows.get(result.id);
      expect(row, result.id).toBeDefined();
      const slug = /\/cases\/([^/]+)\//.exec((await result.data()).url)![1];
      const file = caseFiles.find((f) => f.file.endsWith(`/${slug}.mdx`))!;
      expect(file.source).toMatch(new RegExp(`^area: ${table.values.area[table.columns.area[row!]![0]!]}$`, 'm'));
    }
  });

  it(`makes at most ${SEARCHABLE_OCCURRENCES} occurrences of a word searchable on each page`, async () => {
    const { results } = await pagefind.search(`ตำบล${WORD_END}`);
    expect(results.length).toBeGreaterThan(5);
    for (const result of results) expect(result.words.length).toBeLessThanOrEqual(SEARCHABLE_OCCURRENCES);
    const texts = await Promise.all(results.map(async (result) => (await result.data()).content));
    expect(texts.some((text) => text.split(`ตำบล${WORD_END}`).length - 1 > SEARCHABLE_OCCURRENCES)).toBe(true);
  });

  it('stores each page’s text as the author wrote it, title aside, for excerpts', async () => {
    const pages = new Map((await readCasePages('dist')).map((page) => [page.url, page]));
    const { results } = await pagefind.search(null);
    for (const result of results) {
      const fragment = await result.data();
      const { text } = readWrittenText(fragment.content, textWords(fragment.content));
      const page = pages.get(fragment.url)!;
      expect(text, fragment.url).toBe(
        SEARCHED_PARTS.slice(1)
          .map((part) => page.parts[part])
          .join('\n'),
      );
    }
  });

  it(`finds what the query set expects: mean recall@${K} ≥ 0.95 and precision@${K} ≥ 0.85`, () => {
    const all = meanScores(judged.map((j) => j.scores));
    expect(all.queries).toBeGreaterThanOrEqual(60);
    expect(all.recall, JSON.stringify(failures(judged, 'recall'), null, 1)).toBeGreaterThanOrEqual(0.95);
    expect(all.precision, JSON.stringify(failures(judged, 'precision'), null, 1)).toBeGreaterThanOrEqual(0.85);
  });

  it(`finds at least 90% of the expected cases in every behaviour group (recall@${K} ≥ 0.9)`, () => {
    const byBehaviour = meanScoresBy(
      judged,
      (j) => j.behaviour,
      (j) => j.scores,
    );
    expect(byBehaviour.size).toBeGreaterThanOrEqual(8);
    for (const [behaviour, scores] of byBehaviour) {
      const misses = failures(
        judged.filter((j) => j.behaviour === behaviour),
        'recall',
      );
      expect(scores.recall, `${behaviour}: ${JSON.stringify(misses, null, 1)}`).toBeGreaterThanOrEqual(0.9);
    }
  });
});
