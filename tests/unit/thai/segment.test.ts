import { afterEach, describe, expect, it, vi } from 'vitest';
import { segmentThai } from '../../../src/thai/segment';

describe('segmentThai', () => {
  it('cuts a compound typed as one word into its words', () => {
    expect(segmentThai('ป่าชุมชน')).toEqual(['ป่า', 'ชุมชน']);
    expect(segmentThai('ดอนแก้ว')).toEqual(['ดอน', 'แก้ว']);
  });

  it('gives the same words whether or not the words were spaced', () => {
    expect(segmentThai('ป่า ชุมชน')).toEqual(segmentThai('ป่าชุมชน'));
    expect(segmentThai('ดอน แก้ว')).toEqual(segmentThai('ดอนแก้ว'));
  });

  it('drops spaces and punctuation', () => {
    expect(segmentThai(' ป่าชุมชน, (ดอนแก้ว)! ')).toEqual(['ป่า', 'ชุมชน', 'ดอน', 'แก้ว']);
    expect(segmentThai(' ... ')).toEqual([]);
    expect(segmentThai('')).toEqual([]);
  });

  it('splits digits from the Thai letters they are glued to', () => {
    expect(segmentThai('ที่๕ตำบล')).toEqual(['ที่', '5', 'ตำบล']);
    expect(segmentThai('หมู่ที่5')).toEqual(['หมู่', 'ที่', '5']);
    expect(segmentThai('ปี2562')).toEqual(['ปี', '2562']);
  });

  it('reads Thai and Arabic digits as the same number', () => {
    expect(segmentThai('ปี ๒๕๖๒')).toEqual(['ปี', '2562']);
    expect(segmentThai('ปี 2562')).toEqual(['ปี', '2562']);
  });

  it('keeps decimal and thousands separators inside numbers', () => {
    expect(segmentThai('3.5 ล้าน 1,000 บาท')).toEqual(['3.5', 'ล้าน', '1,000', 'บาท']);
  });

  it('treats mai yamok and paiyannoi as signs, not letters', () => {
    expect(segmentThai('ต่างๆ')).toEqual(['ต่าง']);
    expect(segmentThai('ต่าง ๆ')).toEqual(['ต่าง']);
    expect(segmentThai('กรุงเทพฯ')).toEqual(['กรุงเทพ']);
  });

  it('splits letters joined only by periods', () => {
    expect(segmentThai('พ.ศ.2562')).toEqual(['พ', 'ศ', '2562']);
  });

  it('segments typing variants like the dictionary spelling', () => {
    // น + sara am + mai tho is a common mistyping of น้ำ.
    expect(segmentThai('น\u0E33\u0E49ป่าไหลหลาก')).toEqual(segmentThai('น้ำป่าไหลหลาก'));
    expect(segmentThai('ผ\u0E49\u0E39สูงอายุ')).toEqual(['ผู้', 'สูง', 'อายุ']);
    expect(segmentThai('ป่า\u200Bชุมชน')).toEqual(['ป่า', 'ชุมชน']);
  });

  it('lower-cases Latin words', () => {
    expect(segmentThai('ThaiHealth กับ CODI')).toEqual(['thaihealth', 'กับ', 'codi']);
  });
});

describe('segmented text', () => {
  // pagefind.js segments the planned query again: its words must survive that.
  const samples = [
    'โครงการป่าชุมชนบ้านดอน ตำบลดอนแก้ว อำเภอแม่ริม จังหวัดเชียงใหม่ เริ่มปี ๒๕๖๒',
    'โรงพยาบาลส่งเสริมสุขภาพตำบลร่วมกับอาสาสมัครสาธารณสุขประจำหมู่บ้านดูแลผู้สูงอายุติดเตียง',
    'การพัฒนานโยบายสาธารณะเพื่อสุขภาวะแบบมีส่วนร่วม',
    'ระบบการจัดการสิ่งแวดล้อม ทรัพยากรธรรมชาติ (น้ำ ป่า ทะเล) และพลังงานทดแทน',
    'กองทุนหลักประกันสุขภาพระดับท้องถิ่นสนับสนุนศูนย์พัฒนาเด็กเล็ก',
    'ชาวบ้านร่วมกันทำแนวกันไฟและปลูกป่าทดแทนในพื้นที่ป่าเสื่อมโทรม',
  ];

  it('segments to the same words again', () => {
    for (const sample of samples) expect(segmentThai(segmentThai(sample).join(' '))).toEqual(segmentThai(sample));
  });
});

describe('segmentThai without Intl.Segmenter (Firefox before 125)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('splits at spaces and punctuation only', async () => {
    vi.stubGlobal('Intl', { ...Intl, Segmenter: undefined });
    vi.resetModules();
    const { segmentThai: segmentWithoutIcu } = await import('../../../src/thai/segment');
    expect(segmentWithoutIcu('ป่า ชุมชน, ดอนแก้ว ที่๕')).toEqual(['ป่า', 'ชุมชน', 'ดอนแก้ว', 'ที่', '5']);
  });
});
