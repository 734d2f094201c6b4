import { describe, expect, it } from 'vitest';
import {
  compareEventDates,
  formatThaiEventDate,
  formatThaiEventSpan,
  readEventDate,
  type EventDate,
} from '../../../src/decentralization/dates';

const read = (value: unknown): EventDate => {
  const reading = readEventDate(value);
  if (!reading.ok) throw new Error(`not read: ${String(value)}`);
  return reading.date;
};

describe('readEventDate', () => {
  it.each([
    [2542, { iso: '1999', precision: 'year' }],
    ['2542-11', { iso: '1999-11', precision: 'month' }],
    ['2542-11-18', { iso: '1999-11-18', precision: 'day' }],
    ['๒๕๔๒-๑๑-๑๘', { iso: '1999-11-18', precision: 'day' }],
    ['พ.ศ. 2542-11-18', { iso: '1999-11-18', precision: 'day' }],
    ['ค.ศ. 1999', { iso: '1999', precision: 'year' }],
    ['1999-11-18', { iso: '1999-11-18', precision: 'day' }],
    [2440, { iso: '1897', precision: 'year' }],
  ])('reads %s in พ.ศ. or ค.ศ., keeping its precision', (value, expected) => {
    expect(read(value)).toEqual({ ...expected, approximate: false });
  });

  it('marks approximate dates', () => {
    expect(read('ราว 2567')).toEqual({ iso: '2024', precision: 'year', approximate: true });
  });

  it('keeps the calendar day of a Date a YAML reader made', () => {
    expect(read(new Date('2542-11-18T00:00:00Z'))).toEqual({ iso: '1999-11-18', precision: 'day', approximate: false });
  });

  it('accepts 29 February only in leap years, counted in ค.ศ.', () => {
    expect(read('2567-02-29').iso).toBe('2024-02-29');
    expect(readEventDate('2566-02-29')).toEqual({ ok: false, reason: 'not-a-date' });
  });

  it.each(['2563-02-30', '2542-13', 'ปลายปี 2542', '', null, true])('refuses %s', (value) => {
    expect(readEventDate(value).ok).toBe(false);
  });

  it('refuses years out of range', () => {
    expect(readEventDate(1700)).toEqual({ ok: false, reason: 'out-of-range' });
  });
});

describe('formatThaiEventDate', () => {
  it('shows each precision in พ.ศ.', () => {
    expect(formatThaiEventDate(read('2542-11-18'))).toBe('18 พฤศจิกายน 2542');
    expect(formatThaiEventDate(read('2542-11'))).toBe('พฤศจิกายน 2542');
    expect(formatThaiEventDate(read(2542))).toBe('พ.ศ. 2542');
    expect(formatThaiEventDate(read('ราว 2567'))).toBe('ราว พ.ศ. 2567');
  });

  it('shows days before Bangkok kept UTC+7 without shifting them', () => {
    expect(formatThaiEventDate(read('2440-01-01'))).toBe('1 มกราคม 2440');
  });

  it('shows spans of years compactly', () => {
    expect(formatThaiEventSpan(read(2543), read(2548))).toBe('พ.ศ. 2543–2548');
    expect(formatThaiEventSpan(read('2565-10'), read('2566-01'))).toBe('ตุลาคม 2565 – มกราคม 2566');
    expect(formatThaiEventSpan(read(2543))).toBe('พ.ศ. 2543');
  });
});

describe('compareEventDates', () => {
  it('orders by the ISO text, a year before the months inside it', () => {
    const dates = [read('2542-11-18'), read(2542), read('2542-02'), read(2541)];
    expect(dates.sort(compareEventDates).map((date) => date.iso)).toEqual(['1998', '1999', '1999-02', '1999-11-18']);
  });
});
