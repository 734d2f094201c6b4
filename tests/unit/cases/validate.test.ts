import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  checkCaseFiles,
  countErrors,
  describeIssue,
  formatProblems,
  slugOf,
  splitFrontmatter,
  validateCaseFiles,
  type CaseFile,
  type Problem,
} from '../../../src/cases/validate/index';
import { caseSchema } from '../../../src/schemas/case';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const VALID_DIR = 'tests/fixtures/cases-valid';
const INVALID_DIR = 'tests/fixtures/cases-invalid';
/** A fixed "today" so review-date checks do not depend on when the tests run. */
const NOW = new Date('2026-11-24T12:00:00+07:00');

const read = (file: string): CaseFile => ({ file, source: readFileSync(path.join(ROOT, file), 'utf8') });
const VALID_FILES = [
  `${VALID_DIR}/synthetic-elderly-care.mdx`,
  `${VALID_DIR}/synthetic-waste-bank.mdx`,
  `${VALID_DIR}/synthetic-youth-council.mdx`,
];
const validFixtures = () => VALID_FILES.map(read);

/** Validates the given invalid fixtures together with the valid ones. */
async function validateWithValid(...files: string[]) {
  return checkCaseFiles([...validFixtures(), ...files.map(read)], { now: NOW });
}

/** 1-based number of the first line of `file` matching `pattern`, found without the validator. */
function lineMatching(file: string, pattern: RegExp): number {
  const index = read(file)
    .source.split('\n')
    .findIndex((line) => pattern.test(line));
  if (index < 0) throw new Error(`fixture ${file} has no line matching ${pattern}`);
  return index + 1;
}

const THAI = /[\u0E00-\u0E7F]/;
const PRINTABLE_ASCII = /^[\x20-\x7E]+$/;
const errorsFor = (problems: readonly Problem[], file: string) =>
  problems.filter((problem) => problem.file === file && problem.severity === 'error');

function expectBilingual(problem: Problem) {
  expect(problem.th, 'Thai text').toMatch(THAI);
  expect(problem.en, 'English text').toMatch(PRINTABLE_ASCII);
  expect(problem.en, 'English text').toMatch(/[a-z]{3,}/);
}

interface Mistake {
  name: string;
  /** A part of problem.field, when the mistake is in a front-matter field or the file name. */
  field?: string;
  /** Where the mistake is in the fixture, when a line can be given. */
  line?: RegExp;
  /** Something the English message must mention. */
  mentions?: string;
}

