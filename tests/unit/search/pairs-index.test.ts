import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casePage } from '../../support/case-page';
import { resultUrls as urls, tempSearchIndex, type TempIndex } from '../../support/temp-index';

/** A case page with only a body. */
const page = (slug: string, body: string) => casePage({ body }, slug);

const COMMON = ['ผู้', 'สูง', 'อายุ', 'ชุมชน', 'ของ'];

describe('pair tokens in a real Pagefind index', () => {
  let index: TempIndex;

  beforeAll(async () => {
    index = await tempSearchIndex(
      'pairs-index',
      [
        page('school', 'ตำบลเปิดโรงเรียนผู้สูงอายุของชุมชน'),
        page('apart', 'ผู้ใหญ่ในชุมชนอายุยืน สูงวัย'),
        page('forest', 'ป่าชุมชนของหมู่บ้าน'),
        page('trees', 'ป่าไม้ของชุมชน'),
      ],
      { common: COMMON },
    );
  }, 60_000);

  afterAll(() => index?.close());

  it('finds a phrase of common words by its pairs, and only the page that has it', async () => {
    const answer = await index.search.run({ query: 'ผู้สูงอายุ' });
    expect(answer.matched).toBe('phrase');
    expect(await urls(answer.results)).toEqual(['/cases/school/']);
  });

  it('finds a two-word phrase with one common word, and its words apart only through the fallback', async () => {
    expect(await urls((await index.search.run({ query: 'ป่าชุมชน' })).results)).toEqual(['/cases/forest/']);
    const loose = await index.search.run({ query: 'ชุมชนป่า' });
    expect(loose.matched).toBe('words');
    expect(await urls(loose.results)).toEqual(['/cases/forest/', '/cases/trees/']);
  });

  it('keeps pair tokens out of what a typed word begins (they start with a mark no Thai word starts with)', async () => {
    // ป่า, typed alone, is searched as a beginning: it must find the two pages by their words only.
    const { results } = await index.loaded.pagefind.search('ป่า');
    expect(results).toHaveLength(2);
    const forest = results.find((result) => result.words.length > 0)!;
    const words = (await forest.data()).content.split(' ');
    for (const at of forest.words) expect(words[at]!.startsWith('ป่า'), words[at]).toBe(true);
  });

  it('shows the phrase, not the pair tokens, in the excerpt', async () => {
    const answer = await index.search.run({ query: 'ผู้สูงอายุ' });
    const fragment = await answer.results[0]!.data();
    expect(index.search.excerpt(answer, fragment, 24)).toBe('ตำบลเปิดโรงเรียน<mark>ผู้สูงอายุ</mark>ของชุมชน');
  });
});
