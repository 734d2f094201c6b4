import { describe, expect, it } from 'vitest';
import { graphemeCount, truncateText } from '../../../src/thai/truncate';

const wordBoundaries = (text: string) =>
  new Set([...new Intl.Segmenter('th', { granularity: 'word' }).segment(text)].map((s) => s.index).concat(text.length));

describe('Thai text length and shortening', () => {
  it('counts what a reader sees: a letter with its vowels and tone marks is one', () => {
    expect(graphemeCount('น้ำ')).toBe(1);
    expect([...'น้ำ'].length).toBe(3);
    expect(graphemeCount('ผู้สูงอายุ')).toBe(6);
    expect(graphemeCount('')).toBe(0);
  });

  it('leaves a text that fits as it is', () => {
    expect(truncateText('ธนาคารขยะชุมชน', 14)).toBe('ธนาคารขยะชุมชน');
  });

  it('cuts between words, never inside one, and ends with an ellipsis within the limit', () => {
    const title = 'ศูนย์พัฒนาครอบครัวในชุมชน (ศพค.) ตำบลปะลุกาสาเมาะ อ.บาเจาะ จ.นราธิวาส';
    const boundaries = wordBoundaries(title);
    for (const max of [10, 20, 30, 40, 50, 60]) {
      const short = truncateText(title, max);
      expect(graphemeCount(short)).toBeLessThanOrEqual(max);
      expect(short.endsWith('…')).toBe(true);
      const kept = short.slice(0, -1);
      expect(title.startsWith(kept)).toBe(true);
      expect(boundaries.has(kept.length), `${max}: ${short}`).toBe(true);
    }
    expect(truncateText(title, 20)).toBe('ศูนย์พัฒนาครอบครัวใน…');
  });

  it('prefers a space, between phrases, to a dictionary break inside a name it does not know', () => {
    const title = 'ศูนย์พัฒนาครอบครัวในชุมชน (ศพค.) ตำบลปะลุกาสาเมาะ อ.บาเจาะ จ.นราธิวาส';
    expect(truncateText(title, 40)).toBe('ศูนย์พัฒนาครอบครัวในชุมชน (ศพค.)…');
  });

  it('does not end on an opening bracket or a colon', () => {
    expect(truncateText('เมืองสะอาด: ประกวดชุมชน เก็บขยะอันตราย', 12)).toBe('เมืองสะอาด…');
    expect(truncateText('ชุมชน (ศพค.) ตำบล', 9)).toBe('ชุมชน…');
  });

  it('cuts a single over-long word between grapheme clusters', () => {
    const short = truncateText('องค์การบริหารส่วนตำบล', 5);
    expect(graphemeCount(short)).toBe(5);
    expect('องค์การบริหารส่วนตำบล'.startsWith(short.slice(0, -1))).toBe(true);
  });
});
