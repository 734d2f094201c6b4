/**
 * Reading one answer of `npm run new` (from a flag, the JSON file or the terminal): each read
 * returns the checked value or the validator's Thai and English words for what is wrong. Pure.
 */
import type { z } from 'zod';
import { fieldGuideFor } from '../../i18n/case-fields';
import { caseSchema, localGovernmentSchema } from '../../schemas/case';
import { sourceSchema } from '../../schemas/source';
import { UNKNOWN_YEAR_WORDS } from '../../schemas/year';
import { isCaseSlug } from '../slug';
import { normalizeTitle } from '../validate/shared-rules';
import type { Problem } from '../validate/problem';
import { describeIssue } from '../validate/schema-messages';
import {
  CORE_AREAS,
  LOCAL_GOVERNMENT_KINDS,
  WORKING_SYSTEMS,
  type CoreAreaSlug,
  type LocalGovernmentType,
  type SystemSlug,
} from '../vocabulary';

/** Answers as given (JSON file or options), before checking. */
export interface RawAnswers {
  title?: unknown;
  summary?: unknown;
  area?: unknown;
  systems?: unknown;
  places?: unknown;
  localGovernment?: { name?: unknown; type?: unknown };
  started?: unknown;
  source?: { title?: unknown; url?: unknown };
  slug?: unknown;
}

/** One answer read: its value, or what is wrong with it as one line and as a problem for the report. */
export type Read<T> =
  { value: T } | { error: string; field: string; issue?: Omit<Problem, 'file' | 'severity' | 'field'> };

/** The slugs and titles already used, which a new case may not take. */
export interface Existing {
  slugs: Set<string>;
  /** Normalised title → the file that uses it. */
  titles: Map<string, string>;
}

/** A schema's verdict on a value, in the validator's Thai and English words. */
function bySchema<T>(field: string, schema: z.ZodType, value: unknown): Read<T> {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return { value: result.data as T };
  const issue = result.error.issues[0];
  const words = issue ? describeIssue(issue) : { th: 'ค่าไม่ถูกต้อง', en: 'not a valid value' };
  return { error: `${words.th} (${words.en})`, field, issue: { ...words, expected: fieldGuideFor(field.split('.')) } };
}

/** A typed answer as trimmed text; anything but text or a number is no answer. */
export const text = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';

/** A slug, a list number (1-based) or a Thai name, matched against a list. */
function pick<T extends string>(
  field: string,
  value: unknown,
  items: readonly { slug: T; th: string; abbreviation?: string }[],
): Read<T> {
  const typed = text(value);
  const byNumber = /^\d+$/.test(typed) ? items[Number(typed) - 1] : undefined;
  const bare = (name: string) => name.replace(/\.$/, '');
  const found =
    byNumber ??
    items.find(
      (item) =>
        item.slug === typed.toLowerCase() ||
        item.th === typed ||
        (item.abbreviation && bare(item.abbreviation) === bare(typed)),
    );
  if (found) return { value: found.slug };
  const guide = fieldGuideFor(field.split('.'));
  const th = typed ? `ค่า "${typed}" ไม่อยู่ในรายการที่รับได้` : 'ยังไม่ได้กรอกช่องที่จำเป็นนี้';
  const en = typed ? `"${typed}" is not an accepted value` : 'this required field is missing';
  return { error: `${th} (${en})`, field, issue: { th, en, expected: guide } };
}

/** A failed read that is not a schema's: its own Thai and English sentences. */
const refused = (field: string, th: string, en: string): Read<never> => ({
  error: `${th} (${en})`,
  field,
  issue: { th, en },
});

const readTitle = (value: unknown) => bySchema<string>('title', caseSchema.shape.title, text(value));
export const readSummary = (value: unknown): Read<string | undefined> =>
  text(value) === '' ? { value: undefined } : bySchema<string>('summary', caseSchema.shape.summary, text(value));
export const readArea = (value: unknown) => pick<CoreAreaSlug>('area', value, CORE_AREAS);
const readSystem = (value: unknown) => pick<SystemSlug>('systems[]', value, WORKING_SYSTEMS);
export const readLgType = (value: unknown) =>
  pick<LocalGovernmentType>('localGovernment.type', value, LOCAL_GOVERNMENT_KINDS);
export const readLgName = (value: unknown) =>
  bySchema<string>('localGovernment.name', localGovernmentSchema.shape.name, text(value));
export const readSourceTitle = (value: unknown) =>
  bySchema<string>('sources[].title', sourceSchema.shape.title, text(value));
export const readSourceUrl = (value: unknown) => bySchema<string>('sources[].url', sourceSchema.shape.url, text(value));

/** Systems as a list or a comma-separated text; an empty answer is no system. */
export function readSystems(value: unknown): Read<SystemSlug[]> {
  const entries = (Array.isArray(value) ? value : text(value).split(',')).map(text).filter(Boolean);
  const systems: SystemSlug[] = [];
  for (const entry of entries) {
    const read = readSystem(entry);
    if (!('value' in read)) return read;
    if (!systems.includes(read.value)) systems.push(read.value);
  }
  return { value: systems };
}

/** The start year as typed (2562, ค.ศ. 2019, ๒๕๖๒) or ไม่ทราบ; never a guessed year. */
export function readStarted(value: unknown): Read<number | string> {
  const typed = text(value);
  if ((UNKNOWN_YEAR_WORDS as readonly string[]).includes(typed)) return { value: 'ไม่ทราบ' };
  const checked = bySchema<number | null>('started', caseSchema.shape.started, typed === '' ? undefined : typed);
  return 'value' in checked ? { value: typed } : checked;
}

/** A slug that is valid and not taken. */
export function readSlug(value: unknown, taken: ReadonlySet<string>): Read<string> {
  const slug = text(value);
  if (!isCaseSlug(slug))
    return refused(
      'slug',
      `"${slug}" ใช้เป็นชื่อไฟล์ไม่ได้ ใช้อักษรอังกฤษตัวเล็ก ตัวเลข และขีด (-) เช่น don-kaeo-health`,
      `"${slug}" is not a valid slug: lower-case a-z, digits and dashes, e.g. don-kaeo-health`,
    );
  if (taken.has(slug))
    return refused(
      'slug',
      `มีกรณีศึกษาชื่อไฟล์ ${slug} อยู่แล้ว จะไม่เขียนทับ เลือกชื่ออื่น`,
      `a case named ${slug} already exists; it will not be overwritten; choose another slug`,
    );
  return { value: slug };
}

/** A title that passes the schema and no other case uses. */
export function readUniqueTitle(value: unknown, titles: ReadonlyMap<string, string>): Read<string> {
  const read = readTitle(value);
  if (!('value' in read)) return read;
  const other = titles.get(normalizeTitle(read.value));
  if (!other) return read;
  return refused(
    'title',
    `ชื่อเรื่องนี้ซ้ำกับ ${other} ชื่อกรณีศึกษาแต่ละเรื่องต้องไม่ซ้ำกัน`,
    `the same title is already used by ${other}; titles must be unique`,
  );
}
