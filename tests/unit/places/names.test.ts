import { describe, it, expect } from 'vitest';
import {
  editDistance,
  nameDistance,
  nameMatchRank,
  normalizePlaceName,
  stripPlacePrefix,
} from '../../../src/places/names';

describe('stripPlacePrefix', () => {
  it('strips one administrative prefix, spaces around it included', () => {
    expect(stripPlacePrefix(' จ. เชียงใหม่ ')).toBe('เชียงใหม่');
    expect(stripPlacePrefix('กิ่งอำเภอแม่ริม')).toBe('แม่ริม');
    expect(stripPlacePrefix('แขวงลุมพินี')).toBe('ลุมพินี');
    expect(stripPlacePrefix('ตำบลตำบลดอน')).toBe('ตำบลดอน');
    expect(stripPlacePrefix('ดอนแก้ว')).toBe('ดอนแก้ว');
  });
});

describe('normalizePlaceName', () => {
  it('strips the administrative prefixes', () => {
    for (const typed of ['จ.เชียงใหม่', 'จังหวัดเชียงใหม่', ' จังหวัด เชียงใหม่ '])
      expect(normalizePlaceName(typed)).toBe('เชียงใหม่');
    expect(normalizePlaceName('อ.แม่ริม')).toBe(normalizePlaceName('อำเภอแม่ริม'));
    expect(normalizePlaceName('ต.ดอนแก้ว')).toBe('ดอนแก้ว');
    expect(normalizePlaceName('แขวงลุมพินี')).toBe('ลุมพินี');
    expect(normalizePlaceName('เขตปทุมวัน')).toBe('ปทุมวัน');
  });

  it('folds the ways people type the same letters', () => {
    const written = normalizePlaceName('น้ำเกี๋ยน');
    expect(normalizePlaceName('น\u0E49\u0E4D\u0E32เกี๋ยน')).toBe(written); // ้ then ํ + า
    expect(normalizePlaceName('น\u0E4D\u0E49\u0E32เกี๋ยน')).toBe(written); // ํ then ้ then า
    expect(normalizePlaceName('น\u0E33\u0E49เกี๋ยน')).toBe(written); // tone after ำ
    expect(normalizePlaceName('น้ำ\u200Bเกี๋ยน\uFEFF')).toBe(written); // zero-width characters
    expect(normalizePlaceName('ท\u0E49\u0E31งสมอ')).toBe(normalizePlaceName('ทั้งสมอ')); // tone before ั
    expect(normalizePlaceName('สุไหงโก-ลก')).toBe(normalizePlaceName('สุไหงโกลก'));
  });

  it('strips every leading prefix, กิ่งอำเภอ included', () => {
    expect(normalizePlaceName('ตำบล ต.ดอนแก้ว')).toBe('ดอนแก้ว');
    expect(normalizePlaceName('กิ่งอำเภอแม่ริม')).toBe('แม่ริม');
    expect(normalizePlaceName('ต.')).toBe('');
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions by character', () => {
    expect(editDistance('ดอนแก้ว', 'ดอนแก้ว')).toBe(0);
    expect(editDistance('น้ำเกียน', 'น้ำเกี๋ยน')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('nameDistance', () => {
  it('counts a name containing the other as nearly equal', () => {
    expect(nameDistance('ดอนแก้ว', 'ดอนแก้ว')).toBe(0);
    expect(nameDistance('สวก', 'บ่อสวก')).toBe(0.5);
    expect(nameDistance('บ่อสวก', 'สวก')).toBe(0.5);
    expect(nameDistance('แม่ริน', 'แม่ริม')).toBe(1);
    expect(nameDistance('', 'abc')).toBe(3);
  });
});

describe('nameMatchRank', () => {
  it('ranks the same name, then a name starting with what was typed, then one containing it', () => {
    expect(nameMatchRank('ดอนแก้ว', 'ดอนแก้ว')).toBe(0);
    expect(nameMatchRank('ดอนแก้ว', 'ดอนแก้วใต้')).toBe(1);
    expect(nameMatchRank('ดอนแก้ว', 'สันดอนแก้ว')).toBe(2);
    expect(nameMatchRank('ดอนแก้ว', 'บ้านดอน')).toBeUndefined();
  });
});
