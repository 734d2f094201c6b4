import { describe, expect, it } from 'vitest';
import { groupBodies } from '../../../src/network/bodies';
import { baseSlug, bodyHref, namesakeUnit, uniqueSlugs } from '../../../src/network/slug';
import { gazetteer } from '../../../src/places/gazetteer-data';
import { BO_YANG, DON_KAEO, placedCase, PUA, SONGKHLA } from './fixtures';

const slugOf = (...cases: Parameters<typeof placedCase>[]) => {
  const [body] = groupBodies(cases.map((args) => placedCase(...args)));
  return baseSlug(body!, gazetteer);
};

describe('body slugs', () => {
  it('is the province and the English name of the tambon the body is named after', () => {
    expect(slugOf(['a', { name: 'องค์การบริหารส่วนตำบลดอนแก้ว', type: 'sao' }, [DON_KAEO]])).toBe('chiang-mai-don-kaeo');
  });

  it('finds the namesake beyond the case places: elsewhere in the district, or the province itself', () => {
    // เทศบาลตำบลปัว named in a case that gives only the district.
    expect(
      slugOf(['a', { name: 'เทศบาลตำบลปัว', type: 'subdistrict-municipality' }, [{ province: 'น่าน', district: 'ปัว' }]]),
    ).toBe('nan-pua');
    expect(slugOf(['a', { name: 'เทศบาลนครสงขลา', type: 'city-municipality' }, [BO_YANG]])).toBe('songkhla-songkhla');
  });

  it('gives PAOs, Bangkok and Pattaya names of their own', () => {
    expect(slugOf(['a', { name: 'องค์การบริหารส่วนจังหวัดสงขลา', type: 'pao' }, [SONGKHLA]])).toBe('songkhla-pao');
    expect(slugOf(['a', { name: 'กรุงเทพมหานคร', type: 'bangkok' }, [{ province: 'กรุงเทพมหานคร' }]])).toBe('bangkok');
  });

  it('uses the code of the first place for a body named after no unit', () => {
    const body = groupBodies([
      placedCase('a', { name: 'เทศบาลตำบลสมมุติพัฒนา', type: 'subdistrict-municipality' }, [DON_KAEO]),
    ])[0]!;
    expect(namesakeUnit(body, gazetteer)).toBeUndefined();
    expect(baseSlug(body, gazetteer)).toBe('chiang-mai-500710');
  });

  it('stays the same when the body changes type', () => {
    type CaseArgs = Parameters<typeof placedCase>;
    const before: CaseArgs = ['a', { name: 'องค์การบริหารส่วนตำบลปัว', type: 'sao' }, [PUA]];
    const after: CaseArgs = ['b', { name: 'เทศบาลตำบลปัว', type: 'subdistrict-municipality' }, [PUA]];
    expect(slugOf(before)).toBe(slugOf(before, after));
    expect(slugOf(after)).toBe('nan-pua');
  });

  it('is ASCII and tells apart two bodies that would share one', () => {
    const bodies = groupBodies([
      placedCase('town', { name: 'เทศบาลตำบลปัว', type: 'subdistrict-municipality' }, [PUA], {
        lastReviewed: '2024-01-01',
      }),
      placedCase('around', { name: 'องค์การบริหารส่วนตำบลปัว', type: 'sao' }, [PUA], { lastReviewed: '2026-01-01' }),
      placedCase('other', { name: 'องค์การบริหารส่วนตำบลดอนแก้ว', type: 'sao' }, [DON_KAEO]),
    ]);
    const slugs = uniqueSlugs(bodies, gazetteer);
    expect(slugs).toEqual(['nan-pua-subdistrict-municipality', 'nan-pua-sao', 'chiang-mai-don-kaeo']);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(bodyHref({ slug: slugs[2]! })).toBe('/network/chiang-mai-don-kaeo/');
  });
});