const MISTAKES: Mistake[] = [
  { name: 'missing-required-field.mdx', field: 'sources' },
  { name: 'unknown-area.mdx', field: 'area', line: /^area: healthcare/, mentions: 'healthcare' },
  { name: 'unknown-system.mdx', field: 'systems', line: /^ {2}- recycling/, mentions: 'recycling' },
  {
    name: 'unknown-government-type.mdx',
    field: 'localGovernment.type',
    line: /^ {2}type: tambon-council/,
    mentions: 'tambon-council',
  },
  { name: 'malformed-year.mdx', field: 'started', line: /^started:/ },
  { name: 'overlong-summary.mdx', field: 'summary', line: /^summary:/, mentions: '300' },
  {
    name: 'missing-adapted-from.mdx',
    field: 'adaptedFrom',
    line: /^ {2}- synthetic-no-such-case/,
    mentions: 'synthetic-no-such-case',
  },
  // Its line is checked in its own test below.
  { name: 'mdx-does-not-compile.mdx', mentions: 'compile' },
  { name: 'import-statement.mdx', line: /^import /, mentions: 'import' },
  { name: 'js-expression.mdx', line: /\{new Date\(\)/, mentions: 'expression' },
  { name: 'unknown-component.mdx', line: /<Chart /, mentions: 'Chart' },
  { name: 'broken-case-link.mdx', line: /\(\/cases\/does-not-exist\/\)/, mentions: '/cases/does-not-exist/' },
  { name: 'bad-yaml.mdx', line: /^area: "welfare$/, mentions: 'YAML' },
  { name: 'no-frontmatter.mdx', line: /^title:/, mentions: 'front matter' },
  { name: 'wrong-extension.md', mentions: '.mdx' },
  { name: 'Bad_File_Name.mdx', field: 'file name', mentions: 'Bad_File_Name' },
];

describe('valid fixtures', () => {
  it('produce no problems at all', async () => {
    const { problems, cases } = await checkCaseFiles(validFixtures(), { now: NOW });
    expect(problems).toEqual([]);
    expect(cases.map((entry) => entry.slug).sort()).toEqual([
      'synthetic-elderly-care',
      'synthetic-waste-bank',
      'synthetic-youth-council',
    ]);
  });

  it('are all marked synthetic', async () => {
    const { cases } = await checkCaseFiles(validFixtures(), { now: NOW });
    expect(cases.every((entry) => entry.data.synthetic === true)).toBe(true);
  });

  it('are every file in the valid fixtures folder', () => {
    expect(
      readdirSync(path.join(ROOT, VALID_DIR))
        .map((name) => `${VALID_DIR}/${name}`)
        .sort(),
    ).toEqual(VALID_FILES);
  });
});

describe('one mistake per invalid fixture', () => {
  it.each(MISTAKES)('$name is reported, alone, with file, field, line and Thai and English text', async (mistake) => {
    const file = `${INVALID_DIR}/${mistake.name}`;
    const { problems } = await validateWithValid(file);

    const errors = errorsFor(problems, file);
    expect(errors, formatProblems(problems)).toHaveLength(1);
    const [error] = errors as [Problem];
    // The mistake must not spill over onto the valid files it was checked with.
    expect(problems.filter((problem) => problem.file !== file)).toEqual([]);

    if (mistake.field) expect(error.field).toContain(mistake.field);
    if (mistake.line) expect(error.line).toBe(lineMatching(file, mistake.line));
    if (mistake.mentions) expect(error.en).toContain(mistake.mentions);
    expectBilingual(error);

    const report = formatProblems(problems);
    expect(report).toContain(file);
    expect(report).toContain(error.th);
    expect(report).toContain(error.en);
    if (error.line) expect(report).toContain(`line ${error.line}`);
  });

  it('gives the line of an unclosed tag in an MDX body that does not compile', async () => {
    const file = `${INVALID_DIR}/mdx-does-not-compile.mdx`;
    const [error] = errorsFor((await validateWithValid(file)).problems, file);
    expect(error?.en).toMatch(/closing tag/);
    // The compiler names the position of <Quote> in its message; the problem should carry it as a line.
    expect(error?.line).toBe(lineMatching(file, /^<Quote>/));
  });

  it('points a missing field at the front matter', async () => {
    const file = `${INVALID_DIR}/missing-required-field.mdx`;
    const [error] = errorsFor((await validateWithValid(file)).problems, file);
    const closing = read(file).source.split('\n').indexOf('---', 1) + 1;
    expect(error?.line).toBeGreaterThanOrEqual(2);
    expect(error?.line).toBeLessThan(closing);
    expect(error?.en).toMatch(/missing/);
  });

  it('tells the coordinator which values are accepted for an unknown area', async () => {
    const file = `${INVALID_DIR}/unknown-area.mdx`;
    const [error] = errorsFor((await validateWithValid(file)).problems, file);
    for (const area of ['learning', 'health', 'welfare', 'environment', 'policy'])
      expect(error?.expected?.en).toContain(area);
    expect(error?.expected?.th).toMatch(THAI);
    expect(formatProblems([error!])).toContain('area: health');
  });

  it('has a test for every invalid fixture', () => {
    const onDisk = readdirSync(path.join(ROOT, INVALID_DIR), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(path.join(ROOT, INVALID_DIR), path.join(entry.parentPath, entry.name)))
      .map((name) => name.split(path.sep).join('/'))
      .sort();
    const covered = [
      ...MISTAKES.map((mistake) => mistake.name),
      'several-mistakes.mdx',
      'schema-error-and-broken-link.mdx',
      'duplicate-title/duplicate-title-a.mdx',
      'duplicate-title/duplicate-title-b.mdx',
      'dup-slug/one/same-slug.mdx',
      'dup-slug/two/same-slug.mdx',
    ].sort();
    expect(onDisk).toEqual(covered);
  });
});

describe('several mistakes in one file', () => {
  const file = `${INVALID_DIR}/several-mistakes.mdx`;

  it('are all reported at once', async () => {
    const { problems } = await validateWithValid(file);
    const errors = errorsFor(problems, file);
    expect(
      errors
        .map((error) => error.field)
        .filter(Boolean)
        .sort(),
    ).toEqual(['area', 'evidence', 'started']);
    expect(errors.find((error) => error.field === 'area')?.line).toBe(lineMatching(file, /^area:/));
    expect(errors.find((error) => error.field === 'evidence')?.line).toBe(lineMatching(file, /^evidence:/));
    expect(errors.find((error) => error.field === 'started')?.line).toBe(lineMatching(file, /^started:/));
    // The body is checked even though the front matter failed.
    expect(errors.find((error) => !error.field)?.line).toBe(lineMatching(file, /^import /));
    expect(errors).toHaveLength(4);
    expect(countErrors(problems)).toBe(4);
    errors.forEach(expectBilingual);
  });

  it('lists every mistake under the file name in the report', async () => {
    const { problems } = await validateWithValid(file);
    const report = formatProblems(problems);
    expect(report.startsWith(file)).toBe(true);
    for (const field of ['area', 'evidence', 'started']) expect(report).toContain(`field ${field}`);
  });

  it('include cross-file mistakes (links, adaptedFrom) when the front matter also has a mistake', async () => {
    // "Every problem is reported, none stops the others from being found" (validateCaseFiles).
    const brokenFile = `${INVALID_DIR}/schema-error-and-broken-link.mdx`;
    const errors = errorsFor((await validateWithValid(brokenFile)).problems, brokenFile);
    expect(errors.some((error) => error.field === 'area')).toBe(true);
    expect(errors.some((error) => error.en.includes('/cases/does-not-exist/'))).toBe(true);
    expect(errors.some((error) => error.field?.startsWith('adaptedFrom'))).toBe(true);
  });
});

describe('mistakes across files', () => {
  it('reports the same title in two files on both, naming the other file', async () => {
    const a = `${INVALID_DIR}/duplicate-title/duplicate-title-a.mdx`;
    const b = `${INVALID_DIR}/duplicate-title/duplicate-title-b.mdx`;
    const { problems } = await validateWithValid(a, b);
    const [errorA] = errorsFor(problems, a);
    const [errorB] = errorsFor(problems, b);
    expect(errorsFor(problems, a)).toHaveLength(1);
    expect(errorsFor(problems, b)).toHaveLength(1);
    expect(errorA?.field).toBe('title');
    expect(errorB?.field).toBe('title');
    expect(errorA?.line).toBe(lineMatching(a, /^title:/));
    expect(errorA?.en).toContain(b);
    expect(errorB?.en).toContain(a);
    expectBilingual(errorA!);
    expect(problems.filter((problem) => problem.file !== a && problem.file !== b)).toEqual([]);
    const report = formatProblems(problems);
    expect(report).toContain(a);
    expect(report).toContain(b);
  });

  it('reports the same file name in two folders on both, naming the other file', async () => {
    const one = `${INVALID_DIR}/dup-slug/one/same-slug.mdx`;
    const two = `${INVALID_DIR}/dup-slug/two/same-slug.mdx`;
    const { problems } = await validateWithValid(one, two);
    const [errorOne] = errorsFor(problems, one);
    const [errorTwo] = errorsFor(problems, two);
    expect(errorsFor(problems, one)).toHaveLength(1);
    expect(errorsFor(problems, two)).toHaveLength(1);
    expect(errorOne?.field).toContain('file name');
    expect(errorOne?.en).toContain('same-slug');
    expect(errorOne?.en).toContain(two);
    expect(errorTwo?.en).toContain(one);
    expectBilingual(errorOne!);
    expect(problems.filter((problem) => problem.file !== one && problem.file !== two)).toEqual([]);
  });

  it('accepts a link and an adaptedFrom that point at an existing case', async () => {
    const { problems } = await checkCaseFiles(
      validFixtures().filter((fixture) => fixture.file.endsWith('synthetic-waste-bank.mdx')),
      { now: NOW },
    );
    // Without the case it links to and adapts, both references are reported.
    const errors = errorsFor(problems, `${VALID_DIR}/synthetic-waste-bank.mdx`);
    expect(errors.some((error) => error.field === 'adaptedFrom[0]')).toBe(true);
    expect(errors.some((error) => error.en.includes('/cases/synthetic-elderly-care/'))).toBe(true);
  });

  it('refuses a case that lists itself in adaptedFrom', async () => {
    const [fixture] = validFixtures();
    const source = fixture!.source.replace('synthetic: true', 'adaptedFrom: [synthetic-elderly-care]\nsynthetic: true');
    expect(source).not.toBe(fixture!.source);
    const errors = errorsFor(await validateCaseFiles([{ ...fixture!, source }], { now: NOW }), fixture!.file);
    expect(errors.map((error) => error.field)).toEqual(['adaptedFrom[0]']);
    expect(errors[0]?.en).toMatch(/itself/);
  });
});

describe('warnings', () => {
  it('warns, without an error, when a case has no outcomes', async () => {
    const [fixture, ...others] = validFixtures();
    const source = fixture!.source.replace(/^outcomes:\n(?: {2}.*\n)+/m, '');
    expect(source).not.toContain('outcomes:');
    const problems = await validateCaseFiles([{ ...fixture!, source }, ...others], { now: NOW });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: fixture!.file, severity: 'warning', field: 'outcomes' });
    expectBilingual(problems[0]!);
    expect(countErrors(problems)).toBe(0);
    expect(formatProblems(problems)).toContain('warning');
  });

  it('warns when the last review is more than two years before today', async () => {
    // Reviewed 2026-05-15, 2026-06-01 and 2026-09-30; on 2028-07-01 only the first two are over two years old.
    const now = new Date('2028-07-01T12:00:00+07:00');
    const problems = await validateCaseFiles(validFixtures(), { now });
    expect(problems.map((problem) => [problem.file, problem.severity, problem.field]).sort()).toEqual([
      [`${VALID_DIR}/synthetic-elderly-care.mdx`, 'warning', 'lastReviewed'],
      [`${VALID_DIR}/synthetic-waste-bank.mdx`, 'warning', 'lastReviewed'],
    ]);
    const warning = problems.find((problem) => problem.file.endsWith('synthetic-elderly-care.mdx'))!;
    expect(warning.line).toBe(lineMatching(warning.file, /^lastReviewed:/));
    expectBilingual(warning);
    expect(countErrors(problems)).toBe(0);
  });

  it('does not warn a day before two years have passed', async () => {
    // synthetic-youth-council was reviewed 2026-09-30.
    const problems = await validateCaseFiles(validFixtures(), { now: new Date('2028-09-28T12:00:00+07:00') });
    expect(problems.filter((problem) => problem.file.endsWith('synthetic-youth-council.mdx'))).toEqual([]);
  });

  it('calls a review date in the future an error', async () => {
    const problems = await validateCaseFiles(validFixtures(), { now: new Date('2026-06-15T12:00:00+07:00') });
    // Only synthetic-youth-council (2026-09-30) is after 15 June 2026.
    expect(problems.map((problem) => [problem.file, problem.severity, problem.field])).toEqual([
      [`${VALID_DIR}/synthetic-youth-council.mdx`, 'error', 'lastReviewed'],
    ]);
    expect(countErrors(problems)).toBe(1);
  });

  it('lists errors before warnings in the report', () => {
    const problems: Problem[] = [
      { file: 'content/cases/x.mdx', severity: 'warning', field: 'outcomes', th: 'คำเตือนสมมุติ', en: 'a warning' },
      { file: 'content/cases/x.mdx', severity: 'error', field: 'area', line: 9, th: 'ข้อผิดพลาดสมมุติ', en: 'an error' },
    ];
    const report = formatProblems(problems);
    expect(report.indexOf('an error')).toBeGreaterThan(-1);
    expect(report.indexOf('an error')).toBeLessThan(report.indexOf('a warning'));
    expect(countErrors(problems)).toBe(1);
  });
});

