import { describe, expect, it } from 'vitest';
import { groupBodies } from '../../../src/network/bodies';
import {
  bodiesOfType,
  countByRegion,
  countByType,
  directoryByRegion,
  sameProvince,
} from '../../../src/network/directory';
import { REGIONS } from '../../../src/places/regions';
import { DON_KAEO, NONG_HOI, placedCase, PUA, SONGKHLA } from './fixtures';

const MAE_SA = { province: 'เชียงใหม่', district: 'แม่ริม', tambon: 'แม่สา' };
// Input order is neither Thai order nor region order.
const bodies = groupBodies([
  placedCase('songkhla-pao', { name: 'องค์การบริหารส่วนจังหวัดสงขลา', type: 'pao' }, [SONGKHLA]),
  placedCase('nong-hoi', { name: 'เทศบาลตำบลหนองหอย', type: 'subdistrict-municipality' }, [NONG_HOI]),
  placedCase('pua', { name: 'เทศบาลตำบลปัว', type: 'subdistrict-municipality' }, [PUA]),
  placedCase('mae-sa', { name: 'เทศบาลตำบลแม่สา', type: 'subdistrict-municipality' }, [MAE_SA]),
  placedCase('don-kaeo', { name: 'องค์การบริหารส่วนตำบลดอนแก้ว', type: 'sao' }, [DON_KAEO]),
  placedCase('don-kaeo-2', { name: 'อบต.ดอนแก้ว', type: 'sao' }, [DON_KAEO]),
]);
const names = (list: readonly { name: string }[]) => list.map((body) => body.name);

describe('directoryByRegion', () => {
  const regions = directoryByRegion(bodies);

  it('lists the regions in their usual order, leaving out those without bodies', () => {
    expect(regions.map((group) => group.region.slug)).toEqual(['north', 'south']);
    expect(regions.map((group) => group.count)).toEqual([4, 1]);
  });

  it('orders provinces and bodies in Thai order, bodies by their name without the type prefix', () => {
    const north = regions[0]!;
    // เชียงใหม่ before น่าน; in เชียงใหม่: ดอนแก้ว, แม่สา, หนองหอย (leading vowels ignored: แม่ sorts as ม).
    expect(north.provinces.map((group) => group.province.th)).toEqual(['เชียงใหม่', 'น่าน']);
    expect(names(north.provinces[0]!.bodies)).toEqual([
      'องค์การบริหารส่วนตำบลดอนแก้ว',
      'เทศบาลตำบลแม่สา',
      'เทศบาลตำบลหนองหอย',
    ]);
  });
});

describe('counts', () => {
  it('counts bodies (not cases) per type, every type present', () => {
    const counts = Object.fromEntries(countByType(bodies).map(({ type, count }) => [type, count]));
    expect(counts).toEqual({
      sao: 1,
      'subdistrict-municipality': 3,
      'town-municipality': 0,
      'city-municipality': 0,
      pao: 1,
      bangkok: 0,
      pattaya: 0,
    });
  });

  it('counts bodies per region, every region present', () => {
    const counts = countByRegion(bodies);
    expect(counts.map(({ region }) => region.slug)).toEqual(REGIONS.map((region) => region.slug));
    expect(counts.reduce((sum, { count }) => sum + count, 0)).toBe(bodies.length);
    expect(counts.find(({ region }) => region.slug === 'north')?.count).toBe(4);
  });
});

describe('filters', () => {
  it('keeps the bodies of one type', () => {
    expect(names(bodiesOfType(bodies, 'sao'))).toEqual(['องค์การบริหารส่วนตำบลดอนแก้ว']);
  });

  it('lists the other bodies of the same province in Thai order', () => {
    const donKaeo = bodies.find((body) => body.stem === 'ดอนแก้ว')!;
    expect(names(sameProvince(bodies, donKaeo))).toEqual(['เทศบาลตำบลแม่สา', 'เทศบาลตำบลหนองหอย']);
  });
});
