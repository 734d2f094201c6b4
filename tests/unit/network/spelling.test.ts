import { describe, expect, it } from 'vitest';
import { areClose, findSpellingProblems, type NamedCase } from '../../../src/network/spelling';
import { placeLookups } from '../../../src/places/check';

const named = (file: string, name: string, type: NamedCase['type'] = 'subdistrict-municipality', province = '71') => ({
  file: `content/cases/${file}.mdx`,
  name,
  type,
  province,
});
const kinds = (problems: ReturnType<typeof findSpellingProblems>) => problems.map((p) => [p.kind, p.file]);

describe('findSpellingProblems', () => {
  it('reports one body written two ways (abbreviated, spaced) in each of the two files', () => {
    const problems = findSpellingProblems([
      named('waste-bank', 'เทศบาลตำบลพระแท่น'),
      named('child-care', 'ทต.พระแท่น'),
      named('other', 'เทศบาลตำบลท่าเรือ'),
    ]);
    expect(kinds(problems)).toEqual([
      ['spelt-twice', 'content/cases/waste-bank.mdx'],
      ['spelt-twice', 'content/cases/child-care.mdx'],
    ]);
    const first = problems[0]!;
    if (first.kind === 'prefix-type') throw new Error('unexpected kind');
    expect(first.others).toEqual([{ file: 'content/cases/child-care.mdx', name: 'ทต.พระแท่น' }]);
    expect(first.closest).toEqual(['เทศบาลตำบลท่าเรือ']);
  });

  it('reports names one typing slip apart in one province, with the closest names', () => {
    const problems = findSpellingProblems([
      named('a', 'เทศบาลตำบลพระแท่น'),
      named('b', 'เทศบาลตำบลพระแทน'),
      named('c', 'เทศบาลตำบลพระแท่น', 'subdistrict-municipality', '10'),
    ]);
    expect(kinds(problems)).toEqual([
      ['close', 'content/cases/a.mdx'],
      ['close', 'content/cases/b.mdx'],
    ]);
  });

  it('allows one edit in short names and two in longer ones', () => {
    expect(areClose('ปัว', 'บัว')).toBe(true);
    expect(areClose('ปัว', 'บัวะ')).toBe(false);
    expect(areClose('สามง่ามพัฒนา', 'สามงามพัฒนา')).toBe(true);
    expect(areClose('สามง่ามพัฒนา', 'สามงามพฒนา')).toBe(true);
    expect(areClose('ดอนแก้ว', 'ดอนแก้ว')).toBe(false);
  });

  it('does not take two real tambons of the province for one name mistyped', () => {
    const { isPlaceName } = placeLookups();
    // ขี้เหล็ก in two provinces is two bodies; สันโป่ง is a tambon of เชียงใหม่ and สันโปง is not: a slip.
    const cases = [
      named('a', 'องค์การบริหารส่วนตำบลขี้เหล็ก', 'sao', '50'),
      named('b', 'องค์การบริหารส่วนตำบลขี้เหล็ก', 'sao', '55'),
      named('c', 'องค์การบริหารส่วนตำบลสันโป่ง', 'sao', '50'),
      named('d', 'องค์การบริหารส่วนตำบลสันโปง', 'sao', '50'),
    ];
    expect(kinds(findSpellingProblems(cases, { isPlaceName }))).toEqual([
      ['close', 'content/cases/c.mdx'],
      ['close', 'content/cases/d.mdx'],
    ]);
    // แม่สา and แม่ทา: both tambons of เชียงใหม่, one edit apart: two bodies, not a slip.
    const twoTambons = [named('e', 'อบต.แม่สา', 'sao', '50'), named('f', 'อบต.แม่ทา', 'sao', '50')];
    expect(findSpellingProblems(twoTambons, { isPlaceName })).toEqual([]);
    expect(kinds(findSpellingProblems(twoTambons))).toHaveLength(2);
  });

  it('leaves a body that changed type alone, and one name in two tiers (อบจ. and เทศบาลนคร)', () => {
    expect(findSpellingProblems([named('a', 'องค์การบริหารส่วนตำบลปัว', 'sao'), named('b', 'เทศบาลตำบลปัว')])).toEqual([]);
    expect(
      findSpellingProblems([
        named('a', 'องค์การบริหารส่วนจังหวัดสงขลา', 'pao'),
        named('b', 'เทศบาลนครสงขลา', 'city-municipality'),
      ]),
    ).toEqual([]);
  });

  it('reports a name whose prefix says another type', () => {
    expect(findSpellingProblems([named('a', 'เทศบาลตำบลปัว', 'sao')])).toEqual([
      {
        kind: 'prefix-type',
        file: 'content/cases/a.mdx',
        name: 'เทศบาลตำบลปัว',
        type: 'sao',
        prefixType: 'subdistrict-municipality',
      },
    ]);
    expect(findSpellingProblems([named('a', 'เทศบาลสามง่ามพัฒนา', 'subdistrict-municipality')])).toEqual([]);
  });
});
