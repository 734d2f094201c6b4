import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPagefind, type LoadedPagefind } from '../../../src/search/bench/pagefind-node';
import { writeSearchIndex } from '../../../src/search/build/write-index';
import { HOT_KEYS_FILE, type HotResult, type HotSearcher } from '../../../src/search/bundle';
import { createSearch } from '../../../src/search/create-search';
import type { HotKeys } from '../../../src/search/hot';
import { casePage } from '../../support/case-page';

const page = (slug: string, title: string, body: string) => casePage({ title, body }, slug);

const COMMON = ['ผู้', 'สูง', 'อายุ', 'ชุมชน', 'ของ'];

describe('hot lists next to a real Pagefind index', () => {
  let dir: string;
  let loaded: LoadedPagefind;
  let hot: HotSearcher<HotResult>;
  let keys: HotKeys;
  const pagefindQueries: string[] = [];
  /** Pagefind, noting what it is asked. */
  const pagefind = {
    search: (query: string | null, options?: Record<string, unknown>) => {
      pagefindQueries.push(String(query));
      return loaded.pagefind.search(query, options);
    },
  };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'hot-index-'));
    await writeSearchIndex(
      [
        page('market', 'ตลาดนัดของชุมชน', 'ตลาดนัดชุมชนมีผู้สูงอายุมาขายของ ผู้สูงอายุ ผู้สูงอายุ'),
        page('school', 'โรงเรียนผู้สูงอายุ', 'ชุมชนเปิดโรงเรียนผู้สูงอายุ'),
        page('forest', 'ป่าชุมชน', 'ป่าชุมชนของหมู่บ้าน ดูแลโดยคนในชุมชน'),
        page('fund', 'กองทุนดูแลผู้สูงอายุ', 'กองทุนช่วยผู้สูงอายุในชุมชนที่มีรายได้น้อย'),
        page('apart', 'ผู้ใหญ่ใจดี', 'ผู้ใหญ่ในชุมชนอายุยืน สูงวัย'),
      ],
      dir,
      { common: COMMON, hot: { share: 0, minPages: 2 } },
    );
    loaded = await loadPagefind(dir);
    hot = await loaded.files.hot();
    keys = JSON.parse(await readFile(path.join(dir, HOT_KEYS_FILE), 'utf8')) as HotKeys;
  }, 60_000);

  afterAll(async () => {
    await loaded?.pagefind.destroy?.();
    await rm(dir, { recursive: true, force: true });
  });

  const urls = async (results: ReadonlyArray<{ data: () => Promise<{ url: string }> }>) =>
    Promise.all(results.map(async (result) => (await result.data()).url));

  it('writes a list for the terms on enough pages, pair tokens included', () => {
    expect(keys.pages).toBe(5);
    expect(Object.keys(keys.keys)).toEqual(expect.arrayContaining(['ชุมชน', `ชุมชน\u200C`, `0ผู้0สูง\u200C`]));
  });

  it('finds, for every listed term, the pages Pagefind finds', async () => {
    for (const key of Object.keys(keys.keys)) {
      const fromPagefind = await urls((await loaded.pagefind.search(key)).results);
      const fromLists = await urls(await hot.search([key]));
      expect(fromLists.sort(), key).toEqual(fromPagefind.sort());
    }
  });

  it('gives the same data for a page as Pagefind does', async () => {
    const [fromPagefind] = (await loaded.pagefind.search('โรงเรียน')).results;
    const same = (await hot.search([`0ผู้0สูง\u200C`])).find((result) => result.id === fromPagefind!.id)!;
    const [a, b] = await Promise.all([fromPagefind!.data(), same.data()]);
    expect({ url: b.url, content: b.content, meta: b.meta }).toEqual({ url: a.url, content: a.content, meta: a.meta });
  });

  /** The search page's search over the index, and the same with Pagefind answering everything. */
  const withLists = () => createSearch(pagefind, loaded.files);
  const withoutLists = () =>
    createSearch(pagefind, { ...loaded.files, hot: async () => ({ covers: () => false, search: async () => [] }) });

  it('answers a phrase of hot pairs and a hot word without asking Pagefind, with the pages it would give', async () => {
    for (const query of ['ผู้สูงอายุ', 'ชุมชน']) {
      const plain = await withoutLists().run({ query });
      pagefindQueries.length = 0;
      const fast = await withLists().run({ query });
      expect(pagefindQueries, query).toEqual([]);
      expect(fast.matched).toBe(plain.matched);
      expect((await urls(fast.results)).sort()).toEqual((await urls(plain.results)).sort());
    }
    const elderly = await urls((await withLists().run({ query: 'ผู้สูงอายุ' })).results);
    // Those with it in the title first; the market has it three times, but only in its text.
    expect(elderly.slice(0, 2).sort()).toEqual(['/cases/fund/', '/cases/school/']);
    expect(elderly[2]).toBe('/cases/market/');
  });

  it('leaves to Pagefind a query with a term that has no list', async () => {
    pagefindQueries.length = 0;
    const answer = await withLists().run({ query: 'ป่าชุมชน' });
    expect(pagefindQueries.length).toBeGreaterThan(0);
    expect(await urls(answer.results)).toEqual(['/cases/forest/']);
  });
});
