import { afterEach, describe, expect, it } from 'vitest';
import { bangkokIsoDate, formatThaiDate, parseBangkokDate } from '../../../src/thai/dates';

const THAI_MONTHS = [
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
];
const BANGKOK_OFFSET_MS = 7 * 3600 * 1000; // Thailand has had no daylight saving time since 1920.

/** The expected Thai long date, worked out by arithmetic rather than by Intl. */
function expectedThaiDate(moment: Date): string {
  const bangkok = new Date(moment.getTime() + BANGKOK_OFFSET_MS);
  return `${bangkok.getUTCDate()} ${THAI_MONTHS[bangkok.getUTCMonth()]} ${bangkok.getUTCFullYear() + 543}`;
}

const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe('formatThaiDate', () => {
  const lateEveningUtc = new Date('2026-01-31T20:00:00Z');

  it('shows 2026-01-31T20:00Z as 1 กุมภาพันธ์ 2569, the day it already is in Bangkok', () => {
    expect(expectedThaiDate(lateEveningUtc)).toBe('1 กุมภาพันธ์ 2569');
    expect(formatThaiDate(lateEveningUtc)).toBe('1 กุมภาพันธ์ 2569');
  });

  it.each(['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Bangkok'])(
    'gives the same Bangkok day when the machine runs in %s',
    (zone) => {
      process.env.TZ = zone;
      expect(formatThaiDate(lateEveningUtc)).toBe('1 กุมภาพันธ์ 2569');
      expect(bangkokIsoDate(lateEveningUtc)).toBe('2026-02-01');
    },
  );

  it.each([
    '2024-02-29T16:59:59Z',
    '2024-02-29T17:00:00Z',
    '2025-12-31T17:00:00Z',
    '2019-06-15T05:00:00Z',
    '2030-11-30T23:59:59Z',
  ])('writes the Buddhist year and the Thai month for %s', (iso) => {
    const moment = new Date(iso);
    expect(formatThaiDate(moment)).toBe(expectedThaiDate(moment));
  });
});

describe('bangkokIsoDate', () => {
  it('changes day at 17:00 UTC, which is midnight in Bangkok', () => {
    expect(bangkokIsoDate(new Date('2026-01-31T16:59:59Z'))).toBe('2026-01-31');
    expect(bangkokIsoDate(new Date('2026-01-31T17:00:00Z'))).toBe('2026-02-01');
  });

  it('pads month and day to two digits', () => {
    expect(bangkokIsoDate(new Date('2026-03-04T12:00:00+07:00'))).toBe('2026-03-04');
  });
});

describe('parseBangkokDate', () => {
  it('reads YYYY-MM-DD as midnight in Bangkok (+07:00)', () => {
    const date = parseBangkokDate('2024-02-29');
    expect(date).toBeInstanceOf(Date);
    expect(date?.toISOString()).toBe('2024-02-28T17:00:00.000Z');
  });

  it('accepts 29 February in a leap year and refuses it otherwise', () => {
    expect(parseBangkokDate('2024-02-29')).toBeDefined();
    expect(parseBangkokDate('2023-02-29')).toBeUndefined();
  });

  it.each(['2024-02-31', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-00', '2024-01-32'])(
    'refuses the impossible day %s instead of rolling it over',
    (text) => {
      expect(parseBangkokDate(text)).toBeUndefined();
    },
  );

  it.each(['24-02-01', '2024/02/01', '2024-2-1', '1 กุมภาพันธ์ 2567', '', '2024-02-01T10:00:00Z'])(
    'refuses %j, which is not written YYYY-MM-DD',
    (text) => {
      expect(parseBangkokDate(text)).toBeUndefined();
    },
  );

  it('ignores surrounding spaces', () => {
    expect(parseBangkokDate(' 2025-03-15 ')?.toISOString()).toBe('2025-03-14T17:00:00.000Z');
  });

  it('keeps the calendar day whatever time zone the machine runs in', () => {
    for (const zone of ['UTC', 'America/New_York', 'Pacific/Kiritimati']) {
      process.env.TZ = zone;
      const date = parseBangkokDate('2025-03-15');
      expect(date?.toISOString()).toBe('2025-03-14T17:00:00.000Z');
      expect(bangkokIsoDate(date!)).toBe('2025-03-15');
      expect(formatThaiDate(date!)).toBe('15 มีนาคม 2568');
    }
  });
});
