import { describe, expect, it } from 'vitest';
import { filterOptions, filterTotals, filterValueLabel, yearOrder } from '../../../src/search/results';
import type { CaseInput } from '../../../src/schemas/case';
import { syntheticCaseData } from '../../support/synthetic-case';

const makeData = (front: Partial<CaseInput>) => syntheticCaseData(front);

describe('yearOrder', () => {
  it('reads newest and oldest', () => {
    expect(yearOrder('newest')).toBe('newest');
    expect(yearOrder('oldest')).toBe('oldest');
  });

  it('leaves relevance, nothing and unknown orders to Pagefind', () => {
    for (const value of ['relevance', undefined, '', 'alphabetical']) expect(yearOrder(value)).toBeNull();
  });
});

describe('filterValueLabel', () => {
  it('names slugs in Thai', () => {
    expect(filterValueLabel('area', 'health')).toBe('การดูแลสุขภาพชุมชน');
    expect(filterValueLabel('area', 'policy')).toBe('การพัฒนานโยบายสาธารณะเพื่อสุขภาวะแบบมีส่วนร่วม');
    expect(filterValueLabel('system', 'volunteers')).toBe('ระบบอาสาสมัคร');
    expect(filterValueLabel('system', 'community-economy')).toBe('ระบบเศรษฐกิจชุมชน');
    expect(filterValueLabel('type', 'sao')).toBe('องค์การบริหารส่วนตำบล');
    expect(filterValueLabel('type', 'subdistrict-municipality')).toBe('เทศบาลตำบล');
    expect(filterValueLabel('evidence', 'verified')).toBe('ตรวจสอบแล้ว');
    expect(filterValueLabel('evidence', 'snapshot')).toBe('ภาพย่อ');
  });

  it('leaves provinces as they are', () => {
    expect(filterValueLabel('province', 'น่าน')).toBe('น่าน');
    expect(filterValueLabel('province', 'กรุงเทพมหานคร')).toBe('กรุงเทพมหานคร');
  });

  it('returns a value it does not know as it is', () => {
    expect(filterValueLabel('area', 'not-an-area')).toBe('not-an-area');
    expect(filterValueLabel('system', 'health')).toBe('health');
    expect(filterValueLabel('type', '')).toBe('');
    expect(filterValueLabel('evidence', 'rumour')).toBe('rumour');
  });
});

describe('filterOptions', () => {
  it('sorts provinces in Thai order: เชียงใหม่ before น่าน, unlike code-point order', () => {
    expect(filterOptions('province', { น่าน: 2, แพร่: 4, เชียงใหม่: 1, ขอนแก่น: 3 })).toEqual([
      { value: 'ขอนแก่น', count: 3, label: 'ขอนแก่น' },
      { value: 'เชียงใหม่', count: 1, label: 'เชียงใหม่' },
      { value: 'น่าน', count: 2, label: 'น่าน' },
      { value: 'แพร่', count: 4, label: 'แพร่' },
    ]);
  });

  it('sorts by the Thai label, not by the slug', () => {
    // Slug order: reported, snapshot, verified. Label order: ตรวจสอบแล้ว, ภาพย่อ, มีรายงาน.
    expect(filterOptions('evidence', { reported: 5, snapshot: 1, verified: 2 })).toEqual([
      { value: 'verified', count: 2, label: 'ตรวจสอบแล้ว' },
      { value: 'snapshot', count: 1, label: 'ภาพย่อ' },
      { value: 'reported', count: 5, label: 'มีรายงาน' },
    ]);
    // การจัดการ… < การจัดสวัสดิการ… < การดูแล… < การพัฒนา… < ระบบ…
    expect(
      filterOptions('area', { learning: 1, health: 1, welfare: 1, environment: 1, policy: 1 }).map((o) => o.value),
    ).toEqual(['environment', 'welfare', 'health', 'policy', 'learning']);
  });

  it('is empty for no counts', () => {
    expect(filterOptions('system', {})).toEqual([]);
  });
});

describe('filterTotals', () => {
  const cases = [
    {
      data: makeData({
        area: 'health',
        systems: ['volunteers', 'health-services'],
        // Two places in one province.
        places: [
          { province: 'เชียงใหม่', district: 'แม่ริม', tambon: 'ดอนแก้ว' },
          { province: 'เชียงใหม่', district: 'เมืองเชียงใหม่', tambon: 'หนองหอย' },
        ],
        localGovernment: { name: 'องค์การบริหารส่วนตำบลดอนแก้ว', type: 'sao' },
        evidence: 'reported',
      }),
    },
    {
      data: makeData({
        area: 'health',
        systems: ['volunteers'],
        places: [{ province: 'น่าน', district: 'ปัว', tambon: 'ปัว' }, { province: 'เชียงใหม่' }],
        localGovernment: { name: 'เทศบาลเมืองสมมุติ', type: 'town-municipality' },
        evidence: 'verified',
      }),
    },
    {
      data: makeData({
        area: 'welfare',
        systems: [],
        // The same province written with and without its prefix.
        places: [{ province: 'จังหวัดน่าน' }, { province: 'น่าน', district: 'ภูเพียง' }],
        localGovernment: { name: 'องค์การบริหารส่วนตำบลสมมุติ', type: 'sao' },
        evidence: 'reported',
      }),
    },
  ];

  it('counts the cases carrying each value', () => {
    expect(filterTotals(cases)).toEqual({
      area: { health: 2, welfare: 1 },
      system: { volunteers: 2, 'health-services': 1 },
      province: { เชียงใหม่: 2, น่าน: 2 },
      type: { sao: 2, 'town-municipality': 1 },
      evidence: { reported: 2, verified: 1 },
    });
  });

  it('counts a case once for a province it has two places in', () => {
    expect(filterTotals([cases[0]!]).province).toEqual({ เชียงใหม่: 1 });
    expect(filterTotals([cases[2]!]).province).toEqual({ น่าน: 1 });
  });

  it('has every filter key, empty, for no cases', () => {
    expect(filterTotals([])).toEqual({ area: {}, system: {}, province: {}, type: {}, evidence: {} });
  });
});
