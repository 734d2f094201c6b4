import { describe, expect, it } from 'vitest';
import {
  adaptedBy,
  casesInArea,
  casesWithSystem,
  countByArea,
  recentlyReviewed,
  relatedCases,
  sortCases,
  type CaseSummary,
} from '../../../src/cases/lists';
import { syntheticCase } from '../../support/synthetic-case';

const makeCase = syntheticCase;

const ids = (cases: readonly CaseSummary[]) => cases.map((entry) => entry.id);

describe('sortCases', () => {
  // Titles chosen so Thai order (เชียงใหม่ under ช, before น่าน) differs from code-point order.
  const cases = [
    makeCase('unknown-b', { title: 'น่าน ปีไม่ทราบ', started: 'ไม่ทราบ' }),
    makeCase('old', { title: 'กรณีเก่า', started: 2555 }), // ค.ศ. 2012
    makeCase('new-nan', { title: 'น่าน ปีล่าสุด', started: 2021 }),
    makeCase('unknown-a', { title: 'เชียงใหม่ ปีไม่ทราบ', started: 'unknown' }),
    makeCase('new-chiang-mai', { title: 'เชียงใหม่ ปีล่าสุด', started: 'พ.ศ. 2564' }), // ค.ศ. 2021
    makeCase('middle', { title: 'กรณีกลาง', started: 2019 }),
  ];

  it('puts the newest start year first, ties in Thai title order, unknown years last', () => {
    expect(ids(sortCases(cases, 'newest'))).toEqual([
      'new-chiang-mai',
      'new-nan',
      'middle',
      'old',
      'unknown-a',
      'unknown-b',
    ]);
  });

  it('sorts alphabetically in Thai dictionary order, ignoring leading vowels', () => {
    expect(sortCases(cases, 'alphabetical').map((entry) => entry.data.title)).toEqual([
      'กรณีกลาง',
      'กรณีเก่า',
      'เชียงใหม่ ปีไม่ทราบ',
      'เชียงใหม่ ปีล่าสุด',
      'น่าน ปีไม่ทราบ',
      'น่าน ปีล่าสุด',
    ]);
  });

  it('returns a new array and leaves the input order alone', () => {
    const before = ids(cases);
    const sorted = sortCases(cases, 'newest');
    expect(sorted).not.toBe(cases);
    expect(ids(cases)).toEqual(before);
  });
});

describe('grouping', () => {
  const cases = [
    makeCase('h1', { area: 'health', systems: ['volunteers', 'health-services'] }),
    makeCase('h2', { area: 'health', systems: ['health-services'] }),
    makeCase('w1', { area: 'welfare', systems: ['welfare', 'volunteers'] }),
    makeCase('e1', { area: 'environment', systems: [] }),
  ];

  it('counts cases per core area, listing all five areas with zeros', () => {
    expect(countByArea(cases)).toEqual({ learning: 0, health: 2, welfare: 1, environment: 1, policy: 0 });
  });

  it('counts zero everywhere for no cases', () => {
    expect(countByArea([])).toEqual({ learning: 0, health: 0, welfare: 0, environment: 0, policy: 0 });
  });

  it('lists the cases in one area', () => {
    expect(ids(casesInArea(cases, 'health'))).toEqual(['h1', 'h2']);
    expect(casesInArea(cases, 'policy')).toEqual([]);
  });

  it('lists the cases that use one working system, whatever their area', () => {
    expect(ids(casesWithSystem(cases, 'volunteers'))).toEqual(['h1', 'w1']);
    expect(casesWithSystem(cases, 'safety')).toEqual([]);
  });
});

describe('adaptedBy', () => {
  const cases = [
    makeCase('origin', { title: 'ต้นแบบ' }),
    makeCase('copy-nan', { title: 'น่าน นำไปใช้', adaptedFrom: ['origin'] }),
    makeCase('copy-chiang-mai', { title: 'เชียงใหม่ นำไปใช้', adaptedFrom: ['other', 'origin'] }),
    makeCase('unrelated', { title: 'ไม่เกี่ยวข้อง', adaptedFrom: ['other'] }),
  ];

  it('lists the cases that adapted a case, in Thai title order', () => {
    expect(ids(adaptedBy(cases, 'origin'))).toEqual(['copy-chiang-mai', 'copy-nan']);
  });

  it('lists nothing for a case no one adapted', () => {
    expect(adaptedBy(cases, 'copy-nan')).toEqual([]);
  });
});

describe('relatedCases', () => {
  const target = makeCase('target', {
    area: 'health',
    systems: ['volunteers', 'health-services'],
    places: [{ province: 'น่าน', district: 'ปัว' }],
  });
  const sameArea = makeCase('same-area', { area: 'health', systems: [], places: [{ province: 'ขอนแก่น' }] });
  const twoSystems = makeCase('two-systems', {
    area: 'welfare',
    systems: ['volunteers', 'health-services'],
    places: [{ province: 'ขอนแก่น' }],
  });
  const sameProvince = makeCase('same-province', { area: 'policy', systems: [], places: [{ province: 'จ.น่าน' }] });
  const nothingShared = makeCase('nothing-shared', {
    area: 'environment',
    systems: ['safety'],
    places: [{ province: 'ขอนแก่น' }],
  });
  const cases = [nothingShared, sameProvince, twoSystems, target, sameArea];

  it('never offers the case itself', () => {
    expect(ids(relatedCases(cases, target, 10))).not.toContain('target');
  });

  it('never offers a case that shares nothing', () => {
    expect(ids(relatedCases(cases, target, 10))).not.toContain('nothing-shared');
  });

  it('ranks a shared area above shared systems above a shared province', () => {
    // same area 3; two shared systems 2; shared province 1.
    expect(ids(relatedCases(cases, target, 10))).toEqual(['same-area', 'two-systems', 'same-province']);
  });

  it('gives at most `limit` cases, three by default', () => {
    const many = [
      ...cases,
      makeCase('another-same-area', { area: 'health' }),
      makeCase('one-system', { area: 'learning', systems: ['volunteers'] }),
    ];
    expect(relatedCases(many, target)).toHaveLength(3);
    expect(ids(relatedCases(many, target, 1))).toEqual([expect.stringMatching(/same-area/)]);
  });

  it('gives nothing when nothing else is related', () => {
    expect(relatedCases([target, nothingShared], target)).toEqual([]);
  });
});

describe('recentlyReviewed', () => {
  it('lists the latest reviewed first, ties in Thai title order, up to the limit', () => {
    const cases = [
      syntheticCase('old', { lastReviewed: '2025-01-10' }),
      syntheticCase('new-b', { lastReviewed: '2026-11-30' }),
      syntheticCase('new-a', { lastReviewed: '2026-11-30' }),
      syntheticCase('mid', { lastReviewed: '2026-03-01' }),
    ];
    expect(recentlyReviewed(cases, 3).map((c) => c.id)).toEqual(['new-a', 'new-b', 'mid']);
  });
});
