import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPagefind } from '../../../src/search/bench/pagefind-node';
import { casePage } from '../../support/case-page';
import { resultUrls as urls, tempSearchIndex, type TempIndex } from '../../support/temp-index';

const page = (slug: string, body: string) => casePage({ body }, slug);

describe('Thai marks in a real Pagefind index, loaded with the search page’s options', () => {
  let index: TempIndex;

  beforeAll(async () => {
    index = await tempSearchIndex('marks-index', [
      page('nan', 'ขยะของจังหวัดน่าน'),
      page('long', 'ทำมานานแล้ว'),
      page('puey', 'รางวัลป๋วย อึ๊งภากรณ์'),
      page('sick', 'ดูแลผู้ป่วยติดเตียง'),
    ]);
  }, 60_000);

  afterAll(() => index?.close());

  it('matches a word only with its tone marks (Pagefind alone folds them: น่าน = นาน)', async () => {
    expect(await urls((await index.search.run({ query: 'น่าน' })).results)).toEqual(['/cases/nan/']);
    expect(await urls((await index.search.run({ query: 'นาน' })).results)).toEqual(['/cases/long/']);
    expect(await urls((await index.search.run({ query: 'ป๋วย' })).results)).toEqual(['/cases/puey/']);
    expect(await urls((await index.search.run({ query: 'ป่วย' })).results)).toEqual(['/cases/sick/']);
  });

  it('folds them without the option, which is why the search sets it', async () => {
    const stock = (await loadPagefind(index.dir, {})).pagefind;
    expect(await urls((await stock.search('น่าน')).results)).toEqual(['/cases/long/', '/cases/nan/']);
    await stock.destroy?.();
  });
});
