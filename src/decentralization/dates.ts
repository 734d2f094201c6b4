import { thaiToArabicDigits } from '../thai/digits';
import { BE_OFFSET, BE_THRESHOLD, formatBuddhistYear } from '../thai/years';

/**
 * Dates in the tracker are as precise as their sources: a year, a month or a day. They are stored in
 * ค.ศ. as an ISO string of that precision ("1999", "1999-11", "1999-11-18"), which is also what a
 * `<time datetime>` attribute takes, and shown in พ.ศ.
 */
export type DatePrecision = 'year' | 'month' | 'day';

export interface EventDate {
  /** YYYY, YYYY-MM or YYYY-MM-DD in ค.ศ. */
  iso: string;
  precision: DatePrecision;
  /** The sources give no exact date; this is the nearest they allow ("ราว 2567"). */
  approximate: boolean;
}

export type EventDateReading = { ok: true; date: EventDate } | { ok: false; reason: 'not-a-date' | 'out-of-range' };

/** The tracker reaches back to the first sanitary districts (พ.ศ. 2440 = ค.ศ. 1897). */
export const MIN_EVENT_YEAR = 1850;
export const MAX_EVENT_YEAR = 2100;

const APPROXIMATE = /^(?:ราว|ประมาณ|about|circa|c\.|~)\s*/i;
const ERA = /^(พ\.?\s?ศ\.?|ค\.?\s?ศ\.?|BE|B\.E\.|CE|C\.E\.|AD|A\.D\.)\s*/i;
const SHAPE = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * Reads a date as a coordinator writes it: 2542, "2542-11", "2542-11-18", "๒๕๔๒", "พ.ศ. 2542-11-18",
 * "ค.ศ. 1999", "ราว 2567". A year of 2400 or more is พ.ศ. unless an era says otherwise.
 */
export function readEventDate(value: unknown): EventDateReading {
  let text: string;
  // YAML readers that know timestamps turn 2542-11-18 into a Date at UTC midnight; keep its calendar day.
  if (value instanceof Date) text = Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  else if (typeof value === 'number') text = String(value);
  else if (typeof value === 'string') text = thaiToArabicDigits(value).trim();
  else return { ok: false, reason: 'not-a-date' };

  const approximate = APPROXIMATE.test(text);
  text = text.replace(APPROXIMATE, '');
  const era = ERA.exec(text)?.[1]?.replace(/[\s.]/g, '').toUpperCase();
  text = text.replace(ERA, '');
  const match = SHAPE.exec(text);
  if (!match) return { ok: false, reason: 'not-a-date' };

  const written = Number(match[1]);
  const buddhist = era ? era === 'พศ' || era === 'BE' : written >= BE_THRESHOLD;
  const year = buddhist ? written - BE_OFFSET : written;
  if (year < MIN_EVENT_YEAR || year > MAX_EVENT_YEAR) return { ok: false, reason: 'out-of-range' };
  if (match[2] === undefined) return { ok: true, date: { iso: String(year), precision: 'year', approximate } };

  const month = Number(match[2]);
  if (month < 1 || month > 12) return { ok: false, reason: 'not-a-date' };
  if (match[3] === undefined)
    return { ok: true, date: { iso: `${year}-${pad(month)}`, precision: 'month', approximate } };

  const day = Number(match[3]);
  // A day that does not exist (2020-02-30) rolls over in Date.UTC; the era is already taken off.
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return { ok: false, reason: 'not-a-date' };
  return { ok: true, date: { iso: `${year}-${pad(month)}-${pad(day)}`, precision: 'day', approximate } };
}

// Calendar dates without a time of day: formatted in UTC, because Bangkok's clock before 1920 was
// not UTC+7 and would shift an early day.
const dayMonthYear = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { timeZone: 'UTC', dateStyle: 'long' });
const monthYear = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { timeZone: 'UTC', month: 'long', year: 'numeric' });

/** "18 พฤศจิกายน 2542", "พฤศจิกายน 2542" or "พ.ศ. 2542", with "ราว" when approximate. */
export function formatThaiEventDate(date: EventDate): string {
  const [year = 0, month = 1, day = 1] = date.iso.split('-').map(Number);
  const utc = new Date(Date.UTC(year, month - 1, day));
  let text: string;
  if (date.precision === 'day') text = dayMonthYear.format(utc);
  else if (date.precision === 'month') text = monthYear.format(utc);
  else text = formatBuddhistYear(year);
  return date.approximate ? `ราว ${text}` : text;
}

/** A span such as fiscal years 2543–2548, or a single date when there is no end. */
export function formatThaiEventSpan(date: EventDate, until?: EventDate): string {
  if (!until) return formatThaiEventDate(date);
  if (date.precision === 'year' && until.precision === 'year' && !date.approximate && !until.approximate)
    return `พ.ศ. ${Number(date.iso) + BE_OFFSET}–${Number(until.iso) + BE_OFFSET}`;
  return `${formatThaiEventDate(date)} – ${formatThaiEventDate(until)}`;
}

/** Orders dates oldest first; a year sorts before the months and days inside it. */
export const compareEventDates = (a: EventDate, b: EventDate): number => (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0);
