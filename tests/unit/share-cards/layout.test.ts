import { describe, expect, it } from 'vitest';
import { areaCardText, siteCardText } from '../../../src/share-cards/cards';
import { decomposeSaraAm, fitHeading, shareCardSvg, wrapText, type Measure } from '../../../src/share-cards/layout';

/** A stand-in for the font: every character 10 px per 20 px of size (marks too, which is wider than real). */
const fakeMeasure: Measure = (text, size) => [...text].length * size * 0.5;

/** Where Intl.Segmenter puts word boundaries in a text (offsets). */
const wordBoundaries = (text: string) => {
  const ends = new Set<number>();
  for (const { index, segment } of new Intl.Segmenter('th', { granularity: 'word' }).segment(text))
    ends.add(index + segment.length);
  return ends;
};

describe('wrapText', () => {
  const width = (line: string) => [...line].length * 10;

  it('breaks Thai between words, never inside one', () => {
    const text = 'การพัฒนานโยบายสาธารณะเพื่อสุขภาวะแบบมีส่วนร่วม';
    const lines = wrapText(text, 120, width);
    expect(lines.join('')).toBe(text);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(120);
    const boundaries = wordBoundaries(text);
    let offset = 0;
    for (const line of lines) {
      offset += line.length;
      expect(boundaries.has(offset)).toBe(true);
    }
  });

  it('drops the spaces where it breaks', () => {
    const text = 'เด็ก เยาวชน และครอบครัว';
    const lines = wrapText(text, 80, width);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line).toBe(line.trim());
    expect(lines.join('').replaceAll(' ', '')).toBe(text.replaceAll(' ', ''));
  });
});

describe('fitHeading', () => {
  it('uses the largest size that fits in three lines', () => {
    expect(fitHeading('การดูแลสุขภาพชุมชน', fakeMeasure)).toEqual({ size: 76, lines: ['การดูแลสุขภาพชุมชน'] });
    const long = fitHeading('การพัฒนานโยบายสาธารณะเพื่อสุขภาวะแบบมีส่วนร่วม และอีกหลายคำต่อท้ายให้ยาวขึ้น', fakeMeasure);
    expect(long.lines.length).toBeLessThanOrEqual(3);
  });

  it('fails loudly rather than draw text off the card', () => {
    expect(() => fitHeading('ก'.repeat(400), fakeMeasure)).toThrow(/does not fit/);
  });
});

describe('decomposeSaraAm', () => {
  it('writes ำ as nikhahit + sara aa, the nikhahit before a tone mark', () => {
    expect(decomposeSaraAm('ตำบล')).toBe('ต\u0E4D\u0E32บล');
    expect(decomposeSaraAm('น้ำ')).toBe('น\u0E4D\u0E49\u0E32');
    expect(decomposeSaraAm('ค่ำ')).toBe('ค\u0E4D\u0E48\u0E32');
    expect(decomposeSaraAm('กรณีศึกษา')).toBe('กรณีศึกษา');
  });
});

describe('shareCardSvg', () => {
  it('draws the heading, the count and the address, escaped', () => {
    const svg = shareCardSvg(areaCardText('health', 19, 'knowledge.example.test'), 'คลัง <ทดสอบ> & ความรู้', fakeMeasure);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
    expect(svg).toContain('การดูแลสุขภาพชุมชน');
    expect(svg).toContain('19 กรณีศึกษา');
    expect(svg).toContain('ประเด็นที่ 2');
    expect(svg).toContain('knowledge.example.test');
    expect(svg).toContain('คลัง &lt;ทดสอบ&gt; &amp; ความรู้');
  });

  it('says how many cases the library has', () => {
    const svg = shareCardSvg(siteCardText(96, 'example.test'), 'คลังความรู้', fakeMeasure);
    expect(svg).toContain('96 กรณีศึกษา ใน 5 ประเด็นหลัก');
  });
});
