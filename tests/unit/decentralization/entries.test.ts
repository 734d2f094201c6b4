import { describe, expect, it } from 'vitest';
import {
  entriesForPractice,
  filterByKind,
  kindCounts,
  reliantsOf,
  snapshotsNewestFirst,
  sortNewestFirst,
  type SluggedEntry,
} from '../../../src/decentralization/entries';
import { kindTerm, practiceTerm, statusTerm } from '../../../src/decentralization/vocabulary';
import { countSnapshotSchema, trackerEntrySchema, type TrackerEntryInput } from '../../../src/schemas/decentralization';

const SOURCE = { title: 'แหล่งข้อมูลทดสอบ', url: 'https://example.org/source' };
function entry(slug: string, fields: Partial<TrackerEntryInput>): SluggedEntry {
  const data = trackerEntrySchema.parse({
    title: `รายการทดสอบ ${slug}`,
    kind: 'law',
    date: 2542,
    change: 'ข้อความทดสอบที่อธิบายสิ่งที่เปลี่ยนไปด้วยถ้อยคำของผู้ประสานงานเอง',
    status: 'in-force',
    statusChecked: '2026-12-01',
    sources: [SOURCE],
    ...fields,
  });
  return { slug, data };
}

const ENTRIES = [
  entry('act-2542', { date: '2542-11-18', practices: ['local-health-fund'] }),
  entry('election-2563', { kind: 'election', date: '2563-12-20' }),
  entry('fund-2549', { kind: 'fund', date: 2549, practices: ['local-health-fund'] }),
  entry('act-2542-year', { date: 2542 }),
  entry('rule-2561', { kind: 'regulation', date: 2561, practices: ['local-health-fund', 'long-term-care'] }),
];

describe('sortNewestFirst', () => {
  it('puts the newest first, a year-only date after the days inside it', () => {
    expect(sortNewestFirst(ENTRIES).map((e) => e.slug)).toEqual([
      'election-2563',
      'rule-2561',
      'fund-2549',
      'act-2542',
      'act-2542-year',
    ]);
  });
});

describe('filterByKind and kindCounts', () => {
  it('filters by kind, or returns everything without one', () => {
    expect(filterByKind(ENTRIES, 'law').map((e) => e.slug)).toEqual(['act-2542', 'act-2542-year']);
    expect(filterByKind(ENTRIES)).toHaveLength(ENTRIES.length);
  });

  it('counts the kinds that have entries, in vocabulary order', () => {
    expect(kindCounts(ENTRIES)).toEqual([
      { kind: 'law', count: 2 },
      { kind: 'regulation', count: 1 },
      { kind: 'election', count: 1 },
      { kind: 'fund', count: 1 },
    ]);
  });
});

describe('legal basis', () => {
  it('lists the entries behind a kind of practice, newest first', () => {
    expect(entriesForPractice(ENTRIES, 'local-health-fund').map((e) => e.slug)).toEqual([
      'rule-2561',
      'fund-2549',
      'act-2542',
    ]);
    expect(entriesForPractice(ENTRIES, 'elderly-school')).toEqual([]);
  });

  it('lists the cases that rely on an entry', () => {
    const cases = [
      { slug: 'b-case', legalBasis: ['fund-2549'] },
      { slug: 'a-case', legalBasis: ['fund-2549', 'act-2542'] },
      { slug: 'c-case' },
    ];
    expect(reliantsOf('fund-2549', cases).map((c) => c.slug)).toEqual(['a-case', 'b-case']);
  });
});

describe('labels', () => {
  it('has Thai and English for kinds, statuses and practices', () => {
    expect(kindTerm('law')).toMatchObject({ th: 'กฎหมาย', en: 'Law' });
    expect(statusTerm('partly-done').th).toBe('ดำเนินการแล้วบางส่วน');
    expect(practiceTerm('child-development-centre').th).toBe('ศูนย์พัฒนาเด็กเล็ก');
  });
});

describe('snapshotsNewestFirst', () => {
  it('orders count snapshots by their date', () => {
    const snapshot = (asOf: string) =>
      countSnapshotSchema.parse({ asOf, compiledBy: 'ทดสอบ', counts: { pao: 76 }, sources: [SOURCE] });
    expect(snapshotsNewestFirst([snapshot('2549-10-04'), snapshot('2563-06-05')]).map((s) => s.asOf.iso)).toEqual([
      '2020-06-05',
      '2006-10-04',
    ]);
  });
});
