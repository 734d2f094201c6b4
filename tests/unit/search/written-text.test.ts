import { describe, expect, it } from 'vitest';
import { pageWords } from '../../../src/search/tokens';
import {
  readWrittenText,
  REWRITTEN_WORD,
  SAME_WORD,
  writtenText,
  writtenToken,
} from '../../../src/search/written-text';

/** Written text for one part, read back with its own words, as an excerpt reads a fragment. */
function roundTrip(text: string, unwritten: string[] = []) {
  const words = pageWords(text).flat();
  const written = writtenText([{ text, words }], unwritten.length);
  const read = readWrittenText(`ดูแล\u200C ${writtenToken(written)}`, [...unwritten, ...words]);
  const formOf = (word: string) => {
    const at = [...unwritten, ...words].indexOf(word);
    return read.text.slice(read.starts[at], read.ends[at]);
  };
  return { written, words, ...read, formOf };
}

describe('written text', () => {
  it.each([
    ['Thai words with the author’s spaces', 'ชาวบ้านดูแลป่าชุมชน ร่วมกับเทศบาล ตั้งแต่ปีก่อน'],
    ['abbreviations', 'อบต.ดอนแก้ว ต. หนองหอย อ.แม่ริม จ.เชียงใหม่ ม.๕ รพ. สต.บ้านนา (เทศบาลตำบล, ทต.)'],
    ['Thai digits and Latin letters', 'ปี ๒๕๖๒ มี 3.5 ล้านบาท จาก CODI และ The Citizen Plus'],
    ['punctuation, quotes, signs and paragraphs', 'ผลลัพธ์\n\nได้รับ “รางวัลดีเด่น” ฯลฯ ต่างๆ — เช่น ๆ (ดู: หน้า 3)'],
    ['typing variants and invisible characters', 'ผ\u0E49\u0E39สูงอายุ ป่า\u200Bชุมชน น\u0E4D\u0E32ใจ'],
    ['nothing', ''],
  ])('reads back exactly: %s', (_, text) => {
    expect(roundTrip(text).text).toBe(text);
  });

  it('gives each indexed word the place where the author wrote it, rewritten or not', () => {
    const { formOf } = roundTrip('ชาวบ้านดูแลป่าชุมชนร่วมกับ อบต. ตั้งแต่ปี ๒๕๖๒ กับ CODI');
    expect(formOf('ป่า')).toBe('ป่า');
    expect(formOf('องค์การ')).toBe('อบต.');
    expect(formOf('ตำบล')).toBe('อบต.');
    expect(formOf('2562')).toBe('๒๕๖๒');
    expect(formOf('codi')).toBe('CODI');
  });

  it('stores the words the index has as written as one mark each, and rewritten ones as written', () => {
    const { written } = roundTrip('ป่าชุมชน ต.ดอนแก้ว');
    expect(written).toBe(`${SAME_WORD}${SAME_WORD} ต.${REWRITTEN_WORD}${SAME_WORD}${SAME_WORD}`);
  });

  it('gives no place to the words written elsewhere (the title)', () => {
    const { text, starts, ends } = roundTrip('ดูแลป่า', ['ป่า', 'ชุมชน']);
    expect(text).toBe('ดูแลป่า');
    expect([starts.slice(0, 2), ends.slice(0, 2)]).toEqual([
      [0, 0],
      [0, 0],
    ]);
    expect(starts).toHaveLength(4);
  });

  it('leaves out of the page text the two characters it uses as marks', () => {
    expect(roundTrip(`ป่า${SAME_WORD}ชุมชน${REWRITTEN_WORD}`).text).toBe('ป่าชุมชน');
  });
});