describe('helpers', () => {
  it('slugOf gives the file name without its extension, from any folder', () => {
    expect(slugOf('content/cases/don-kaeo-elderly-care.mdx')).toBe('don-kaeo-elderly-care');
    expect(slugOf('content\\cases\\sub\\pua-zero-waste.mdx')).toBe('pua-zero-waste');
    expect(slugOf('wrong-extension.md')).toBe('wrong-extension');
  });

  it('splitFrontmatter finds the front matter and the line the body starts on', () => {
    const split = splitFrontmatter('---\ntitle: ก\narea: health\n---\n## ความเป็นมา\n');
    expect(split).toEqual({
      frontmatter: 'title: ก\narea: health',
      body: '## ความเป็นมา\n',
      frontmatterLine: 2,
      bodyLine: 5,
    });
  });

  it('splitFrontmatter copes with a byte-order mark and Windows line ends', () => {
    const split = splitFrontmatter('\uFEFF---\r\ntitle: ก\r\n---\r\nเนื้อหา');
    expect(split?.frontmatter).toBe('title: ก');
    expect(split?.body).toBe('เนื้อหา');
    expect(split?.bodyLine).toBe(4);
  });

  it('splitFrontmatter returns undefined without an opening --- line', () => {
    expect(splitFrontmatter('title: ก\n---\n')).toBeUndefined();
    expect(splitFrontmatter('# หัวข้อ\n')).toBeUndefined();
  });

  it('describeIssue says a missing field is missing, in Thai and English', () => {
    const result = caseSchema.safeParse({}, { reportInput: true });
    const titleIssue = result.error?.issues.find((issue) => issue.path[0] === 'title');
    const text = describeIssue(titleIssue!);
    expect(text.th).toMatch(THAI);
    expect(text.en).toMatch(/missing/);
  });
});
