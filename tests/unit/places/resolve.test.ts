import { describe, it, expect } from 'vitest';
import { gazetteer } from '../../../src/places/gazetteer-data';
import { placeLabel } from '../../../src/places/labels';
import { expectFailure, expectMatch } from '../../support/place-results';

const ok = expectMatch;
const failure = expectFailure;

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
    expect(
      ok(gazetteer.resolvePlace({ province: 'เชียงใหม่', district: 'อ.เมือง', tambon: 'หนองหอย' })).district?.th,
    ).toBe('เมืองเชียงใหม่');
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
    expect(failure(gazetteer.resolvePlace({ province: 'เชียงใหม่', district: 'แม่ริน' })).candidates[0]?.district?.th).toBe(
      'แม่ริม',
    );
  });

  it('takes a code instead of the lower names', () => {
    const match = ok(gazetteer.resolvePlace({ province: 'เชียงใหม่', code: '500710' }));
    expect(match.kind).toBe('tambon');
    expect(match.tambon?.th).toBe('ดอนแก้ว');
    expect(match.district?.th).toBe('แม่ริม');
    expect(ok(gazetteer.resolvePlace({ province: 'เชียงใหม่', district: 'แม่ริม', code: '500710' })).kind).toBe('tambon');
    expect(
      ok(gazetteer.resolvePlace({ province: 'เชียงใหม่', district: 'แม่ริม', tambon: 'ดอนแก้ว', code: '50' })).kind,
    ).toBe('tambon');
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
    const result = failure(
      gazetteer.resolvePlace({ province: 'เชียงใหม่', district: 'แม่ริม', tambon: 'ดอนแก้ว', code: prik.code }),
    );
    expect(result.reason).toBe('code-mismatch');
    expect(result.candidates.map((candidate) => candidate.code)).toEqual([prik.code, '500710']);
    const unknownCode = failure(
      gazetteer.resolvePlace({ province: 'เชียงใหม่', district: 'แม่ริม', tambon: 'ดอนแก้ว', code: '509999' }),
    );
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
