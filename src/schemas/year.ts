import { z } from 'zod';
import { MAX_CE_YEAR, MIN_CE_YEAR, readYear } from '../thai/years';

/** Words a coordinator may write when the start year is not known from the sources. */
export const UNKNOWN_YEAR_WORDS = ['unknown', 'ไม่ทราบ'] as const;

/**
 * A year written in พ.ศ. or ค.ศ. (2400 or more is พ.ศ.), stored as a ค.ศ. number;
 * `unknown` / `ไม่ทราบ` is stored as null so no year is ever invented.
 */
export const yearSchema = z
  .unknown()
  .transform((value, ctx): number | null => {
    if (typeof value === 'string' && (UNKNOWN_YEAR_WORDS as readonly string[]).includes(value.trim())) return null;
    const reading = readYear(value);
    if (reading.ok) return reading.ce;
    ctx.addIssue({
      code: 'custom',
      params: { rule: reading.reason === 'out-of-range' ? 'year-range' : 'year' },
      message:
        reading.reason === 'out-of-range'
          ? `ปีอยู่นอกช่วงที่รับได้ (พ.ศ. ${MIN_CE_YEAR + 543}–${MAX_CE_YEAR + 543}) / year out of range (CE ${MIN_CE_YEAR}–${MAX_CE_YEAR})`
          : 'ไม่ใช่ปีที่อ่านได้ / not a readable year',
    });
    return z.NEVER;
  })
  .meta({ format: 'year' });
