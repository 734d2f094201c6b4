import { describe, expect, it } from 'vitest';
import { INDEX_LANGUAGE } from '../../../src/search/record';
import { SEARCHABLE_OCCURRENCES } from '../../../src/search/thresholds';
import {
  HIDDEN_WORD,
  indexText,
  indexWords,
  isPairToken,
  PAIR_MARK,
  pageWords,
  pairSection,
  pairToken,
  partWords,
  textWords,
  WORD_END,
} from '../../../src/search/tokens';

const Z = WORD_END;
const H = HIDDEN_WORD;

/** The words of index text as readers see them: marks removed. */
const wordsOf = (text: string) =>
  text
    .split(' ')
    .filter(Boolean)
    .map((word) => word.split(Z).join('').replace(H, ''));
/** The words a query can match: hidden ones left out. */
const searchableOf = (text: string) =>
  text
    .split(' ')
    .filter((word) => word && !word.startsWith(H))
    .map((word) => word.split(Z).join(''));

describe('the index marks', () => {
  it('are invisible or never typed: a zero-width non-joiner, and ฯ, which segmentation drops from queries', () => {
    expect(WORD_END).toBe('\u200C');
    expect(HIDDEN_WORD).toBe('ฯ');
    expect(INDEX_LANGUAGE).not.toBe('th');
  });
});

describe('indexText', () => {
  it('ends every word with WORD_END and separates words with spaces', () => {
    expect(indexText('ป่าชุมชน ดอนแก้ว')).toBe(`ป่า${Z} ชุมชน${Z} ดอน${Z} แก้ว${Z}`);
  });

  it('collapses runs of whitespace and trims', () => {
    expect(indexText('  ป่าชุมชน \n\t  ดอนแก้ว  ')).toBe(indexText('ป่าชุมชน ดอนแก้ว'));
  });

  it('writes abbreviations in full', () => {
    expect(wordsOf(indexText('ต.ดอนแก้ว'))).toEqual(['ตำบล', 'ดอน', 'แก้ว']);
    expect(wordsOf(indexText('ม.๕'))).toEqual(['หมู่', '5']);
  });

  it('turns Thai digits into Arabic ones, split from letters glued to them', () => {
    expect(wordsOf(indexText('ปี ๒๕๖๒'))).toEqual(['ปี', '2562']);
    expect(wordsOf(indexText('ปี๒๕๖๒'))).toEqual(['ปี', '2562']);
  });

  it('normalises typing variants and invisible characters before segmenting', () => {
    expect(wordsOf(indexText('ผ\u0E49\u0E39สูงอายุ'))).toEqual(['ผู้', 'สูง', 'อายุ']);
    expect(wordsOf(indexText('ป่า\u200Cชุม\u200Bชน'))).toEqual(['ป่า', 'ชุมชน']);
  });

  it('drops chunks that are only punctuation and lower-cases Latin', () => {
    expect(wordsOf(indexText('ป่าชุมชน , ดอนแก้ว !'))).toEqual(['ป่า', 'ชุมชน', 'ดอน', 'แก้ว']);
    expect(indexText('CODI')).toBe(`codi${Z}`);
    expect(indexText('')).toBe('');
    expect(indexText(' ... ')).toBe('');
  });

  it(`hides a word's occurrences after the first ${SEARCHABLE_OCCURRENCES}, keeping them in the text`, () => {
    const text = indexText('ป่า ป่า ป่า ชุมชน ป่า');
    expect(wordsOf(text)).toEqual(['ป่า', 'ป่า', 'ป่า', 'ชุมชน', 'ป่า']);
    expect(searchableOf(text)).toEqual(['ป่า', 'ป่า', 'ชุมชน']);
    expect(text.split(' ')[2]).toBe(`${H}ป่า${Z}`);
  });

  it('counts occurrences across calls that share a counter', () => {
    const seen = new Map<string, number>();
    indexText('ดอนแก้ว ดอนแก้ว', seen);
    expect(searchableOf(indexText('ดอนแก้ว ป่า', seen))).toEqual(['ป่า']);
    expect(searchableOf(indexText('ดอนแก้ว ป่า'))).toEqual(['ดอน', 'แก้ว', 'ป่า']);
  });
});

