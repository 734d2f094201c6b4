import { describe, expect, it } from 'vitest';
import { normalizeThai } from '../../../src/thai/normalize';

// Marks spelled out by code point, so each test shows the typing order it feeds in.
const SARA_U = '\u0E38';
const SARA_UU = '\u0E39';
const SARA_I = '\u0E34';
const SARA_II = '\u0E35';
const SARA_AA = '\u0E32';
const SARA_AM = '\u0E33';
const NIKHAHIT = '\u0E4D';
const MAI_EK = '\u0E48';
const MAI_THO = '\u0E49';
const THANTHAKHAT = '\u0E4C';

/** น้ำ as dictionaries store it: น, mai tho, sara am. */
const NAM = `น${MAI_THO}${SARA_AM}`;

describe('normalizeThai: sara am', () => {
  it('folds nikhahit + sara aa into sara am', () => {
    expect(normalizeThai(`ท${NIKHAHIT}${SARA_AA}`)).toBe(`ท${SARA_AM}`);
    expect(normalizeThai(`ต${NIKHAHIT}${SARA_AA}บล`)).toBe('ตำบล');
  });

  it('gives one น้ำ for every order in which it is typed', () => {
    const typings = [
      NAM,
      `น${SARA_AM}${MAI_THO}`, // tone typed after sara am
      `น${NIKHAHIT}${MAI_THO}${SARA_AA}`,
      `น${MAI_THO}${NIKHAHIT}${SARA_AA}`,
      `น${NIKHAHIT}${SARA_AA}${MAI_THO}`,
    ];
    for (const typed of typings) expect(normalizeThai(typed), JSON.stringify(typed)).toBe(NAM);
  });

  it('leaves นำ (no tone) different from น้ำ', () => {
    expect(normalizeThai(`น${SARA_AM}`)).not.toBe(NAM);
  });
});

describe('normalizeThai: order of combining marks', () => {
  it('puts a lower vowel before the tone mark (ผู้)', () => {
    expect(normalizeThai(`ผ${MAI_THO}${SARA_UU}`)).toBe(`ผ${SARA_UU}${MAI_THO}`);
    expect(normalizeThai(`ผ${SARA_UU}${MAI_THO}`)).toBe(`ผ${SARA_UU}${MAI_THO}`);
    expect(normalizeThai(`ท${MAI_EK}${SARA_U}ก`)).toBe(`ท${SARA_U}${MAI_EK}ก`);
  });

  it('puts an upper vowel before the tone mark (ที่)', () => {
    expect(normalizeThai(`ท${MAI_EK}${SARA_II}`)).toBe(`ท${SARA_II}${MAI_EK}`);
  });

  it('puts a vowel before thanthakhat (ศักดิ์)', () => {
    const canonical = `ศักด${SARA_I}${THANTHAKHAT}`;
    expect(normalizeThai(`ศักด${THANTHAKHAT}${SARA_I}`)).toBe(canonical);
    expect(normalizeThai(canonical)).toBe(canonical);
  });

  it('drops a mark typed twice', () => {
    expect(normalizeThai(`ท${SARA_II}${MAI_EK}${MAI_EK}`)).toBe(`ท${SARA_II}${MAI_EK}`);
    expect(normalizeThai(`ท${SARA_II}${SARA_II}${MAI_EK}`)).toBe(`ท${SARA_II}${MAI_EK}`);
    expect(normalizeThai(`ท${MAI_EK}${SARA_II}${MAI_EK}`)).toBe(`ท${SARA_II}${MAI_EK}`);
    expect(normalizeThai(`${NAM}${MAI_THO}`)).toBe(NAM);
  });

  it('keeps the marks of neighbouring consonants apart', () => {
    expect(normalizeThai(`ก${MAI_EK}ข${MAI_EK}`)).toBe(`ก${MAI_EK}ข${MAI_EK}`);
    expect(normalizeThai(`ก${MAI_EK}ข${MAI_THO}`)).toBe(`ก${MAI_EK}ข${MAI_THO}`);
  });
});

describe('normalizeThai: invisible characters and spaces', () => {
  it('removes zero-width characters and the soft hyphen', () => {
    for (const invisible of ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD']) {
      expect(normalizeThai(`ดอน${invisible}แก้ว`)).toBe('ดอนแก้ว');
    }
  });

  it('collapses and trims whitespace of every kind', () => {
    expect(normalizeThai('  ป่า \t\n ชุมชน\u00A0 บ้านนา  ')).toBe('ป่า ชุมชน บ้านนา');
  });

  it('removes a space that strands a vowel from its consonant', () => {
    expect(normalizeThai('ส ำหรับ')).toBe('สำหรับ');
    expect(normalizeThai(`ผ ${SARA_UU}${MAI_THO}`)).toBe(`ผ${SARA_UU}${MAI_THO}`);
    expect(normalizeThai('เ ด็ก')).toBe('เด็ก');
  });

  it('keeps the conventional space before mai yamok and between words', () => {
    expect(normalizeThai('ต่าง ๆ')).toBe('ต่าง ๆ');
    expect(normalizeThai('ดอน แก้ว')).toBe('ดอน แก้ว');
  });
});

describe('normalizeThai: digits, case and Unicode form', () => {
  it('writes Thai digits as Arabic digits', () => {
    expect(normalizeThai('๒๕๖๒')).toBe('2562');
    expect(normalizeThai('ปี ๒๕๖๒')).toBe(normalizeThai('ปี 2562'));
    expect(normalizeThai('หมู่ที่ ๐๙')).toBe('หมู่ที่ 09');
  });

  it('lower-cases Latin letters and leaves Thai alone', () => {
    expect(normalizeThai('ThaiHealth สสส. CODI')).toBe('thaihealth สสส. codi');
  });

  it('composes decomposed characters (NFC)', () => {
    expect(normalizeThai('Cafe\u0301')).toBe('caf\u00E9');
  });

  it('is idempotent', () => {
    const samples = [
      `น${SARA_AM}${MAI_THO}ป่า ๒๕๖๒`,
      `ผ${MAI_THO}${SARA_UU}สูงอายุ\u200B  ดอน แก้ว`,
      'ส ำหรับ ThaiHealth',
      `ต${NIKHAHIT}${SARA_AA}บล`,
    ];
    for (const sample of samples) {
      const once = normalizeThai(sample);
      expect(normalizeThai(once)).toBe(once);
    }
  });
});
