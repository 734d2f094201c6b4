import { describe, expect, it } from 'vitest';
import { buildHotLists, titleTokens, type HotPage } from '../../../src/search/build/hot-lists';
import { LEVEL_DIGITS, rankHotRows } from '../../../src/search/hot';
import { HOT_LEVELS } from '../../../src/search/thresholds';
import { indexText, pageWords, pairSection, pairToken, WORD_END } from '../../../src/search/tokens';

const Z = WORD_END;

/** A page as the index writes it: title first, then the body, then the pair tokens of its common words. */
function hotPage(title: string, body: string, common: readonly string[] = []): HotPage {
  const seen = new Map<string, number>();
  const words = [...pageWords(title).flat(), ...pageWords(body).flat()];
  const content = [indexText(title, seen), indexText(body, seen), pairSection(words, new Set(common))]
    .filter(Boolean)
    .join(' ');
  return { content, title: titleTokens(pageWords(title).flat()) };
}

/** The rows a list covers, read from its levels. */
const rowsOf = (levels: string) => [...levels].flatMap((level, row) => (level === '.' ? [] : [row]));

describe('titleTokens', () => {
  it('gives each word of a title and each two neighbours as a pair token', () => {
    expect(titleTokens(['โรงเรียน', 'ผู้', 'สูง', 'อายุ'])).toEqual(
      new Set([
        `โรงเรียน${Z}`,
        `ผู้${Z}`,
        `สูง${Z}`,
        `อายุ${Z}`,
        pairToken('โรงเรียน', 'ผู้'),
        pairToken('ผู้', 'สูง'),
        pairToken('สูง', 'อายุ'),
      ]),
    );
  });
});

describe('buildHotLists', () => {
  it('lists the terms on at least the given share and number of pages, with one character per page', () => {
    const pages = [hotPage('', 'ชุมชนป่าไม้'), hotPage('', 'ชุมชนริมน้ำ'), hotPage('', 'ชุมชนเมือง'), hotPage('', 'ป่าชายเลน')];
    const { keys, lists } = buildHotLists(pages, { share: 0.75, minPages: 3 });
    expect(keys.pages).toBe(4);
    expect(Object.keys(keys.keys).sort()).toEqual(['ชุมชน', `ชุมชน${Z}`].sort());
    const list = lists[keys.keys[`ชุมชน${Z}`]!]!;
    expect(list.levels).toHaveLength(4);
    expect(rowsOf(list.levels)).toEqual([0, 1, 2]);
    // ป่า is on two pages of four: below the share.
    expect(buildHotLists(pages, { share: 0.5, minPages: 2 }).keys.keys).toHaveProperty(`ป่า${Z}`);
    expect(buildHotLists(pages, { share: 0.5, minPages: 3 }).keys.keys).not.toHaveProperty(`ป่า${Z}`);
  });

  it('lets a bare word match every indexed word it begins, and shares a list when that is the word alone', () => {
    const page = (content: string): HotPage => ({ content, title: new Set() });
    const pages = [
      page(`ผู้${Z} นำ${Z} ชุมชน${Z}`),
      page(`ผู้${Z} ผู้ใหญ่บ้าน${Z} ชุมชน${Z}`),
      page(`ผู้ใหญ่บ้าน${Z}`),
      page(`ผู้นำ${Z}`),
    ];
    const { keys, lists } = buildHotLists(pages, { share: 0, minPages: 2 });
    expect(rowsOf(lists[keys.keys[`ผู้${Z}`]!]!.levels)).toEqual([0, 1]);
    // ผู้ typed alone begins ผู้, ผู้ใหญ่บ้าน and ผู้นำ.
    expect(rowsOf(lists[keys.keys['ผู้']!]!.levels)).toEqual([0, 1, 2, 3]);
    expect(keys.keys['ชุมชน']).toBe(keys.keys[`ชุมชน${Z}`]);
    expect(keys.keys['ผู้']).not.toBe(keys.keys[`ผู้${Z}`]);
  });

  it('does not count hidden occurrences, and finds a word that punctuation splits off, as Pagefind does', () => {
    const pages: HotPage[] = [
      { content: `ฯป่า${Z} ชุมชน${Z}`, title: new Set() },
      { content: `ป่า${Z} ชุมชน${Z}`, title: new Set() },
      { content: `03,2550คน${Z} ป่า${Z}`, title: new Set() },
    ];
    const { keys, lists } = buildHotLists(pages, { share: 0, minPages: 1 });
    expect(rowsOf(lists[keys.keys[`ป่า${Z}`]!]!.levels)).toEqual([1, 2]);
    expect(keys.keys).toHaveProperty(`2550คน${Z}`);
    expect(rowsOf(lists[keys.keys[`2550คน${Z}`]!]!.levels)).toEqual([2]);
  });

  it('lists pair tokens too', () => {
    const common = ['ผู้', 'สูง', 'อายุ'];
    const pages = [
      hotPage('', 'โรงเรียนผู้สูงอายุ', common),
      hotPage('', 'ผู้ใหญ่อายุยืนสูงวัย', common),
      hotPage('', 'ชมรมผู้สูงอายุ', common),
    ];
    const { keys, lists } = buildHotLists(pages, { share: 0, minPages: 2 });
    expect(rowsOf(lists[keys.keys[pairToken('ผู้', 'สูง')]!]!.levels)).toEqual([0, 2]);
  });
});

