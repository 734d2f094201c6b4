import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { LineCounter, isNode, parseDocument, type Document } from 'yaml';
import type { $ZodIssue } from 'zod/v4/core';
import { fieldGuideFor, fieldLabel, type FieldGuide } from '../../i18n/case-fields';
import { caseSchema, CASE_SLUG_PATTERN, type CaseData } from '../../schemas/case';
import { PLACEHOLDER_MARK } from '../template';
import { isAuthorComponent, AUTHOR_COMPONENTS, LESSON_SECTIONS } from '../mdx-rules';

/** A case file as read from disk: its path relative to the project and its text. */
export interface CaseFile {
  file: string;
  source: string;
}

export type Severity = 'error' | 'warning';

/** One thing wrong with one file, said in Thai and English. */
export interface Problem {
  file: string;
  severity: Severity;
  /** The front-matter field, e.g. `places[0].tambon`, when the problem is in one. */
  field?: string;
  /** 1-based line in the file, when known. */
  line?: number;
  th: string;
  en: string;
  /** What to write instead, Thai / English. */
  expected?: FieldGuide;
}

/** Resolves a case place against the gazetteer; returns a problem text when it does not resolve. */
export type PlaceChecker = (place: CaseData['places'][number]) => { th: string; en: string } | undefined;

export interface ValidationOptions {
  /** Checks places against the gazetteer; without it places are only checked for shape. */
  checkPlace?: PlaceChecker;
  /** Today, for "last reviewed long ago" warnings. */
  now?: Date;
}

/** A file that passed the schema, with what cross-file checks need. */
export interface ParsedCase {
  file: string;
  slug: string;
  data: CaseData;
  body: string;
  /** Line in the file where the body starts (1-based). */
  bodyLine: number;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

const CASE_EXTENSION = '.mdx';

/** The slug of a case file: its file name without the extension. */
export function slugOf(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.[^.]+$/, '');
}

interface SplitFile {
  frontmatter: string;
  body: string;
  /** Line where the front matter's first line is. */
  frontmatterLine: number;
  bodyLine: number;
}

/** Splits `---` front matter from the body; undefined when the file has no front matter block. */
export function splitFrontmatter(source: string): SplitFile | undefined {
  const text = source.replace(/^\uFEFF/, '');
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  const frontmatter = match[1] ?? '';
  const bodyLine = match[0].split('\n').length;
  return { frontmatter, body: text.slice(match[0].length), frontmatterLine: 2, bodyLine };
}

function lineFinder(doc: Document, counter: LineCounter, firstLine: number) {
  return (path: readonly PropertyKey[]): number | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + firstLine - 1;
    }
    return undefined;
  };
}

const received = (input: unknown): string => {
  if (input === undefined) return 'ไม่มี / nothing';
  const text = typeof input === 'string' ? `"${input}"` : JSON.stringify(input);
  return text && text.length > 60 ? `${text.slice(0, 57)}…` : (text ?? String(input));
};

