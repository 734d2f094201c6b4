import { z } from 'zod';
import { MAX_EVENT_YEAR, MIN_EVENT_YEAR, readEventDate, type EventDate } from '../decentralization/dates';
import { BE_OFFSET } from '../thai/years';

/**
 * A year, month or day written in พ.ศ. or ค.ศ. (2542, 2542-11, 2542-11-18; "ราว 2567" when the
 * sources give no exact date), stored as ค.ศ. ISO text with its precision.
 */
export const eventDateSchema = z.unknown().transform((value, ctx): EventDate => {
  const reading = value === undefined ? undefined : readEventDate(value);
  if (reading?.ok) return reading.date;
  ctx.addIssue({
    code: 'custom',
    params: { rule: 'event-date' },
    message: !reading
      ? 'ยังไม่ได้กรอกช่องที่จำเป็นนี้ / this required field is missing'
      : reading.reason === 'out-of-range'
        ? `ปีอยู่นอกช่วงที่รับได้ (พ.ศ. ${MIN_EVENT_YEAR + BE_OFFSET}–${MAX_EVENT_YEAR + BE_OFFSET}) / year out of range (CE ${MIN_EVENT_YEAR}–${MAX_EVENT_YEAR})`
        : 'ไม่ใช่วันที่ที่อ่านได้ ให้เขียนปี ปี-เดือน หรือ ปี-เดือน-วัน เช่น 2542-11-18 / not a readable date: write a year, year-month or year-month-day, e.g. 2542-11-18',
  });
  return z.NEVER;
});
