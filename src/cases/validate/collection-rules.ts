import { fieldGuideFor } from '../../i18n/case-fields';
import { editDistance } from '../../places/names';
import { CASE_SLUG_PATTERN } from '../../schemas/case';
import type { CaseLink } from './body-rules';
import type { ParsedCase } from './case-rules';
import type { LineOf } from './front-matter';
import { reportTo, type Problem } from './problem';
import { sameTitleProblems } from './shared-rules';

/** What a file points at, read from its raw front matter and body. */
export interface CaseReferences {
  file: string;
  slug: string;
  lineOf: LineOf;
  adaptedFrom: string[];
  /** Tracker entry slugs the case names as its legal basis. */
  legalBasis: string[];
  /** Links to case pages in the body; none when the body does not parse. */
  links: CaseLink[];
}

/** Every file whose slug another file also has. */
export function checkSlugs(filesBySlug: ReadonlyMap<string, readonly string[]>, problems: Problem[]): void {
  for (const [slug, files] of filesBySlug) {
    if (files.length < 2) continue;
    for (const file of files) {
      const others = files.filter((other) => other !== file).join(', ');
      problems.push({
        file,
        severity: 'error',
        field: 'ชื่อไฟล์ / file name',
        th: `slug "${slug}" ซ้ำกับไฟล์ ${others} ต้องเปลี่ยนชื่อไฟล์ใดไฟล์หนึ่ง`,
        en: `the slug "${slug}" is also used by ${others}; rename one file`,
      });
    }
  }
}

/** adaptedFrom entries and body links that point at no case (or, for adaptedFrom, at the case itself). */
export function checkReferences(
  references: readonly CaseReferences[],
  allSlugs: ReadonlySet<string>,
  problems: Problem[],
): void {
  for (const entry of references) {
    const report = reportTo(problems, entry.file);
    entry.adaptedFrom.forEach((target, index) => {
      if (target === entry.slug)
        report({
          severity: 'error',
          field: `adaptedFrom[${index}]`,
          line: entry.lineOf(['adaptedFrom', index]),
          th: 'กรณีศึกษาอ้างถึงตัวเองใน adaptedFrom ไม่ได้',
          en: 'a case cannot list itself in adaptedFrom',
        });
      else if (CASE_SLUG_PATTERN.test(target) && !allSlugs.has(target))
        report({
          severity: 'error',
          field: `adaptedFrom[${index}]`,
          line: entry.lineOf(['adaptedFrom', index]),
          th: `ไม่พบกรณีศึกษา "${target}" (ต้องมีไฟล์ ${target}.mdx ในโฟลเดอร์กรณีศึกษา)`,
          en: `no case "${target}" exists (expected a file ${target}.mdx among the cases)`,
          expected: fieldGuideFor(['adaptedFrom', 0]),
        });
    });
    for (const { target, line } of entry.links) {
      if (!allSlugs.has(target))
        report({
          severity: 'error',
          line,
          th: `ลิงก์ไปยังกรณีศึกษา /cases/${target}/ ที่ไม่มีอยู่`,
          en: `link to a case that does not exist: /cases/${target}/`,
        });
    }
  }
}

/** Cases whose titles are the same once normalised. */
export function checkTitles(parsed: readonly ParsedCase[], problems: Problem[]): void {
  const titled = parsed.map((entry) => ({ file: entry.file, title: entry.data.title, lineOf: entry.lineOf }));
  problems.push(...sameTitleProblems(titled, (others) => `ชื่อเรื่องซ้ำกับ ${others} ชื่อกรณีศึกษาแต่ละเรื่องต้องไม่ซ้ำกัน`));
}

/** The known slugs nearest to one that does not exist, nearest first. */
export function closestSlugs(target: string, known: Iterable<string>, limit = 3): string[] {
  const score = (slug: string) => {
    const shared = slug.split('-').filter((word) => target.split('-').includes(word)).length;
    return editDistance(target, slug) - shared * 3;
  };
  return [...known].sort((a, b) => score(a) - score(b) || a.localeCompare(b)).slice(0, limit);
}

/** legalBasis entries that name no tracker entry, with the nearest entries that exist. */
export function checkLegalBasis(
  references: readonly CaseReferences[],
  trackerSlugs: ReadonlySet<string>,
  problems: Problem[],
): void {
  for (const entry of references) {
    const report = reportTo(problems, entry.file);
    const seen = new Set<string>();
    entry.legalBasis.forEach((target, index) => {
      const at = {
        severity: 'error' as const,
        field: `legalBasis[${index}]`,
        line: entry.lineOf(['legalBasis', index]),
      };
      if (seen.has(target))
        report({ ...at, th: `"${target}" ซ้ำในรายการ legalBasis`, en: `"${target}" is listed twice in legalBasis` });
      seen.add(target);
      // A malformed slug is the schema's to report.
      if (trackerSlugs.has(target) || !CASE_SLUG_PATTERN.test(target)) return;
      const closest = closestSlugs(target, trackerSlugs);
      report({
        ...at,
        th:
          `ไม่พบรายการ "${target}" ในตัวติดตามการกระจายอำนาจ (ต้องมีไฟล์ content/decentralization/${target}.yaml)` +
          (closest.length ? ` ชื่อที่ใกล้เคียง: ${closest.join(', ')}` : ''),
        en:
          `no decentralization tracker entry "${target}" (expected content/decentralization/${target}.yaml)` +
          (closest.length ? `; closest: ${closest.join(', ')}` : ''),
        expected: fieldGuideFor(['legalBasis', 0]),
      });
    });
  }
}
