import { thaiToArabicDigits } from './digits';

/** Buddhist Era (พ.ศ.) = Common Era (ค.ศ.) + 543. */
export const BE_OFFSET = 543;

/** A year value of this size or more is read as พ.ศ.; below it, as ค.ศ. */
export const BE_THRESHOLD = 2400;

/** The span of start years the knowledge base accepts, in ค.ศ. */
export const MIN_CE_YEAR = 1900;
export const MAX_CE_YEAR = 2100;

export type YearReading =
  { ok: true; ce: number; era: 'BE' | 'CE' } | { ok: false; reason: 'not-a-year' | 'out-of-range' };

/**
 * Reads a year as a coordinator may write it: 2562, 2019, "๒๕๖๒", "พ.ศ. 2562", "ค.ศ. 2019".
 * An explicit era prefix wins; otherwise a value of 2400 or more is พ.ศ.
 */
export function readYear(value: unknown): YearReading {
  let text: string;
  if (typeof value === 'number') text = String(value);
  else if (typeof value === 'string') text = thaiToArabicDigits(value).trim();
  else return { ok: false, reason: 'not-a-year' };

  const match = /^(?:(พ\.?\s?ศ\.?|ค\.?\s?ศ\.?|BE|B\.E\.|CE|C\.E\.|AD|A\.D\.)\s*)?(\d{4})$/i.exec(text);
  if (!match) return { ok: false, reason: 'not-a-year' };
  const prefix = match[1]?.replace(/[\s.]/g, '').toUpperCase();
  const number = Number(match[2]);
  let era: 'BE' | 'CE';
  if (prefix === 'พศ' || prefix === 'BE') era = 'BE';
  else if (prefix) era = 'CE';
  else era = number >= BE_THRESHOLD ? 'BE' : 'CE';
  const ce = era === 'BE' ? number - BE_OFFSET : number;
  if (ce < MIN_CE_YEAR || ce > MAX_CE_YEAR) return { ok: false, reason: 'out-of-range' };
  return { ok: true, ce, era };
}

/** ค.ศ. → พ.ศ. */
export const toBuddhistYear = (ceYear: number): number => ceYear + BE_OFFSET;

/** พ.ศ. → ค.ศ. */
export const toCommonEraYear = (beYear: number): number => beYear - BE_OFFSET;

/** A ค.ศ. year shown the Thai way, e.g. 2019 → "พ.ศ. 2562". */
export const formatBuddhistYear = (ceYear: number): string => `พ.ศ. ${toBuddhistYear(ceYear)}`;
