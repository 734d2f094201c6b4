import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS, expandAbbreviations, stripPlacePrefixes } from '../../../src/thai/abbreviations';

describe('ABBREVIATIONS', () => {
  it('holds every abbreviation of the domain vocabulary, each written with its final period', () => {
    const written = ABBREVIATIONS.map((entry) => entry.abbreviation);
    for (const abbreviation of [
      'ต.',
      'อ.',
      'จ.',
      'อบต.',
      'ทต.',
      'ทม.',
      'ทน.',
      'อบจ.',
      'อปท.',
      'กทม.',
      'สสส.',
      'สช.',
      'พอช.',
      'กปท.',
      'อสม.',
    ]) {
      expect(written).toContain(abbreviation);
    }
    for (const abbreviation of written) expect(abbreviation.endsWith('.')).toBe(true);
    expect(new Set(written).size).toBe(written.length);
  });
});

describe('expandAbbreviations', () => {
  it('writes place abbreviations in full, separated from the name glued to them', () => {
    expect(expandAbbreviations('ต.ดอนแก้ว')).toBe('ตำบล ดอนแก้ว');
    expect(expandAbbreviations('อ.แม่ริม')).toBe('อำเภอ แม่ริม');
    expect(expandAbbreviations('จ.เชียงใหม่')).toBe('จังหวัด เชียงใหม่');
    expect(expandAbbreviations('ม.5 ต.ดอนแก้ว อ.แม่ริม จ.เชียงใหม่')).toBe('หมู่ 5 ตำบล ดอนแก้ว อำเภอ แม่ริม จังหวัด เชียงใหม่');
  });

  it('accepts a space after the period', () => {
    expect(expandAbbreviations('ต. ดอนแก้ว')).toBe('ตำบล ดอนแก้ว');
    expect(expandAbbreviations('ม. ๕')).toBe('หมู่ ๕');
    expect(expandAbbreviations('รพ. สต. บ้านนา')).toBe('โรงพยาบาลส่งเสริมสุขภาพตำบล บ้านนา');
  });

  it('writes local-government bodies in full', () => {
    expect(expandAbbreviations('อบต.ดอนแก้ว')).toBe('องค์การบริหารส่วนตำบล ดอนแก้ว');
    expect(expandAbbreviations('ทต.แม่ทา')).toBe('เทศบาลตำบล แม่ทา');
    expect(expandAbbreviations('ทม.น่าน')).toBe('เทศบาลเมือง น่าน');
    expect(expandAbbreviations('ทน.เชียงใหม่')).toBe('เทศบาลนคร เชียงใหม่');
    expect(expandAbbreviations('อบจ.ลำปาง')).toBe('องค์การบริหารส่วนจังหวัด ลำปาง');
    expect(expandAbbreviations('อปท.')).toBe('องค์กรปกครองส่วนท้องถิ่น');
    expect(expandAbbreviations('กทม.')).toBe('กรุงเทพมหานคร');
  });

  it('writes agencies, funds and services in full', () => {
    expect(expandAbbreviations('สสส.')).toBe('สำนักงานกองทุนสนับสนุนการสร้างเสริมสุขภาพ');
    expect(expandAbbreviations('สช.')).toBe('สำนักงานคณะกรรมการสุขภาพแห่งชาติ');
    expect(expandAbbreviations('พอช.')).toBe('สถาบันพัฒนาองค์กรชุมชน');
    expect(expandAbbreviations('กปท.')).toBe('กองทุนหลักประกันสุขภาพระดับท้องถิ่น');
    expect(expandAbbreviations('อสม.')).toBe('อาสาสมัครสาธารณสุขประจำหมู่บ้าน');
    expect(expandAbbreviations('รพ.สต.บ้านนา')).toBe('โรงพยาบาลส่งเสริมสุขภาพตำบล บ้านนา');
    expect(expandAbbreviations('ศพด.')).toBe('ศูนย์พัฒนาเด็กเล็ก');
  });

  it('gives the abbreviated and the full spelling the same text', () => {
    expect(expandAbbreviations('อบต.ดอนแก้ว')).toBe(expandAbbreviations('องค์การบริหารส่วนตำบลดอนแก้ว'));
    expect(expandAbbreviations('ทต.แม่ทา')).toBe(expandAbbreviations('เทศบาลตำบลแม่ทา'));
    expect(expandAbbreviations('ต.ดอนแก้ว')).toBe(expandAbbreviations('ตำบลดอนแก้ว'));
    expect(expandAbbreviations('อ.แม่ริม')).toBe(expandAbbreviations('อำเภอแม่ริม'));
    expect(expandAbbreviations('จ.น่าน')).toBe(expandAbbreviations('จังหวัดน่าน'));
  });

  it('counts single letters as abbreviations only with a period and the right kind of word after', () => {
    expect(expandAbbreviations('ต ดอนแก้ว')).toBe('ต ดอนแก้ว');
    expect(expandAbbreviations('ม.เชียงใหม่')).toBe('ม.เชียงใหม่');
    expect(expandAbbreviations('ต.')).toBe('ต.');
    expect(expandAbbreviations('หมู่บ้าน ม')).toBe('หมู่บ้าน ม');
  });

  it('does not read the end of a longer abbreviation as a shorter one', () => {
    expect(expandAbbreviations('กทม.')).not.toContain('หมู่');
    expect(expandAbbreviations('อบต.')).toBe('องค์การบริหารส่วนตำบล');
    expect(expandAbbreviations('กลต.ดอนแก้ว')).toBe('กลต.ดอนแก้ว');
  });

  it('accepts a long abbreviation without periods only when it stands alone', () => {
    expect(expandAbbreviations('อบต ดอนแก้ว')).toBe('องค์การบริหารส่วนตำบล ดอนแก้ว');
    expect(expandAbbreviations('อบตดอนแก้ว')).toBe('อบตดอนแก้ว');
    // Two letters without a period are ordinary words: ทน means "endure".
    expect(expandAbbreviations('ทน ได้')).toBe('ทน ได้');
  });

  it('expands abbreviations that follow one another', () => {
    expect(expandAbbreviations('อสม. อบต. ทต.')).toBe('อาสาสมัครสาธารณสุขประจำหมู่บ้าน องค์การบริหารส่วนตำบล เทศบาลตำบล');
    expect(expandAbbreviations('(อบต.ดอนแก้ว)')).toBe('(องค์การบริหารส่วนตำบล ดอนแก้ว)');
  });

  it('leaves หมู่บ้าน whole', () => {
    expect(expandAbbreviations('หมู่บ้านดอนแก้ว')).toBe('หมู่บ้านดอนแก้ว');
  });
});

