import { describe, expect, it } from 'vitest';
import { unknownFields } from '../../../src/cases/unknowns';
import { syntheticCaseData } from '../../support/synthetic-case';

describe('what a case leaves unknown', () => {
  it('lists an unknown start year and every optional fact not given', () => {
    expect(unknownFields(syntheticCaseData({}))).toEqual([
      'started',
      'knownSince',
      'partners',
      'budget',
      'outcomes',
      'studyVisit',
      'contact',
      'sources[].accessed',
    ]);
  });

  it('lists nothing that is given', () => {
    const data = syntheticCaseData({
      started: 2562,
      partners: [{ name: 'โรงพยาบาลสมมุติ', role: 'ร่วมเยี่ยมบ้าน' }],
      budget: { amountBaht: 1000, source: 'กองทุนสมมุติ', period: 'ปี 2566' },
      outcomes: [{ label: 'ผลสมมุติ', value: '1 คน' }],
      studyVisit: { offered: true, host: 'ศูนย์สมมุติ', learn: ['การทดสอบ'] },
      contact: { web: 'https://example.org/' },
      sources: [{ title: 'แหล่งข้อมูลสมมุติ', url: 'https://example.org/source', accessed: '2026-06-01' }],
    });
    expect(unknownFields(data)).toEqual([]);
  });
});
