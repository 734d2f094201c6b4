import { describe, expect, it } from 'vitest';
import {
  hasPhraseAt,
  phrasePairSearch,
  phraseWords,
  plannedSearch,
  textHasPhrase,
  type PagefindSearcher,
} from '../../../src/search/run';
import { PHRASE_CHECK_LIMIT, PHRASE_SEARCH_PAIRS, PHRASE_SEARCH_WORDS } from '../../../src/search/thresholds';
import { HIDDEN_WORD, indexText, pageWords, pairSection, pairToken, WORD_END } from '../../../src/search/tokens';

interface FakeResult {
  id: string;
  words: number[];
  data: () => Promise<{ content: string }>;
}

/**
 * A stand-in for pagefind.js over a few pages of index text: a query's words (space-separated)
 * must all match a searchable word of the page, as a prefix; `words` are the matched positions.
 */
function fakePagefind(pages: Record<string, string>) {
  const asked: Array<string | null> = [];
  const fetched: string[] = [];
  const searcher: PagefindSearcher<FakeResult> = {
    search: async (query) => {
      asked.push(query);
      const results: FakeResult[] = [];
      for (const [id, text] of Object.entries(pages)) {
        const data = async () => {
          fetched.push(id);
          return { content: text };
        };
        const tokens = text.split(' ');
        if (query === null) {
          results.push({ id, words: [], data });
          continue;
        }
        const terms = query.split(' ');
        const positions = terms.map((term) =>
          tokens.flatMap((token, at) => (!token.startsWith(HIDDEN_WORD) && token.startsWith(term) ? [at] : [])),
        );
        if (positions.every((list) => list.length > 0))
          results.push({ id, words: positions.flat().sort((a, b) => a - b), data });
      }
      return { results };
    },
  };
  return { searcher, asked, fetched };
}

/** Index text with the pair tokens of its common words, as caseRecord writes it. */
const withPairs = (text: string, common: readonly string[]) =>
  `${indexText(text)} ${pairSection(pageWords(text).flat(), new Set(common))}`.trim();

const ids = (results: ReadonlyArray<{ id: string }>) => results.map((result) => result.id);
/** Many pages that have ป่า and ชุมชน apart, to get past the text check. */
const apart = (count: number) =>
  Object.fromEntries(Array.from({ length: count }, (_, i) => [`apart-${i}`, indexText('ป่าไม้ของชุมชน')]));

describe('hasPhraseAt', () => {
  it('finds consecutive positions for a phrase searched word by word', () => {
    expect(hasPhraseAt([4, 9, 10, 11], [0, 1, 2])).toBe(true);
    expect(hasPhraseAt([4, 9, 11, 12], [0, 1, 2])).toBe(false);
    expect(hasPhraseAt([12, 10, 11, 11], [0, 1, 2])).toBe(true);
  });

  it('finds the searched words at their places when some were left out', () => {
    // Words 1 and 3 of the phrase searched: they must be two apart.
    expect(hasPhraseAt([5, 20, 22], [1, 3])).toBe(true);
    expect(hasPhraseAt([5, 20, 23], [1, 3])).toBe(false);
  });

  it('needs any position for one word and finds nothing in an empty list', () => {
    expect(hasPhraseAt([7], [0])).toBe(true);
    expect(hasPhraseAt([], [0])).toBe(false);
    expect(hasPhraseAt([3, 4], [])).toBe(false);
  });
});

