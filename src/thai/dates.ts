/** The knowledge base shows dates in Thai, in the Buddhist calendar, in Bangkok time. */

export const BANGKOK_TIME_ZONE = 'Asia/Bangkok';

const longDate = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', {
  timeZone: BANGKOK_TIME_ZONE,
  dateStyle: 'long',
});

const isoDateInBangkok = new Intl.DateTimeFormat('en-CA', {
  timeZone: BANGKOK_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** A date as Thai readers expect it, e.g. "15 มีนาคม 2568". */
export function formatThaiDate(date: Date): string {
  return longDate.format(date);
}

/** The calendar day a moment falls on in Bangkok, as YYYY-MM-DD (for `<time datetime>`). */
export function bangkokIsoDate(date: Date): string {
  return isoDateInBangkok.format(date);
}

/**
 * Reads a calendar date written as YYYY-MM-DD as that day in Bangkok (midnight +07:00),
 * so the day shown never shifts with the machine's time zone.
 */
export function parseBangkokDate(text: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const date = new Date(`${match[1]}-${match[2]}-${match[3]}T00:00:00+07:00`);
  if (Number.isNaN(date.getTime())) return undefined;
  // Reject impossible days such as 2024-02-31, which Date would roll over.
  return bangkokIsoDate(date) === text.trim() ? date : undefined;
}

/** Whole years between two dates, rounded down (for "last reviewed more than two years ago"). */
export function yearsBetween(earlier: Date, later: Date): number {
  return (later.getTime() - earlier.getTime()) / (365.2425 * 24 * 3600 * 1000);
}
