/**
 * Rules that case files and the decentralization tracker's files both follow: unique titles and
 * dates not in the future. Each caller words the Thai message for its own readers.
 */
import type { LineOf } from './front-matter';
import type { FieldGuide } from '../../i18n/case-fields';
import type { Problem, Report } from './problem';

/** A day, the slack a "not in the future" date gets for time zones and clocks. */
const DAY_MS = 864e5;

/** The form titles are compared in, so "the same title" ignores spacing, case and Unicode form. */
export const normalizeTitle = (title: string) => title.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

interface Titled {
  file: string;
  title: string;
  lineOf: LineOf;
}

/** An error on each file whose title another file also has (once normalised), naming the others. */
export function sameTitleProblems(items: readonly Titled[], thaiMessage: (others: string) => string): Problem[] {
  const byTitle = Map.groupBy(items, (item) => normalizeTitle(item.title));
  return [...byTitle.values()]
    .filter((same) => same.length > 1)
    .flatMap((same) =>
      same.map((item) => {
        const others = same
          .filter((other) => other !== item)
          .map((other) => other.file)
          .join(', ');
        return {
          file: item.file,
          severity: 'error' as const,
          field: 'title',
          line: item.lineOf(['title']),
          th: thaiMessage(others),
          en: `the title is the same as in ${others}; titles must be unique`,
        };
      }),
    );
}

/** Whether a date that records something already done lies in the future (beyond a day's slack). */
export const isInFuture = (date: Date, now: Date): boolean => date.getTime() > now.getTime() + DAY_MS;

/** A date field that records something already done (a review, a status check). */
export interface PastDate {
  field: string;
  date: Date;
  line: number | undefined;
  /** What the date is, in the message: 'วันที่ตรวจทาน' / 'the review date'. */
  th: string;
  en: string;
  /** How the field is written, from the field guide. */
  expected: FieldGuide | undefined;
}

/** Reports a date of something already done that lies in the future. */
export function reportFutureDate(report: Report, { field, date, line, th, en, expected }: PastDate, now: Date): void {
  if (isInFuture(date, now))
    report({ severity: 'error', field, line, th: `${th}อยู่ในอนาคต`, en: `${en} is in the future`, expected });
}
