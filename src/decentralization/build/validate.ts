import { LineCounter, isNode, parseDocument } from 'yaml';
import type { z } from 'zod';
import { reportTo, type Problem } from '../../cases/validate/problem';
import { describeIssue } from '../../cases/validate/schema-messages';
import { fieldLabel } from '../../i18n/case-fields';
import { trackerFieldGuideFor } from '../../i18n/decentralization-fields';
import { reportFutureDate, sameTitleProblems } from '../../cases/validate/shared-rules';
import { trackerKindPath } from '../urls';
import {
  countsFileSchema,
  seriesFileSchema,
  trackerEntrySchema,
  TRACKER_SLUG_PATTERN,
  type CountsFile,
  type SeriesFile,
  type TrackerEntry,
} from '../../schemas/decentralization';

/** A tracker file as read from disk: its path relative to the project and its text. */
export interface TrackerFile {
  file: string;
  source: string;
}

type LineOf = (path: readonly PropertyKey[]) => number | undefined;

/** An entry that passed the schema, with what cross-file checks need. */
export interface ParsedEntry {
  file: string;
  slug: string;
  data: TrackerEntry;
  lineOf: LineOf;
}

const YAML_EXTENSION = /\.ya?ml$/;
/** Entry pages sit beside the tracker's other folders (/decentralization/kind/…): no entry may take their name. */
const RESERVED_SLUGS = new Set(['kind']);

/** The slug of a tracker file: its file name without the extension. */
export const entrySlugOf = (file: string): string => (file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]+$/, '');

/**
 * Parses one YAML file against a schema, reporting YAML errors and schema issues in the case
 * validator's words (Thai and English, naming the field and its line).
 */
function parseFile<Schema extends z.ZodType>(
  { file, source }: TrackerFile,
  schema: Schema,
): { problems: Problem[]; data?: z.output<Schema>; raw?: unknown; lineOf: LineOf } {
  const counter = new LineCounter();
  const doc = parseDocument(source.replace(/^\uFEFF/, ''), { lineCounter: counter, prettyErrors: false });
  const lineOf: LineOf = (path) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  if (doc.errors.length > 0)
    return {
      lineOf,
      problems: doc.errors.map((error) => ({
        file,
        severity: 'error',
        line: error.linePos?.[0]?.line ?? counter.linePos(error.pos[0]).line,
        th: `ไฟล์ YAML อ่านไม่ได้: ${error.message.split('\n')[0]} (ตรวจการเว้นวรรคย่อหน้าและเครื่องหมาย : )`,
        en: `the YAML does not parse: ${error.message.split('\n')[0]}`,
      })),
    };
  const raw: unknown = doc.toJS();
  const result = schema.safeParse(raw, { reportInput: true });
  if (result.success) return { problems: [], data: result.data, raw, lineOf };
  const problems = result.error.issues.map((issue): Problem => {
    // An unknown key is reported at the key itself, so the line points at the typo.
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
    return {
      file,
      severity: 'error',
      field: fieldLabel(path) || '(ทั้งไฟล์ / whole file)',
      line: lineOf(path),
      ...describeIssue(issue),
      expected: trackerFieldGuideFor(path),
    };
  });
  return { problems, raw, lineOf };
}

export interface TrackerCheckOptions {
  /** Today, for "status checked in the future" errors. */
  now?: Date;
}

/**
 * Checks the entry files one by one and against each other (slugs, titles, `related` links).
 * Every problem is reported; none stops the others from being found.
 */
