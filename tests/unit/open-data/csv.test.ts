import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { dataColumns, LIST_SEPARATOR } from '../../../src/open-data/columns';
import { casesCsv } from '../../../src/open-data/csv';
import { openDataRecord } from '../../../src/open-data/record';
import { syntheticCaseData } from '../../support/synthetic-case';

const site = 'https://knowledge.example.test/';
/** A summary with everything CSV must quote: a comma, double quotes, a newline (and CRLF). */
const NASTY_SUMMARY = 'กรณีทดสอบ, มีจุลภาค "คำในเครื่องหมายคำพูด" และ\nขึ้นบรรทัดใหม่\r\nอีกบรรทัด';

const records = [
  openDataRecord(
    {
      id: 'nasty',
      data: syntheticCaseData({
        summary: NASTY_SUMMARY,
        tags: ['ขยะ', 'ธนาคารขยะ'],
        places: [
          { province: 'เชียงใหม่', district: 'แม่ริม', tambon: 'ดอนแก้ว' },
          { province: 'น่าน', district: 'ปัว' },
        ],
        partners: [{ name: 'ภาคี "หนึ่ง"', role: 'ให้ทุน, ติดตาม' }],
      }),
      placeCodes: ['500710', '5507'],
    },
    site,
  ),
  openDataRecord({ id: 'plain', data: syntheticCaseData({}), placeCodes: ['40'] }, site),
];

const parsed = () => parse(casesCsv(records), { bom: true, columns: true }) as Record<string, string>[];

describe('casesCsv', () => {
  it('starts with a UTF-8 byte-order mark and a header of every column', () => {
    const csv = casesCsv(records);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [header] = parse(csv, { bom: true, to_line: 1 }) as string[][];
    expect(header).toEqual(dataColumns().map((column) => column.name));
  });

  it('keeps a summary with a comma, quotes and newlines intact through a real CSV parser', () => {
    const rows = parsed();
    expect(rows).toHaveLength(2);
    expect(rows[0]?.summary).toBe(NASTY_SUMMARY);
    expect(rows[0]?.['partners.name']).toBe('ภาคี "หนึ่ง"');
    expect(rows[0]?.['partners.role']).toBe('ให้ทุน, ติดตาม');
    expect(rows[1]?.slug).toBe('plain');
  });

  it('joins lists with the separator, items of one list aligned across columns', () => {
    const [row] = parsed();
    expect(row?.tags).toBe(['ขยะ', 'ธนาคารขยะ'].join(LIST_SEPARATOR));
    expect(row?.['places.province']?.split(LIST_SEPARATOR)).toEqual(['เชียงใหม่', 'น่าน']);
    expect(row?.['places.tambon']?.split(LIST_SEPARATOR)).toEqual(['ดอนแก้ว', '']);
    expect(row?.['places.code']?.split(LIST_SEPARATOR)).toEqual(['500710', '5507']);
  });

  it('leaves cells empty for what a case does not give', () => {
    const row = parsed()[1];
    expect(row?.['budget.amountBaht']).toBe('');
    expect(row?.started).toBe('');
    expect(row?.systems).toBe('');
    expect(row?.synthetic).toBe('true');
  });

  it('ends rows with CRLF, as RFC 4180 and Excel expect', () => {
    expect(casesCsv(records).split('\r\n').length).toBeGreaterThan(2);
  });
});
