import { fieldGuideFor } from '../../i18n/case-fields';
import type { CaseData } from '../../schemas/case';
import { yearsBetween } from '../../thai/dates';
import { PLACEHOLDER_MARK } from '../template';
import type { LineOf } from './front-matter';
import type { Report } from './problem';
import { reportFutureDate } from './shared-rules';

/** Resolves a case place against the gazetteer; returns a problem text when it does not resolve. */
export type PlaceChecker = (place: CaseData['places'][number]) => { th: string; en: string } | undefined;

export interface ValidationOptions {
  /** Checks places against the gazetteer; without it places are only checked for shape. */
  checkPlace?: PlaceChecker;
  /** Today, for "last reviewed long ago" warnings. */
  now?: Date;
  /** Slugs of the decentralization tracker's entries; when given, every `legalBasis` slug must be one. */
  trackerSlugs?: ReadonlySet<string>;
  /** The code of a place's province, for the local-government name check; the name as written otherwise. */
  provinceOf?: (place: CaseData['places'][number]) => string | undefined;
  /** Whether a name is a tambon, district or the province itself in the province `provinceOf` gave. */
  isPlaceName?: (province: string, name: string) => boolean;
}

/** A file that passed the schema, with what cross-file checks need. */
export interface ParsedCase {
  file: string;
  slug: string;
  data: CaseData;
  body: string;
  /** Line in the file where the body starts (1-based). */
  bodyLine: number;
  lineOf: LineOf;
}

/** Checks on a case that passed the schema: placeholders left, places, outcomes, review date. */
export function checkCase(entry: ParsedCase, options: ValidationOptions, now: Date, report: Report): void {
  const texts = [
    entry.data.title,
    entry.data.summary,
    entry.data.localGovernment.name,
    ...entry.data.sources.map((s) => s.title),
  ];
  if (texts.some((text) => text.includes(PLACEHOLDER_MARK)))
    report({
      severity: 'warning',
      th: `ยังมีข้อความตัวอย่างจากแม่แบบ ${PLACEHOLDER_MARK} ต้องแทนด้วยข้อมูลจริงก่อนเผยแพร่`,
      en: `template placeholders ${PLACEHOLDER_MARK} are left; replace them before publishing`,
    });
  if (options.checkPlace)
    entry.data.places.forEach((place, index) => {
      const problem = options.checkPlace?.(place);
      if (problem)
        report({
          severity: 'error',
          field: `places[${index}]`,
          line: entry.lineOf(['places', index]),
          ...problem,
        });
    });
  if (!entry.data.outcomes?.length)
    report({
      severity: 'warning',
      field: 'outcomes',
      th: 'ยังไม่มีผลลัพธ์ (outcomes) ถ้าแหล่งข้อมูลมีตัวเลขผลลัพธ์ ควรใส่ไว้',
      en: 'no outcomes yet; add them if a source reports results',
    });
  if (yearsBetween(entry.data.lastReviewed, now) > 2)
    report({
      severity: 'warning',
      field: 'lastReviewed',
      line: entry.lineOf(['lastReviewed']),
      th: 'ตรวจทานครั้งล่าสุดเกินสองปีแล้ว ควรตรวจข้อมูลกับแหล่งข้อมูลอีกครั้ง',
      en: 'last reviewed more than two years ago; check the case against its sources again',
    });
  const reviewed = { field: 'lastReviewed', date: entry.data.lastReviewed, line: entry.lineOf(['lastReviewed']) };
  reportFutureDate(
    report,
    { ...reviewed, th: 'วันที่ตรวจทาน', en: 'the review date', expected: fieldGuideFor(['lastReviewed']) },
    now,
  );
}