describe('phraseWords', () => {
  const common = ['ชุมชน', 'บ้าน', 'ผู้', 'สูง', 'อายุ', 'อาสา', 'ติด', 'ดูแล', 'โรงเรียน'];

  it('searches only the telling words when there are two or more', () => {
    expect(phraseWords(['กอง', 'ทุน', 'ดูแล', 'ผู้', 'สูง', 'อายุ', 'ติด', 'เตียง'], common)).toEqual([0, 1, 7]);
  });

  it(`searches the ${PHRASE_SEARCH_WORDS} longest of many telling words`, () => {
    expect(phraseWords(['กองทุน', 'หนุน', 'คัด', 'กรอง', 'เบาหวาน', 'ความดัน'], common)).toEqual([0, 4, 5]);
  });

  it('searches one telling word with the words either side of it, at every place they have', () => {
    expect(phraseWords(['อาสา', 'ดูแล', 'ผู้', 'สูง', 'อายุ', 'ติด', 'บ้าน', 'ติด', 'เตียง'], common)).toEqual([5, 7, 8]);
    expect(phraseWords(['ป่า', 'ชุมชน'], common)).toEqual([0, 1]);
  });

  it('searches the whole phrase when every word is common, or without a list', () => {
    expect(phraseWords(['โรงเรียน', 'ผู้', 'สูง', 'อายุ'], common)).toEqual([0, 1, 2, 3]);
    expect(phraseWords(['ดอน', 'แก้ว', 'อำเภอ', 'แม่ริม', 'จังหวัด'])).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('textHasPhrase', () => {
  it('finds the words one after another in index text, hidden occurrences included', () => {
    const text = indexText('ป่า ชุมชน ป่า ป่า ชุมชน ชุมชน ป่าชุมชน');
    expect(text).toContain(`${HIDDEN_WORD}ป่า${WORD_END}`);
    expect(textHasPhrase(text, ['ชุมชน', 'ป่า'])).toBe(true);
    expect(textHasPhrase(indexText('ป่าไม้ของชุมชน'), ['ป่า', 'ชุมชน'])).toBe(false);
  });

  it('matches whole words, not beginnings', () => {
    expect(textHasPhrase(indexText('ป่าชุมชนบ้านปง'), ['ป่า', 'ชุม'])).toBe(false);
  });
});

describe('plannedSearch', () => {
  it('answers a compound with the pages that have its words together, searching each word as a whole word', async () => {
    const { searcher, asked } = fakePagefind({
      together: indexText('ชาวบ้านดูแลป่าชุมชน'),
      ...apart(PHRASE_CHECK_LIMIT + 1),
    });
    const result = await plannedSearch(searcher, 'ป่าชุมชน');
    expect(result.matched).toBe('phrase');
    expect(ids(result.results)).toEqual(['together']);
    expect(asked).toEqual([`ป่า${WORD_END} ชุมชน${WORD_END}`]);
  });

  it('checks few pages against their text, so a phrase in hidden occurrences counts and a false run does not', async () => {
    const { searcher, fetched } = fakePagefind({
      // ป่า and ชุมชน are used up before the phrase comes: its positions are hidden.
      late: indexText('ป่าไม้ ป่าไม้ ชุมชน ชุมชน แล้วจึงมีป่าชุมชน'),
      // ชุมชน then ป่า: consecutive positions, in the wrong order.
      reversed: indexText('ชุมชนป่าไม้'),
    });
    const result = await plannedSearch(searcher, 'ป่าชุมชน');
    expect(ids(result.results)).toEqual(['late']);
    expect(fetched.sort()).toEqual(['late', 'reversed']);
  });

  it('falls back to all words, as typed, when no page has the phrase', async () => {
    const { searcher, asked } = fakePagefind({ apart: indexText('ป่าไม้ของชุมชน') });
    const result = await plannedSearch(searcher, 'ป่าชุมชน');
    expect(result.matched).toBe('words');
    expect(ids(result.results)).toEqual(['apart']);
    expect(asked).toEqual([`ป่า${WORD_END} ชุมชน${WORD_END}`, 'ป่า ชุมชน']);
  });

  it('searches one word as typed, as a beginning, when no page has it whole', async () => {
    const { searcher, asked } = fakePagefind({ a: indexText('ชุมชนเข้มแข็ง'), b: indexText('ป่าไม้') });
    const result = await plannedSearch(searcher, 'ชุม');
    expect(ids(result.results)).toEqual(['a']);
    expect(result.matched).toBe('words');
    expect(asked).toEqual(['ชุม', `ชุม${WORD_END}`]);
  });

  it('keeps the pages that have one word whole, in the order of the search by its beginning', async () => {
    const { searcher, asked } = fakePagefind({
      longer: indexText('จังหวัดกำแพงเพชร'),
      whole: indexText('อบต.กำแพง'),
      both: indexText('กำแพงเพชร กำแพง'),
    });
    const result = await plannedSearch(searcher, 'กำแพง');
    expect(ids(result.results)).toEqual(['whole', 'both']);
    expect(ids(result.candidates)).toEqual(['whole', 'both']);
    expect(asked).toEqual(['กำแพง', `กำแพง${WORD_END}`]);
  });

  it('searches only the telling words of a phrase with common words, and checks their places', async () => {
    const { searcher, asked } = fakePagefind({
      together: indexText('ดูแลผู้ป่วยติดเตียงที่บ้าน'),
      // The same telling words, not at their places in the phrase.
      apart: indexText('ผู้ป่วยต้องดูแลเรื่องเตียงด้วย'),
      ...Object.fromEntries(Array.from({ length: PHRASE_CHECK_LIMIT }, (_, i) => [`other-${i}`, indexText('ดูแลต้นไม้')])),
    });
    // ป่วย ติด: two neighbours neither of which is common, so the index has no pair token for them.
    const result = await plannedSearch(searcher, 'ดูแลผู้ป่วยติดเตียง', { commonWords: ['ผู้'] });
    expect(asked[0]).toBe(`ดูแล${WORD_END} ป่วย${WORD_END} เตียง${WORD_END}`);
    expect(result.matched).toBe('phrase');
    expect(ids(result.results)).toEqual(['together']);
  });

  it('keeps only what `keep` accepts, falling back when the filters leave no phrase hit, and reports the candidates', async () => {
    const { searcher } = fakePagefind({ together: indexText('ป่าชุมชน'), apart: indexText('ป่าไม้ของชุมชน') });
    const filtered = await plannedSearch(searcher, 'ป่าชุมชน', { keep: (result) => result.id === 'apart' });
    expect(filtered.matched).toBe('words');
    expect(ids(filtered.results)).toEqual(['apart']);
    expect(ids(filtered.candidates).sort()).toEqual(['apart', 'together']);
    const open = await plannedSearch(searcher, 'ป่าชุมชน');
    expect(ids(open.candidates)).toEqual(['together']);
  });

  it('lists every page for an empty query only when asked to (filters alone), and nothing otherwise', async () => {
    const { searcher, asked } = fakePagefind({ x: indexText('ป่า'), y: indexText('นา') });
    const listed = await plannedSearch(searcher, '  ', { listAll: true, keep: (result) => result.id === 'y' });
    expect(listed.matched).toBe('filters');
    expect(ids(listed.results)).toEqual(['y']);
    expect((await plannedSearch(searcher, '')).matched).toBe('nothing');
    expect(asked).toEqual([null]);
  });
});

/** The pair tokens a phrase is searched by, or null. */
const phrasePairs = (phrase: readonly string[], common?: readonly string[]) =>
  phrasePairSearch(phrase, common)?.pairs ?? null;
/** The pairs searched first, or none. */
const tellingPairs = (phrase: readonly string[], common?: readonly string[]) =>
  phrasePairSearch(phrase, common)?.telling ?? [];

describe('phrasePairs', () => {
  const common = ['ผู้', 'สูง', 'อายุ', 'ชุมชน'];

  it('gives the pair token of every two neighbouring words, once each', () => {
    expect(phrasePairs(['ผู้', 'สูง', 'อายุ'], common)).toEqual([pairToken('ผู้', 'สูง'), pairToken('สูง', 'อายุ')]);
    expect(phrasePairs(['ป่า', 'ชุมชน'], common)).toEqual([pairToken('ป่า', 'ชุมชน')]);
    expect(phrasePairs(['ชุมชน', 'ชุมชน', 'ชุมชน'], common)).toEqual([pairToken('ชุมชน', 'ชุมชน')]);
  });

  it(`gives the ${PHRASE_SEARCH_PAIRS} pairs of a long phrase with its telling words first, longer first`, () => {
    const phrase = ['อาสา', 'ดูแล', 'ผู้', 'สูง', 'อายุ', 'ติด', 'บ้าน', 'ติด', 'เตียง'];
    const many = ['อาสา', 'ดูแล', 'ผู้', 'สูง', 'อายุ', 'ติด', 'บ้าน'];
    expect(phrasePairs(phrase, many)).toEqual([
      pairToken('ติด', 'เตียง'),
      pairToken('อาสา', 'ดูแล'),
      pairToken('ดูแล', 'ผู้'),
    ]);
  });

  it('gives null when two neighbouring words are both not common, for one word, and without a list', () => {
    expect(phrasePairs(['ดอน', 'แก้ว', 'ชุมชน'], common)).toBeNull();
    expect(phrasePairs(['ชุมชน'], common)).toBeNull();
    expect(phrasePairs(['ผู้', 'สูง'])).toBeNull();
  });
});

describe('plannedSearch with pair tokens', () => {
  const common = ['ผู้', 'สูง', 'อายุ', 'โรงเรียน', 'ชุมชน', 'ของ'];

  it('searches a phrase of common words by its pairs and answers with the pages that have it', async () => {
    const { searcher, asked } = fakePagefind({
      school: withPairs('โรงเรียนผู้สูงอายุของชุมชน', common),
      // Every word of the phrase, not together.
      apart: withPairs('ผู้ใหญ่ในชุมชนอายุยืน สูงวัย โรงเรียนของเด็ก', common),
      ...Object.fromEntries(
        Array.from({ length: PHRASE_CHECK_LIMIT }, (_, i) => [`elderly-${i}`, withPairs('ชมรมผู้สูงอายุ', common)]),
      ),
    });
    const result = await plannedSearch(searcher, 'ผู้สูงอายุ', { commonWords: common });
    expect(asked).toEqual([`${pairToken('ผู้', 'สูง')} ${pairToken('สูง', 'อายุ')}`]);
    expect(result.matched).toBe('phrase');
    expect(ids(result.results).sort()).toEqual(
      ['school', ...Array.from({ length: PHRASE_CHECK_LIMIT }, (_, i) => `elderly-${i}`)].sort(),
    );
  });

  it('finds a phrase whose words are hidden occurrences, and checks few hits of a long phrase against the text', async () => {
    const { searcher, fetched } = fakePagefind({
      late: withPairs('ผู้ ผู้ สูง สูง อายุ อายุ แล้วจึงมีโรงเรียนผู้สูงอายุ', common),
      // Both pairs of ผู้ สูง อายุ, apart: ผู้สูง … สูงอายุ.
      split: withPairs('ผู้สูง ผล สูงอายุ', common),
    });
    const result = await plannedSearch(searcher, 'ผู้สูงอายุ', { commonWords: common });
    expect(ids(result.results)).toEqual(['late']);
    expect(fetched.sort()).toEqual(['late', 'split']);
  });

  it('takes a two-word phrase from its pair without fetching text, and falls back to the words when no page has it', async () => {
    const { searcher, asked, fetched } = fakePagefind({
      forest: withPairs('ป่าชุมชน', common),
      apart: withPairs('ป่าไม้ของชุมชน', common),
    });
    expect(ids((await plannedSearch(searcher, 'ป่าชุมชน', { commonWords: common })).results)).toEqual(['forest']);
    expect(fetched).toEqual([]);
    const loose = await plannedSearch(searcher, 'ชุมชนป่า', { commonWords: common });
    expect(loose.matched).toBe('words');
    expect(ids(loose.results).sort()).toEqual(['apart', 'forest']);
    expect(asked).toEqual([pairToken('ป่า', 'ชุมชน'), pairToken('ชุมชน', 'ป่า'), 'ชุมชน ป่า']);
  });
});

describe('tellingPairs', () => {
  const common = ['องค์การ', 'บริหาร', 'ส่วน', 'ตำบล', 'ผู้', 'สูง', 'อายุ'];

  it('gives the pairs with a telling word when the phrase also has pairs of common words only', () => {
    expect(tellingPairs(['องค์การ', 'บริหาร', 'ส่วน', 'ตำบล', 'กำแพง'], common)).toEqual([pairToken('ตำบล', 'กำแพง')]);
    expect(tellingPairs(['โรงเรียน', 'ผู้', 'สูง', 'อายุ'], common)).toEqual([pairToken('โรงเรียน', 'ผู้')]);
  });

  it('gives nothing when every pair searched is telling, or none is, or there are no pairs', () => {
    expect(tellingPairs(['ป่า', 'ตำบล'], common)).toEqual([]);
    expect(tellingPairs(['ผู้', 'สูง', 'อายุ'], common)).toEqual([]);
    expect(tellingPairs(['ดอน', 'แก้ว'], common)).toEqual([]);
    expect(tellingPairs(['ผู้', 'สูง'])).toEqual([]);
  });
});

describe('plannedSearch with telling pairs first', () => {
  const common = ['องค์การ', 'บริหาร', 'ส่วน', 'ตำบล', 'เทศบาล'];
  const others = (count: number, text: string) =>
    Object.fromEntries(Array.from({ length: count }, (_, i) => [`other-${i}`, withPairs(text, common)]));

  it('searches the telling pair alone and checks its few pages against the text', async () => {
    const { searcher, asked, fetched } = fakePagefind({
      sao: withPairs('องค์การบริหารส่วนตำบลกำแพงดูแลป่า', common),
      town: withPairs('เทศบาลตำบลกำแพงจัดงาน', common),
      ...others(PHRASE_CHECK_LIMIT, 'องค์การบริหารส่วนตำบลอื่น'),
    });
    const result = await plannedSearch(searcher, 'อบต.กำแพง', { commonWords: common });
    expect(result.matched).toBe('phrase');
    expect(ids(result.results)).toEqual(['sao']);
    expect(asked).toEqual([pairToken('ตำบล', 'กำแพง')]);
    expect(fetched.sort()).toEqual(['sao', 'town']);
  });

  it('adds the common pairs when the telling ones find many pages, and falls back when no page has the phrase', async () => {
    const { searcher, asked } = fakePagefind({
      sao: withPairs('องค์การบริหารส่วนตำบลกำแพงดูแลป่า', common),
      ...others(PHRASE_CHECK_LIMIT + 1, 'เทศบาลตำบลกำแพง'),
    });
    const result = await plannedSearch(searcher, 'อบต.กำแพง', { commonWords: common });
    expect(ids(result.results)).toEqual(['sao']);
    expect(asked).toHaveLength(2);
    expect(asked[0]).toBe(pairToken('ตำบล', 'กำแพง'));
    expect(asked[1]).toContain(pairToken('องค์การ', 'บริหาร'));

    const none = fakePagefind({ town: withPairs('เทศบาลตำบลกำแพง', common) });
    const loose = await plannedSearch(none.searcher, 'อบต.กำแพง', { commonWords: common });
    expect(loose.matched).toBe('nothing');
    expect(none.asked).toEqual([pairToken('ตำบล', 'กำแพง'), 'องค์การ บริหาร ส่วน ตำบล กำแพง']);
  });
});
