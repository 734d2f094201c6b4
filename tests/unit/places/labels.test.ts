import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../../src/places/gazetteer-data';
import { formatPlace, formatPlaceLabel, matchLabel, placeLabel, prefixedName } from '../../../src/places/labels';
import { syntheticCase } from '../../support/synthetic-case';

const makeCase = syntheticCase;

const unit = (code: string) => {
  const match = gazetteer.byCode(code);
  if (!match) throw new Error(`no unit ${code}`);
  return match;
};

describe('prefixedName', () => {
  it("writes the short or the full prefix, Bangkok's where asked", () => {
    expect(prefixedName('tambon', 'ดอนแก้ว')).toBe('ต.ดอนแก้ว');
    expect(prefixedName('district', 'แม่ริม', { style: 'full' })).toBe('อำเภอแม่ริม');
    expect(prefixedName('province', 'เชียงใหม่', { style: 'full' })).toBe('จังหวัดเชียงใหม่');
    expect(prefixedName('tambon', 'ลุมพินี', { style: 'full', bangkok: true })).toBe('แขวงลุมพินี');
    expect(prefixedName('district', 'ปทุมวัน', { bangkok: true })).toBe('เขตปทุมวัน');
    expect(prefixedName('province', 'กรุงเทพมหานคร', { bangkok: true })).toBe('กรุงเทพมหานคร');
    expect(prefixedName('province', 'กรุงเทพมหานคร', { style: 'full', bangkok: true })).toBe('จังหวัดกรุงเทพมหานคร');
  });
});

describe('formatPlaceLabel', () => {
  it('leaves out the levels not named and adds the code when given', () => {
    expect(formatPlaceLabel({ province: 'น่าน', district: 'ปัว', tambon: '' })).toBe('อ.ปัว จ.น่าน');
    expect(formatPlaceLabel({ province: 'น่าน' }, { code: '55' })).toBe('จ.น่าน (55)');
    expect(formatPlaceLabel({ province: 'กรุงเทพมหานคร', district: 'ปทุมวัน' })).toBe('อ.ปทุมวัน จ.กรุงเทพมหานคร');
    expect(formatPlaceLabel({ province: 'เชียงใหม่', district: 'แม่ริม', tambon: 'ดอนแก้ว' }, { style: 'full' })).toBe(
      'ตำบลดอนแก้ว อำเภอแม่ริม จังหวัดเชียงใหม่',
    );
  });
});

describe('placeLabel and matchLabel', () => {
  it('write a gazetteer unit with the units above it, placeLabel with its code', () => {
    expect(placeLabel(unit('500710'))).toBe('ต.ดอนแก้ว อ.แม่ริม จ.เชียงใหม่ (500710)');
    expect(matchLabel(unit('500710'))).toBe('ต.ดอนแก้ว อ.แม่ริม จ.เชียงใหม่');
    expect(placeLabel(unit('5505'))).toBe('อ.ปัว จ.น่าน (5505)');
    expect(matchLabel(unit('55'))).toBe('จ.น่าน');
  });

  it('use แขวง and เขต in Bangkok, and no จ. before กรุงเทพมหานคร', () => {
    const lumphini = gazetteer.resolvePlace({ province: 'กทม.', district: 'เขตปทุมวัน', tambon: 'แขวงลุมพินี' });
    if (!lumphini.ok) throw new Error('ลุมพินี does not resolve');
    expect(placeLabel(lumphini)).toBe(`แขวงลุมพินี เขตปทุมวัน กรุงเทพมหานคร (${lumphini.code})`);
    expect(matchLabel(unit('10'))).toBe('กรุงเทพมหานคร');
  });
});

describe('formatPlace', () => {
  const placeOf = (place: { province: string; district?: string; tambon?: string }) =>
    makeCase('place', { places: [place] }).data.places[0]!;

  it('writes tambon, district and province with ต. อ. จ.', () => {
    expect(formatPlace(placeOf({ province: 'เชียงใหม่', district: 'แม่ริม', tambon: 'ดอนแก้ว' }))).toBe(
      'ต.ดอนแก้ว อ.แม่ริม จ.เชียงใหม่',
    );
  });

  it('does not double a prefix the coordinator already typed', () => {
    expect(formatPlace(placeOf({ province: 'จ.น่าน', district: 'อ.ปัว', tambon: 'ต.ปัว' }))).toBe('ต.ปัว อ.ปัว จ.น่าน');
  });

  it('writes a whole district without a tambon', () => {
    expect(formatPlace(placeOf({ province: 'น่าน', district: 'ปัว' }))).toBe('อ.ปัว จ.น่าน');
  });

  it('writes a whole province alone', () => {
    expect(formatPlace(placeOf({ province: 'ขอนแก่น' }))).toBe('จ.ขอนแก่น');
  });

  it('uses แขวง and เขต in Bangkok, and no จ. before กรุงเทพมหานคร', () => {
    expect(formatPlace(placeOf({ province: 'กรุงเทพมหานคร', district: 'เขตบางรัก', tambon: 'แขวงสีลม' }))).toBe(
      'แขวงสีลม เขตบางรัก กรุงเทพมหานคร',
    );
    expect(formatPlace(placeOf({ province: 'กรุงเทพมหานคร', district: 'บางรัก' }))).toBe('เขตบางรัก กรุงเทพมหานคร');
  });
});
