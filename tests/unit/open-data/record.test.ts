import { describe, expect, it } from 'vitest';
import { openDataRecord } from '../../../src/open-data/record';
import { caseSchema } from '../../../src/schemas/case';
import { syntheticCaseData } from '../../support/synthetic-case';

const site = 'https://knowledge.example.test/';

describe('openDataRecord', () => {
  const data = syntheticCaseData({
    places: [{ province: 'เชียงใหม่', district: 'แม่ริม', tambon: 'ดอนแก้ว' }, { province: 'น่าน' }],
    sources: [{ title: 'แหล่งข้อมูลสมมุติ', url: 'https://example.org/a', accessed: new Date('2026-03-04T00:00:00Z') }],
    started: 2562,
    lastReviewed: '2026-12-02',
  });
  const record = openDataRecord({ id: 'synthetic-case', data, placeCodes: ['500710', '55'] }, site);

  it('starts with the slug and the absolute address', () => {
    expect(Object.keys(record).slice(0, 2)).toEqual(['slug', 'url']);
    expect(record.url).toBe('https://knowledge.example.test/cases/synthetic-case/');
  });

  it('has every front-matter field but the workflow status, null or [] when the case leaves it out', () => {
    expect(Object.keys(record).slice(2)).toEqual(
      Object.keys(caseSchema.shape).filter((key) => key !== 'status' && key !== 'photos'),
    );
    expect(record.budget).toBeNull();
    expect(record.knownSince).toBeNull();
    expect(record.outcomes).toEqual([]);
    expect(record.adaptedFrom).toEqual([]);
  });

  it('gives each place its resolved code and fills missing levels with null', () => {
    expect(record.places).toEqual([
      { province: 'เชียงใหม่', district: 'แม่ริม', tambon: 'ดอนแก้ว', code: '500710' },
      { province: 'น่าน', district: null, tambon: null, code: '55' },
    ]);
  });

  it('writes years in ค.ศ. and days as the calendar day in Bangkok', () => {
    expect(record.started).toBe(2019);
    // lastReviewed is midnight in Bangkok, 17:00 UTC the day before: the day must not shift.
    expect(record.lastReviewed).toBe('2026-12-02');
    expect((record.sources as Array<Record<string, unknown>>)[0]?.accessed).toBe('2026-03-04');
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
  });

  it('refuses place codes that do not match the places', () => {
    expect(() => openDataRecord({ id: 'x', data, placeCodes: ['55'] }, site)).toThrow(/2 places but 1 codes/);
  });
});
