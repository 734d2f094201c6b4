import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPagefind, type PagefindModule } from '../../../src/search/bench/pagefind-node';
import { writeSearchIndex } from '../../../src/search/build/write-index';
import { createSearch, type KnowledgeBaseSearch } from '../../../src/search/create-search';
import { casePage } from '../../support/case-page';

const page = (slug: string, body: string) => casePage({ body }, slug);

describe('Thai marks in a real Pagefind index, loaded with the search page’s options', () => {
  let dir: string;
  let pagefind: PagefindModule;
  let search: KnowledgeBaseSearch;
  const urls = async (results: Array<{ data: () => Promise<{ url: string }> }>) =>
    (await Promise.all(results.map(async (result) => (await result.data()).url))).sort();

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'marks-index-'));
    await writeSearchIndex(
      [
        page('nan', 'ขยะของจังหวัดน่าน'),
        page('long', 'ทำมานานแล้ว'),
        page('puey', 'รางวัลป๋วย อึ๊งภากรณ์'),
        page('sick', 'ดูแลผู้ป่วยติดเตียง'),
      ],
      dir,
    );
    const loaded = await loadPagefind(dir);
    ({ pagefind } = loaded);
    search = createSearch(pagefind, loaded.files);
  }, 60_000);

  afterAll(async () => {
    await pagefind?.destroy?.();
    await rm(dir, { recursive: true, force: true });
  });

  it('matches a word only with its tone marks (Pagefind alone folds them: น่าน = นาน)', async () => {
    expect(await urls((await search.run({ query: 'น่าน' })).results)).toEqual(['/cases/nan/']);
    expect(await urls((await search.run({ query: 'นาน' })).results)).toEqual(['/cases/long/']);
    expect(await urls((await search.run({ query: 'ป๋วย' })).results)).toEqual(['/cases/puey/']);
    expect(await urls((await search.run({ query: 'ป่วย' })).results)).toEqual(['/cases/sick/']);
  });

  it('folds them without the option, which is why the search sets it', async () => {
    const stock = (await loadPagefind(dir, {})).pagefind;
    expect(await urls((await stock.search('น่าน')).results)).toEqual(['/cases/long/', '/cases/nan/']);
    await stock.destroy?.();
  });
});