describe('stripPlacePrefixes', () => {
  it('makes ดอนแก้ว, ต.ดอนแก้ว and ตำบลดอนแก้ว the same query', () => {
    for (const query of ['ดอนแก้ว', 'ต.ดอนแก้ว', 'ต. ดอนแก้ว', 'ตำบลดอนแก้ว', 'ตำบล ดอนแก้ว']) {
      expect(stripPlacePrefixes(query), query).toBe('ดอนแก้ว');
    }
  });

  it('drops อำเภอ and จังหวัด too', () => {
    expect(stripPlacePrefixes('อ.แม่ริม')).toBe('แม่ริม');
    expect(stripPlacePrefixes('อำเภอแม่ริม')).toBe('แม่ริม');
    expect(stripPlacePrefixes('จ.เชียงใหม่')).toBe('เชียงใหม่');
    expect(stripPlacePrefixes('จังหวัดเชียงใหม่')).toBe('เชียงใหม่');
    expect(stripPlacePrefixes('ต.ดอนแก้ว อ.แม่ริม จ.เชียงใหม่')).toBe('ดอนแก้ว แม่ริม เชียงใหม่');
  });

  it('drops level words that follow one another', () => {
    expect(stripPlacePrefixes('ตำบล อำเภอ แม่ริม')).toBe('แม่ริม');
  });

  it('keeps a level word that is part of a body or a concept', () => {
    expect(stripPlacePrefixes('อบต.ดอนแก้ว')).toBe('องค์การบริหารส่วนตำบล ดอนแก้ว');
    expect(stripPlacePrefixes('เทศบาลตำบลแม่ทา')).toBe('เทศบาลตำบล แม่ทา');
    expect(stripPlacePrefixes('ตำบลสุขภาวะ')).toBe('ตำบล สุขภาวะ');
  });

  it('drops only a leading level word when asked', () => {
    expect(stripPlacePrefixes('ต.ดอนแก้ว อ.แม่ริม', 'leading')).toBe('ดอนแก้ว อำเภอ แม่ริม');
    expect(stripPlacePrefixes('ตำบลดอนแก้ว', 'leading')).toBe('ดอนแก้ว');
    expect(stripPlacePrefixes('ป่าชุมชน ต.ดอนแก้ว', 'leading')).toBe('ป่าชุมชน ตำบล ดอนแก้ว');
  });

  it('keeps a query that is only a level word', () => {
    expect(stripPlacePrefixes('ตำบล')).toBe('ตำบล');
    expect(stripPlacePrefixes('จังหวัด')).toBe('จังหวัด');
  });
});
