import { z } from 'zod';
import { parseBangkokDate } from '../thai/dates';

/**
 * A calendar day written YYYY-MM-DD, read as that day in Bangkok. YAML parsers may already have
 * turned it into a Date at UTC midnight; the calendar day is kept either way.
 */
export const calendarDateSchema = z
  .union([z.date(), z.string()])
  .transform((value, ctx): Date => {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    const date = parseBangkokDate(text);
    if (date) return date;
    ctx.addIssue({
      code: 'custom',
      params: { rule: 'date' },
      message: 'ไม่ใช่วันที่ในรูป ปปปป-ดด-วว (ค.ศ.) / not a date in the form YYYY-MM-DD',
    });
    return z.NEVER;
  })
  .meta({ format: 'date' });