/** Turns one schema issue into a Thai and English sentence. */
export function describeIssue(issue: $ZodIssue): { th: string; en: string } {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return { th: 'ยังไม่ได้กรอกช่องที่จำเป็นนี้', en: 'this required field is missing' };
      return {
        th: `ชนิดข้อมูลไม่ถูกต้อง (ได้ ${received(input)})`,
        en: `wrong kind of value: expected ${issue.expected}, got ${received(input)}`,
      };
    case 'invalid_value':
      return {
        th: `ค่า ${received(input)} ไม่อยู่ในรายการที่รับได้`,
        en: `${received(input)} is not an accepted value`,
      };
    case 'too_big':
      if (issue.origin === 'string')
        return {
          th: `ยาวเกินไป: ${String(input ?? '').length} ตัวอักษร (ไม่เกิน ${issue.maximum})`,
          en: `too long: ${String(input ?? '').length} characters (at most ${issue.maximum})`,
        };
      return { th: `มากเกินไป (ไม่เกิน ${issue.maximum})`, en: `too large (at most ${issue.maximum})` };
    case 'too_small':
      if (issue.origin === 'string')
        return {
          th: `สั้นเกินไป: ${String(input ?? '').length} ตัวอักษร (อย่างน้อย ${issue.minimum})`,
          en: `too short: ${String(input ?? '').length} characters (at least ${issue.minimum})`,
        };
      if (issue.origin === 'array')
        return {
          th: `ต้องมีอย่างน้อย ${issue.minimum} รายการ`,
          en: `needs at least ${issue.minimum} item(s)`,
        };
      return { th: `น้อยเกินไป (อย่างน้อย ${issue.minimum})`, en: `too small (at least ${issue.minimum})` };
    case 'invalid_format':
      return { th: `รูปแบบไม่ถูกต้อง (ได้ ${received(input)})`, en: `wrong format (got ${received(input)})` };
    case 'unrecognized_keys':
      return {
        th: `มีช่องที่ระบบไม่รู้จัก: ${issue.keys.join(', ')} (สะกดผิดหรือไม่)`,
        en: `unknown field(s): ${issue.keys.join(', ')} (misspelt?)`,
      };
    case 'custom': {
      const [th, en] = issue.message.split(' / ');
      return { th: th ?? issue.message, en: en ?? issue.message };
    }
    default:
      return { th: 'ค่าไม่ถูกต้อง', en: issue.message };
  }
}

interface MdxNode {
  type: string;
  name?: string | null;
  depth?: number;
  url?: string;
  children?: MdxNode[];
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  position?: { start: { line: number } };
}

const mdxParser = createProcessor({ remarkPlugins: [remarkGfm] });

