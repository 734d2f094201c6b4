/**
 * Checks case files one by one and against each other, as `npm run validate` and the build do.
 * Each rule lives in its own module; this one runs them in order over a set of files.
 */
import { caseFileSchema, CASE_SLUG_PATTERN } from '../../schemas/case';
import { CASE_EXTENSION, slugOf, type CaseFile } from '../files';
import { checkBody } from './body-rules';
import { checkCase, type ParsedCase, type ValidationOptions } from './case-rules';
import { checkLegalBasis, checkReferences, checkSlugs, checkTitles, type CaseReferences } from './collection-rules';
import { checkBodyNames } from './network-rules';
import { readFrontmatter, splitFrontmatter } from './front-matter';
import { reportTo, type Problem } from './problem';
import { reportSchemaIssues } from './schema-messages';

export { slugOf, type CaseFile } from '../files';
export { isCommentOnly } from './body-rules';
export type { ParsedCase, PlaceChecker, ValidationOptions } from './case-rules';
export { splitFrontmatter } from './front-matter';
export { formatProblems } from './format';
export { countErrors, type Problem, type Severity } from './problem';
export { describeIssue } from './schema-messages';

/**
 * Checks case files one by one and against each other. Every problem is reported, none
 * stops the others from being found.
 */
export async function validateCaseFiles(
  files: readonly CaseFile[],
  options: ValidationOptions = {},
): Promise<Problem[]> {
  return (await checkCaseFiles(files, options)).problems;
}

/** Like validateCaseFiles, also returning the cases that passed the schema (for scripts and tests). */
export async function checkCaseFiles(
  files: readonly CaseFile[],
  options: ValidationOptions = {},
): Promise<{ problems: Problem[]; cases: ParsedCase[] }> {
  const problems: Problem[] = [];
  const parsed: ParsedCase[] = [];
  // Cross-references are checked for every file whose front matter parses, even when its schema
  // check fails, so all mistakes show at once; slugs count for every case file.
  const references: CaseReferences[] = [];
  const filesBySlug = new Map<string, string[]>();
  for (const { file } of files)
    if (file.endsWith(CASE_EXTENSION)) filesBySlug.set(slugOf(file), [...(filesBySlug.get(slugOf(file)) ?? []), file]);

  for (const { file, source } of files) {
    const report = reportTo(problems, file);
    const slug = slugOf(file);
    if (!file.endsWith(CASE_EXTENSION)) {
      report({
        severity: 'error',
        th: `ไฟล์กรณีศึกษาต้องลงท้ายด้วย ${CASE_EXTENSION} ไฟล์นี้จะไม่ถูกนำไปสร้างหน้า`,
        en: `case files must end in ${CASE_EXTENSION}; this file would not become a page`,
      });
      continue;
    }
    if (!CASE_SLUG_PATTERN.test(slug))
      report({
        severity: 'error',
        field: 'ชื่อไฟล์ / file name',
        th: `ชื่อไฟล์ "${slug}" ต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข และขีด (-) เท่านั้น เช่น don-kaeo-elderly-care.mdx`,
        en: `the file name "${slug}" must be lower-case ASCII letters, digits and dashes, e.g. don-kaeo-elderly-care.mdx`,
      });

    const split = splitFrontmatter(source);
    if (!split) {
      report({
        severity: 'error',
        line: 1,
        th: 'ไม่พบส่วนหัวข้อมูล (front matter) ไฟล์ต้องขึ้นต้นด้วยบรรทัด --- และปิดด้วย --- อีกบรรทัด',
        en: 'no front matter: the file must start with a --- line and close it with another --- line',
      });
      continue;
    }
    const frontmatter = readFrontmatter(split, report);
    if (!frontmatter) continue;
    const { raw, lineOf } = frontmatter;
    const rawAdaptedFrom = (raw as { adaptedFrom?: unknown } | null)?.adaptedFrom;
    const rawLegalBasis = (raw as { legalBasis?: unknown } | null)?.legalBasis;
    const result = caseFileSchema.safeParse(raw, { reportInput: true });
    references.push({
      file,
      slug,
      lineOf,
      adaptedFrom: Array.isArray(rawAdaptedFrom) ? rawAdaptedFrom.map(String) : [],
      legalBasis: Array.isArray(rawLegalBasis) ? rawLegalBasis.map(String) : [],
      links: checkBody(split.body, split.bodyLine, report) ?? [],
    });
    if (!result.success) {
      reportSchemaIssues(result.error.issues, lineOf, report);
      continue;
    }
    parsed.push({ file, slug, body: split.body, bodyLine: split.bodyLine, lineOf, data: result.data });
  }

  checkSlugs(filesBySlug, problems);
  checkReferences(references, new Set(filesBySlug.keys()), problems);
  if (options.trackerSlugs) checkLegalBasis(references, options.trackerSlugs, problems);
  checkTitles(parsed, problems);
  checkBodyNames(parsed, options, problems);
  const now = options.now ?? new Date();
  for (const entry of parsed) checkCase(entry, options, now, reportTo(problems, entry.file));
  return { problems, cases: parsed };
}