describe('the levels', () => {
  it(`are ${HOT_LEVELS} characters, one for each level, none of them the mark of a page without the term`, () => {
    expect(new Set(LEVEL_DIGITS).size).toBe(HOT_LEVELS);
    expect(LEVEL_DIGITS).not.toContain('.');
    expect(JSON.stringify(LEVEL_DIGITS)).toBe(`"${LEVEL_DIGITS}"`);
  });
});

describe('rankHotRows', () => {
  const common = ['ผู้', 'สูง', 'อายุ', 'ชุมชน'];
  const pages = [
    hotPage('ตลาดนัดชุมชน', 'ตลาดนัดชุมชนมีผู้สูงอายุมาขายของ', common),
    hotPage('โรงเรียนผู้สูงอายุ', 'ชุมชนเปิดโรงเรียนผู้สูงอายุ', common),
    hotPage('ป่าชุมชน', 'ป่าชุมชนดูแลโดยคนในชุมชน', common),
    hotPage('กองทุนผู้สูงอายุ', 'กองทุนช่วยผู้สูงอายุ ผู้สูงอายุ ในชุมชนที่มีรายได้น้อย ทุกหมู่บ้าน ทุกครอบครัว', common),
  ];
  const { keys, lists } = buildHotLists(pages, { share: 0, minPages: 1 });
  const listsOf = (...terms: string[]) => terms.map((term) => lists[keys.keys[term]!]!);

  it('keeps the rows on every list, as Pagefind ANDs terms', () => {
    const elderly = listsOf(pairToken('ผู้', 'สูง'), pairToken('สูง', 'อายุ'));
    expect(rankHotRows(elderly).sort()).toEqual([0, 1, 3]);
    expect(rankHotRows([...elderly, ...listsOf(`ป่า${Z}`)])).toEqual([]);
    expect(rankHotRows([])).toEqual([]);
  });

  it('ranks the pages with the terms in their title first', () => {
    const ranked = rankHotRows(listsOf(pairToken('ผู้', 'สูง'), pairToken('สูง', 'อายุ')));
    expect(ranked.slice(0, 2).sort()).toEqual([1, 3]);
    expect(ranked[2]).toBe(0);
    // Once in the title above twice in the body.
    const { keys: k, lists: l } = buildHotLists(
      [hotPage('ตลาด', 'ผู้สูงอายุ ผู้สูงอายุ', common), hotPage('ผู้สูงอายุ', 'ตลาด นา', common)],
      { share: 0, minPages: 2 },
    );
    expect(rankHotRows([l[k.keys[pairToken('ผู้', 'สูง')]!]!])).toEqual([1, 0]);
  });

  it('ranks a page that has the term more often, at the same length, above one that has it once', () => {
    const page = (body: string) => hotPage('', body, common);
    const { keys: k, lists: l } = buildHotLists([page('ผู้สูงอายุ ตลาด'), page('ผู้สูงอายุ ผู้สูงอายุ'), page('นา ไร่')], {
      share: 0,
      minPages: 2,
    });
    expect(rankHotRows([l[k.keys[pairToken('ผู้', 'สูง')]!]!])).toEqual([1, 0]);
  });
});