/** True when an MDX expression holds only block comments and whitespace. */
export const isCommentOnly = (expression: string): boolean =>
  expression.replace(/\/\*[\s\S]*?\*\//g, '').trim() === '';

function textOf(node: MdxNode): string {
  if ('value' in node && typeof (node as { value?: unknown }).value === 'string') return (node as { value: string }).value;
  return (node.children ?? []).map(textOf).join('');
}

/** Body checks that need the MDX syntax tree: code, components, headings, links, images. */
function checkBody(tree: MdxNode, parsed: Omit<ParsedCase, 'data'>, report: (p: Omit<Problem, 'file'>) => void): string[] {
  const linkedSlugs: string[] = [];
  const headings: string[] = [];
  const at = (node: MdxNode) => (node.position ? node.position.start.line + parsed.bodyLine - 1 : undefined);
  const visit = (node: MdxNode) => {
    switch (node.type) {
      case 'mdxjsEsm':
        report({
          severity: 'error',
          line: at(node),
          th: 'ไม่อนุญาตให้ใช้ import หรือ export ในไฟล์กรณีศึกษา ส่วนประกอบที่ใช้ได้เรียกใช้ได้เลยโดยไม่ต้อง import',
          en: 'import and export are not allowed in case files; the author components work without import lines',
        });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // {/* … */} is an MDX comment (the template's guidance): nothing runs, so it is allowed.
        if (isCommentOnly((node as { value?: string }).value ?? '')) break;
        report({
          severity: 'error',
          line: at(node),
          th: 'ไม่อนุญาตให้ใช้นิพจน์ JavaScript ในวงเล็บปีกกา { } ถ้าต้องการแสดงวงเล็บปีกกาให้เขียน \\{',
          en: 'JavaScript expressions in { } are not allowed; to show a brace, write \\{',
        });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        if (!isAuthorComponent(node.name)) {
          report({
            severity: 'error',
            line: at(node),
            th: `ไม่รู้จักส่วนประกอบ <${node.name ?? ''}> ใช้ได้เฉพาะ ${AUTHOR_COMPONENTS.join(', ')} หรือ Markdown ธรรมดา`,
            en: `unknown component <${node.name ?? ''}>; use only ${AUTHOR_COMPONENTS.join(', ')} or plain Markdown`,
          });
        } else if (
          node.name === 'Figure' &&
          !node.attributes?.some((a) => a.name === 'alt' && typeof a.value === 'string' && a.value.trim())
        ) {
          report({
            severity: 'error',
            line: at(node),
            th: '<Figure> ต้องมีคำบรรยายภาพสำหรับผู้พิการทางสายตา alt="…"',
            en: '<Figure> needs alt text: alt="…"',
          });
        }
        for (const attribute of node.attributes ?? []) {
          if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && typeof attribute.value === 'object'))
            report({
              severity: 'error',
              line: at(node),
              th: `ค่าในส่วนประกอบ <${node.name ?? ''}> ต้องเป็นข้อความในเครื่องหมายคำพูด ไม่ใช่ { }`,
              en: `attributes of <${node.name ?? ''}> must be quoted text, not { } expressions`,
            });
        }
        break;
      case 'heading':
        if (node.depth === 1)
          report({
            severity: 'error',
            line: at(node),
            th: 'อย่าใช้หัวข้อระดับ 1 (# …) ในเนื้อหา หน้าเว็บใช้ title เป็นหัวข้อหลักแล้ว ให้ใช้ ## แทน',
            en: 'do not use a level-1 heading (# …) in the body; the page already shows the title; use ##',
          });
        if (node.depth === 2) headings.push(textOf(node).trim());
        break;
      case 'image':
        if (!textOf(node).trim() && !(node as { alt?: string }).alt)
          report({
            severity: 'error',
            line: at(node),
            th: 'ภาพต้องมีคำบรรยาย ![คำบรรยาย](ที่อยู่ภาพ)',
            en: 'images need alt text: ![description](image address)',
          });
        break;
      case 'link': {
        const match = /^\/cases\/([^/#?]+)\/?(?:[#?].*)?$/.exec(node.url ?? '');
        if (match?.[1]) linkedSlugs.push(`${match[1]}@${at(node) ?? ''}`);
        break;
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  if (!headings.some((heading) => (LESSON_SECTIONS as readonly string[]).includes(heading)))
    report({
      severity: 'warning',
      th: `เนื้อหายังไม่มีหัวข้อตามแบบถอดบทเรียน (${LESSON_SECTIONS.map((s) => `## ${s}`).join(', ')})`,
      en: 'the body has none of the lessons-learned headings',
    });
  return linkedSlugs;
}

/**
 * Parses an MDX body as the build will (MDX with GitHub tables). Parsing is where MDX syntax errors
 * arise, and it is much faster than compiling, so validation stays quick enough to run on save.
 */
function parseBody(body: string, bodyLine: number): { tree: MdxNode } | { problem: Omit<Problem, 'file'> } {
  try {
    return { tree: mdxParser.parse(body) as unknown as MdxNode };
  } catch (error) {
    const place = (error as { line?: number; place?: { line?: number; start?: { line?: number } } }) ?? {};
    const reason = (error as { reason?: string }).reason ?? String(error);
    // Some errors (an unclosed tag at the end of the body) carry their position only in the message.
    const fromMessage = /\((\d+):\d+(?:-\d+:\d+)?\)/.exec(String((error as { message?: string }).message ?? reason));
    const line = place.line ?? place.place?.line ?? place.place?.start?.line ?? (fromMessage ? Number(fromMessage[1]) : undefined);
    return {
      problem: {
        severity: 'error',
        line: line ? line + bodyLine - 1 : undefined,
        th: `เนื้อหา MDX อ่านไม่ได้: ${reason} (ตรวจวงเล็บ < > { } และแท็กที่เปิดแล้วไม่ได้ปิด)`,
        en: `the MDX body does not compile: ${reason}`,
      },
    };
  }
}

const normalizeTitle = (title: string) => title.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Checks case files one by one and against each other. Every problem is reported, none
 * stops the others from being found.
 */
export async function validateCaseFiles(files: readonly CaseFile[], options: ValidationOptions = {}): Promise<Problem[]> {
  return (await checkCaseFiles(files, options)).problems;
}

/** Like validateCaseFiles, also returning the cases that passed the schema (for scripts and tests). */
export async function checkCaseFiles(
  files: readonly CaseFile[],
  options: ValidationOptions = {},
): Promise<{ problems: Problem[]; cases: ParsedCase[] }> {
  const problems: Problem[] = [];
  const parsed: ParsedCase[] = [];
  const links = new Map<string, string[]>();
  // Cross-references are checked for every file whose front matter parses, even when its schema
  // check fails, so all mistakes show at once; slugs count for every case file.
  const references: CaseReferences[] = [];
  const filesBySlug = new Map<string, string[]>();
  for (const { file } of files)
    if (file.endsWith(CASE_EXTENSION)) filesBySlug.set(slugOf(file), [...(filesBySlug.get(slugOf(file)) ?? []), file]);

  for (const { file, source } of files) {
    const report = (problem: Omit<Problem, 'file'>) => problems.push({ file, ...problem });
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
    const counter = new LineCounter();
    const doc = parseDocument(split.frontmatter, { lineCounter: counter, prettyErrors: false });
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        const line = error.linePos?.[0]?.line ?? counter.linePos(error.pos[0]).line;
        report({
          severity: 'error',
          line: line + split.frontmatterLine - 1,
          th: `ส่วนหัวข้อมูล (YAML) อ่านไม่ได้: ${error.message.split('\n')[0]} (ตรวจการเว้นวรรคย่อหน้าและเครื่องหมาย : )`,
          en: `the front matter (YAML) does not parse: ${error.message.split('\n')[0]}`,
        });
      }
      continue;
    }
    const lineOf = lineFinder(doc, counter, split.frontmatterLine);
    const raw: unknown = doc.toJS();
    const rawAdaptedFrom = (raw as { adaptedFrom?: unknown } | null)?.adaptedFrom;
    references.push({
      file,
      slug,
      lineOf,
      adaptedFrom: Array.isArray(rawAdaptedFrom) ? rawAdaptedFrom.map(String) : [],
    });
    const result = caseSchema.safeParse(raw, { reportInput: true });
    const body = parseBody(split.body, split.bodyLine);
    const base = { file, slug, body: split.body, bodyLine: split.bodyLine, lineOf };
    if ('problem' in body) report(body.problem);
    else links.set(file, checkBody(body.tree, base, report));
    if (!result.success) {
      for (const issue of result.error.issues) {
        // An unknown key is reported at the key itself, so the line points at the typo.
        const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
        report({
          severity: 'error',
          field: fieldLabel(path) || '(ส่วนหัว / front matter)',
          line: lineOf(path),
          ...describeIssue(issue),
          expected: fieldGuideFor(path),
        });
      }
      continue;
    }
    parsed.push({ ...base, data: result.data });
  }

  checkSlugs(filesBySlug, problems);
  checkReferences(references, new Set(filesBySlug.keys()), links, problems);
  crossCheck(parsed, problems, options);
  return { problems, cases: parsed };
}

/** What a file points at, read from its raw front matter and body. */
interface CaseReferences {
  file: string;
  slug: string;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  adaptedFrom: string[];
}

function checkSlugs(filesBySlug: Map<string, string[]>, problems: Problem[]) {
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

function checkReferences(
  references: readonly CaseReferences[],
  allSlugs: ReadonlySet<string>,
  links: Map<string, string[]>,
  problems: Problem[],
) {
  for (const entry of references) {
    const report = (problem: Omit<Problem, 'file'>) => problems.push({ file: entry.file, ...problem });
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
    for (const link of links.get(entry.file) ?? []) {
      const [target, line] = link.split('@');
      if (target && !allSlugs.has(target))
        report({
          severity: 'error',
          line: line ? Number(line) : undefined,
          th: `ลิงก์ไปยังกรณีศึกษา /cases/${target}/ ที่ไม่มีอยู่`,
          en: `link to a case that does not exist: /cases/${target}/`,
        });
    }
  }
}

function crossCheck(parsed: ParsedCase[], problems: Problem[], options: ValidationOptions) {
  const byTitle = new Map<string, ParsedCase[]>();
  for (const entry of parsed) {
    const title = normalizeTitle(entry.data.title);
    byTitle.set(title, [...(byTitle.get(title) ?? []), entry]);
  }
  for (const entries of byTitle.values()) {
    if (entries.length < 2) continue;
    for (const entry of entries)
      problems.push({
        file: entry.file,
        severity: 'error',
        field: 'title',
        line: entry.lineOf(['title']),
        th: `ชื่อเรื่องซ้ำกับ ${entries.filter((e) => e !== entry).map((e) => e.file).join(', ')} ชื่อกรณีศึกษาแต่ละเรื่องต้องไม่ซ้ำกัน`,
        en: `the title is the same as in ${entries.filter((e) => e !== entry).map((e) => e.file).join(', ')}; titles must be unique`,
      });
  }
  const now = options.now ?? new Date();
  for (const entry of parsed) {
    const report = (problem: Omit<Problem, 'file'>) => problems.push({ file: entry.file, ...problem });
    const texts = [entry.data.title, entry.data.summary, entry.data.localGovernment.name, ...entry.data.sources.map((s) => s.title)];
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
    const reviewedYearsAgo = (now.getTime() - entry.data.lastReviewed.getTime()) / (365.2425 * 864e5);
    if (reviewedYearsAgo > 2)
      report({
        severity: 'warning',
        field: 'lastReviewed',
        line: entry.lineOf(['lastReviewed']),
        th: 'ตรวจทานครั้งล่าสุดเกินสองปีแล้ว ควรตรวจข้อมูลกับแหล่งข้อมูลอีกครั้ง',
        en: 'last reviewed more than two years ago; check the case against its sources again',
      });
    if (entry.data.lastReviewed.getTime() > now.getTime() + 864e5)
      report({
        severity: 'error',
        field: 'lastReviewed',
        line: entry.lineOf(['lastReviewed']),
        th: 'วันที่ตรวจทานอยู่ในอนาคต',
        en: 'the review date is in the future',
        expected: fieldGuideFor(['lastReviewed']),
      });
  }
}

/** Problems grouped by file, errors first, as a coordinator reads them in a terminal. */
export function formatProblems(problems: readonly Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  const blocks: string[] = [];
  for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    const lines = [file];
    const sorted = [...list].sort(
      (a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning') || (a.line ?? 0) - (b.line ?? 0),
    );
    for (const problem of sorted) {
      const mark = problem.severity === 'error' ? '✖ ข้อผิดพลาด / error' : '⚠ คำเตือน / warning';
      const where = [problem.line ? `บรรทัด / line ${problem.line}` : '', problem.field ? `ช่อง / field ${problem.field}` : '']
        .filter(Boolean)
        .join(' · ');
      lines.push(`  ${mark}${where ? ` · ${where}` : ''}`);
      lines.push(`    ${problem.th}`);
      lines.push(`    ${problem.en}`);
      if (problem.expected) {
        lines.push(`    ควรเป็น: ${problem.expected.th}`);
        lines.push(`    expected: ${problem.expected.en}`);
        if (problem.expected.example) lines.push(`    ตัวอย่าง / example:\n      ${problem.expected.example.replace(/\n/g, '\n      ')}`);
      }
    }
    blocks.push(lines.join('\n'));
  }
  return blocks.join('\n\n');
}

export const countErrors = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'error').length;