describe('partWords and the words of links to other cases', () => {
  const text = 'ดูกรณีชุมชนปลอดขยะ ปัว ด้วย';
  const link: [number, number] = [text.indexOf('ชุมชน'), text.indexOf(' ด้วย')];

  it('cuts the link apart from the text around it, and marks its words unsearchable', () => {
    expect(partWords(text, [link])).toEqual({
      words: ['ดู', 'กรณี', 'ชุมชน', 'ปลอด', 'ขยะ', 'ปัว', 'ด้วย'],
      searchable: [true, true, false, false, false, false, true],
    });
    expect(partWords(text)).toEqual({ words: pageWords(text).flat(), searchable: Array(7).fill(true) });
  });

  it('hides link words in the index text without using up an occurrence', () => {
    const seen = new Map<string, number>();
    const { words, searchable } = partWords('ปัว ปัว ปัว', [[4, 7]]);
    const indexed = indexWords(words, seen, searchable);
    expect(wordsOf(indexed)).toEqual(['ปัว', 'ปัว', 'ปัว']);
    expect(indexed.split(' ')[1]).toBe(`${H}ปัว${Z}`);
    expect(searchableOf(indexed)).toEqual(['ปัว', 'ปัว']);
    expect(seen.get('ปัว')).toBe(2);
  });

  it('gives link words no pair tokens', () => {
    const { words, searchable } = partWords(text, [link]);
    expect(pairSection(words, new Set(['ชุมชน', 'ด้วย']), searchable)).toBe('');
    expect(pairSection(words, new Set(['ชุมชน']))).not.toBe('');
  });
});

describe('pair tokens', () => {
  const common = new Set(['ผู้', 'สูง', 'อายุ', 'ชุมชน']);
  const words = (text: string) => pageWords(text).flat();

  it('join two neighbouring words of which at least one is common, and no others', () => {
    expect(pairSection(words('ป่าชุมชนดูแลผู้สูงอายุ'), common).split(' ')).toEqual([
      pairToken('ป่า', 'ชุมชน'),
      pairToken('ชุมชน', 'ดูแล'),
      pairToken('ดูแล', 'ผู้'),
      pairToken('ผู้', 'สูง'),
      pairToken('สูง', 'อายุ'),
    ]);
    expect(pairSection(words('ดอนแก้วแม่ริม'), common)).toBe('');
  });

  it(`keep the first ${SEARCHABLE_OCCURRENCES} occurrences of a pair`, () => {
    const section = pairSection(words('ผู้สูงอายุ ผู้สูงอายุ ผู้สูงอายุ'), common).split(' ');
    expect(section.filter((token) => token === pairToken('ผู้', 'สูง'))).toHaveLength(SEARCHABLE_OCCURRENCES);
  });

  it('are none without common words (a small collection)', () => {
    expect(pairSection(words('ผู้สูงอายุ'), new Set())).toBe('');
  });

  it('are told apart from words, numbers included', () => {
    expect(pairToken('ผู้', 'สูง')).toBe(`${PAIR_MARK}ผู้${PAIR_MARK}สูง${Z}`);
    expect(isPairToken(pairToken('ผู้', 'สูง'))).toBe(true);
    expect(isPairToken(pairToken('ปี', '2562'))).toBe(true);
    for (const word of indexText('0 0.5 0,5 08 ผู้ 2562').split(' ')) expect(isPairToken(word), word).toBe(false);
  });
});

describe('textWords', () => {
  const common = new Set(['ผู้', 'สูง', 'อายุ', 'ชุมชน']);
  /** Index text as caseRecord writes it: words, hidden occurrences, then pair tokens. */
  const indexed = (text: string) => `${indexText(text)} ${pairSection(pageWords(text).flat(), common)}`;

  it('gives the words of index text, hidden occurrences included, without the marks and the pair tokens', () => {
    const content = indexed('ชุมชน ชุมชน ชุมชน');
    expect(content).toContain(pairToken('ชุมชน', 'ชุมชน'));
    expect(content).toContain(`${H}ชุมชน${Z}`);
    expect(textWords(content)).toEqual(['ชุมชน', 'ชุมชน', 'ชุมชน']);
    expect(textWords(` ${indexText('ปี 2562 ผู้สูงอายุ')}  `)).toEqual(['ปี', '2562', 'ผู้', 'สูง', 'อายุ']);
  });
});