export function checkTrackerEntries(
  files: readonly TrackerFile[],
  options: TrackerCheckOptions = {},
): { problems: Problem[]; entries: ParsedEntry[] } {
  const problems: Problem[] = [];
  const entries: ParsedEntry[] = [];
  const relatedBySlug = new Map<string, { file: string; related: unknown[]; lineOf: LineOf }>();
  const filesBySlug = new Map<string, string[]>();

  for (const trackerFile of files) {
    const { file } = trackerFile;
    const report = (problem: Omit<Problem, 'file'>) => problems.push({ file, ...problem });
    const slug = entrySlugOf(file);
    if (!YAML_EXTENSION.test(file)) {
      report({
        severity: 'error',
        th: 'ไฟล์ในโฟลเดอร์การกระจายอำนาจต้องลงท้ายด้วย .yaml ไฟล์นี้จะไม่ถูกนำไปสร้างหน้า',
        en: 'files in the decentralization folder must end in .yaml; this file would not be published',
      });
      continue;
    }
    filesBySlug.set(slug, [...(filesBySlug.get(slug) ?? []), file]);
    if (!TRACKER_SLUG_PATTERN.test(slug))
      report({
        severity: 'error',
        field: 'ชื่อไฟล์ / file name',
        th: `ชื่อไฟล์ "${slug}" ต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข และขีด (-) เท่านั้น เช่น decentralization-act-2542.yaml`,
        en: `the file name "${slug}" must be lower-case ASCII letters, digits and dashes, e.g. decentralization-act-2542.yaml`,
      });
    if (RESERVED_SLUGS.has(slug))
      report({
        severity: 'error',
        field: 'ชื่อไฟล์ / file name',
        th: `ชื่อไฟล์ "${slug}" ใช้ไม่ได้ เพราะเป็นชื่อหน้าอื่นของตัวติดตาม (${trackerKindPath('…')}) ต้องตั้งชื่อใหม่`,
        en: `the file name "${slug}" is taken by another tracker page (${trackerKindPath('…')}); choose another name`,
      });
    const parsed = parseFile(trackerFile, trackerEntrySchema);
    problems.push(...parsed.problems);
    const rawRelated = (parsed.raw as { related?: unknown } | null | undefined)?.related;
    relatedBySlug.set(slug, { file, related: Array.isArray(rawRelated) ? rawRelated : [], lineOf: parsed.lineOf });
    if (parsed.data) entries.push({ file, slug, data: parsed.data, lineOf: parsed.lineOf });
  }

  for (const [slug, sameSlug] of filesBySlug)
    if (sameSlug.length > 1)
      for (const file of sameSlug)
        problems.push({
          file,
          severity: 'error',
          field: 'ชื่อไฟล์ / file name',
          th: `slug "${slug}" ซ้ำกับไฟล์ ${sameSlug.filter((other) => other !== file).join(', ')} ต้องเปลี่ยนชื่อไฟล์ใดไฟล์หนึ่ง`,
          en: `the slug "${slug}" is also used by ${sameSlug.filter((other) => other !== file).join(', ')}; rename one file`,
        });

  for (const [slug, { file, related, lineOf }] of relatedBySlug)
    related.forEach((target, index) => {
      const at = { file, severity: 'error' as const, field: `related[${index}]`, line: lineOf(['related', index]) };
      if (target === slug)
        problems.push({ ...at, th: 'รายการอ้างถึงตัวเองใน related ไม่ได้', en: 'an entry cannot list itself in related' });
      else if (typeof target === 'string' && TRACKER_SLUG_PATTERN.test(target) && !filesBySlug.has(target))
        problems.push({
          ...at,
          th: `ไม่พบรายการ "${target}" (ต้องมีไฟล์ ${target}.yaml ในโฟลเดอร์การกระจายอำนาจ)`,
          en: `no entry "${target}" exists (expected a file ${target}.yaml in the decentralization folder)`,
          expected: trackerFieldGuideFor(['related', 0]),
        });
    });

  problems.push(
    ...sameTitleProblems(
      entries.map((entry) => ({ file: entry.file, title: entry.data.title, lineOf: entry.lineOf })),
      (others) => `ชื่อรายการซ้ำกับ ${others} ชื่อแต่ละรายการต้องไม่ซ้ำกัน`,
    ),
  );

  const now = options.now ?? new Date();
  const expected = trackerFieldGuideFor(['statusChecked']);
  for (const entry of entries) {
    const checked = { field: 'statusChecked', date: entry.data.statusChecked, line: entry.lineOf(['statusChecked']) };
    reportFutureDate(
      reportTo(problems, entry.file),
      { ...checked, th: 'วันที่ตรวจสถานะ', en: 'the status check date', expected },
      now,
    );
  }

  return { problems, entries };
}

/** Checks content/decentralization-counts.yaml. */
export function checkCountsFile(file: TrackerFile): { problems: Problem[]; counts?: CountsFile } {
  const { problems, data } = parseFile(file, countsFileSchema);
  return { problems, counts: data };
}

/** Checks content/decentralization-series.yaml. */
export function checkSeriesFile(file: TrackerFile): { problems: Problem[]; series?: SeriesFile } {
  const { problems, data } = parseFile(file, seriesFileSchema);
  return { problems, series: data };
}
