import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  BLANK_ANSWERS,
  caseFieldRows,
  caseTemplate,
  componentExamples,
  PLACEHOLDER_MARK,
  SECTION_GUIDANCE,
  SUMMARY_PLACEHOLDER,
  type CaseTemplateAnswers,
} from '../../../src/cases/template';
import { collect } from '../../../src/cases/new-case/collect';
import { checkCaseFiles, countErrors, splitFrontmatter } from '../../../src/cases/validate/index';
import { AUTHOR_COMPONENTS, LESSON_SECTIONS, OPEN_QUESTIONS_SECTION } from '../../../src/cases/mdx-rules';
import { placeChecker } from '../../../src/places/check';
import {
  CORE_AREAS,
  EVIDENCE_LEVEL_INFO,
  LOCAL_GOVERNMENT_KINDS,
  WORKING_SYSTEMS,
} from '../../../src/cases/vocabulary';
import { caseSchema } from '../../../src/schemas/case';
import { RAW_ANSWERS } from '../../support/new-case-answers';

const TODAY = new Date('2026-11-24T12:00:00+07:00');

/** The answers as `npm run new` reads them (official place names, the year in ค.ศ.). */
const collected = collect(RAW_ANSWERS, { slugs: new Set(), titles: new Map() }, 'answers.json');
if (!collected.answers) throw new Error(`the test answers do not pass: ${JSON.stringify(collected.problems)}`);
const answers: CaseTemplateAnswers = collected.answers;

const frontMatterOf = (text: string): unknown => parse(splitFrontmatter(text)?.frontmatter ?? '');
const dataOf = (text: string) => caseSchema.parse(frontMatterOf(text));
const validate = (text: string, slug = 'don-kaeo-health') =>
  checkCaseFiles([{ file: `content/cases/${slug}.mdx`, source: text }], { now: TODAY, checkPlace: placeChecker() });

/** The template with every commented-out example line (`# key:` or `#   …`) turned back on. */
const uncommentExamples = (text: string) => text.replace(/^# (?=[a-zA-Z]+:|\s)/gm, '');

describe('caseTemplate', () => {
  it('writes front matter that the case schema accepts, with the answers in it', () => {
    const data = dataOf(caseTemplate(answers, { today: TODAY }));
    expect(data.title).toBe(answers.title);
    expect(data.area).toBe('health');
    expect(data.systems).toEqual(['volunteers', 'health-services']);
    expect(data.places).toEqual(answers.places);
    expect(data.localGovernment).toEqual(answers.localGovernment);
    expect(data.started).toBe(2019);
    expect(data.sources).toEqual([answers.source]);
    expect(data.evidence).toBe('snapshot');
  });

  it('passes the real validator with no errors, places checked against the gazetteer', async () => {
    const { problems, cases } = await validate(caseTemplate(answers, { today: TODAY, slug: 'don-kaeo-health' }));
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(cases).toHaveLength(1);
  });

  it('writes a placeholder summary only when none is given', () => {
    expect(dataOf(caseTemplate(answers, { today: TODAY })).summary).toBe(SUMMARY_PLACEHOLDER);
    expect(SUMMARY_PLACEHOLDER).toContain(PLACEHOLDER_MARK);
    const summary = 'อบต.ดอนแก้วกับอาสาสมัครดูแลผู้สูงอายุติดเตียงที่บ้าน';
    expect(dataOf(caseTemplate({ ...answers, summary }, { today: TODAY })).summary).toBe(summary);
  });

  it('dates lastReviewed today in Bangkok', () => {
    const lateUtc = new Date('2026-11-24T20:00:00Z'); // 25 November in Bangkok
    expect(caseTemplate(answers, { today: lateUtc })).toMatch(/^lastReviewed: 2026-11-25$/m);
  });

  it('keeps the era the author used and never invents a year', () => {
    const started = (value: number | string) =>
      (frontMatterOf(caseTemplate({ ...answers, started: value }, { today: TODAY })) as { started: unknown }).started;
    expect(started('พ.ศ. 2562')).toBe(2562);
    expect(started('๒๕๖๒')).toBe(2562);
    expect(started('ค.ศ. 2019')).toBe(2019);
    expect(started(2019)).toBe(2019);
    expect(started('ไม่ทราบ')).toBe('ไม่ทราบ');
    expect(started('unknown')).toBe('ไม่ทราบ');
    expect(dataOf(caseTemplate({ ...answers, started: 'ไม่ทราบ' }, { today: TODAY })).started).toBeNull();
  });

  it('quotes YAML safely: colons, hashes and number-like text stay text', () => {
    const tricky: CaseTemplateAnswers = {
      ...answers,
      title: 'ข่าว: "ชุมชน" #1 ของตำบล',
      localGovernment: { name: '2562', type: 'sao' },
      source: { title: 'yes', url: 'https://www.example.go.th/a?b=1&c=2#top' },
    };
    const data = dataOf(caseTemplate(tricky, { today: TODAY }));
    expect(data.title).toBe(tricky.title);
    expect(data.localGovernment.name).toBe('2562');
    expect(data.sources[0]).toEqual(tricky.source);
  });

  it('has every lessons-learned heading in order, each followed by guidance in an MDX comment', () => {
    const body = splitFrontmatter(caseTemplate(answers, { today: TODAY }))?.body ?? '';
    const headings = [...body.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    expect(headings).toEqual([...LESSON_SECTIONS, OPEN_QUESTIONS_SECTION]);
    for (const heading of headings)
      expect(body).toContain(`## ${heading}\n\n{/* ${SECTION_GUIDANCE[heading as keyof typeof SECTION_GUIDANCE]} */}`);
    expect(body).not.toMatch(/^# /m);
  });

  it('shows every optional field as a commented-out example that is valid once uncommented', () => {
    const text = caseTemplate(answers, { today: TODAY });
    const raw = frontMatterOf(text) as Record<string, unknown>;
    for (const key of [
      'tags',
      'knownSince',
      'partners',
      'budget',
      'outcomes',
      'studyVisit',
      'contact',
      'adaptedFrom',
      'legalBasis',
    ]) {
      expect(raw, key).not.toHaveProperty(key);
      expect(text).toMatch(new RegExp(`^# ${key}:`, 'm'));
    }
    const uncommented = frontMatterOf(uncommentExamples(text)) as Record<string, unknown>;
    expect(Object.keys(uncommented)).toEqual(Object.keys(caseSchema.shape).filter((key) => key !== 'synthetic'));
    expect(caseSchema.safeParse(uncommented).success).toBe(true);
  });

  it('gives the author-component examples in a comment; they validate once uncommented', async () => {
    const text = caseTemplate(answers, { today: TODAY, slug: 'don-kaeo-health' });
    for (const name of AUTHOR_COMPONENTS) expect(text).toMatch(new RegExp(`<${name}[ >]`));
    const uncommented = text.replace(/\{\/\*\nตัวอย่างส่วนประกอบ[^\n]*\n([\s\S]*?)\n\*\/\}/, '$1');
    expect(uncommented).not.toBe(text);
    const { problems } = await validate(uncommented);
    expect(countErrors(problems)).toBe(0);
  });

  it('builds a blank template that validates, with every placeholder marked', async () => {
    const text = caseTemplate(BLANK_ANSWERS, { today: TODAY, blank: true });
    expect(text).toContain(PLACEHOLDER_MARK);
    expect(text).toContain('example.org');
    expect(text.split('\n')[1]).toMatch(/^# แม่แบบเปล่า/);
    // Shape and MDX are valid; only the placeholder places fail the gazetteer, so a blank is never published as is.
    const shapeOnly = await checkCaseFiles([{ file: 'content/cases/case-template.mdx', source: text }], { now: TODAY });
    expect(countErrors(shapeOnly.problems)).toBe(0);
    const withPlaces = await validate(text, 'case-template');
    expect(
      withPlaces.problems.filter((problem) => problem.severity === 'error').map((problem) => problem.field),
    ).toEqual(['places[0]']);
  });
});

describe('caseFieldRows', () => {
  const rows = caseFieldRows();

  it('lists every front-matter field in schema order, except the test-only one', () => {
    expect(rows.map((row) => row.key)).toEqual(Object.keys(caseSchema.shape).filter((key) => key !== 'synthetic'));
  });

  it('marks required fields from the schema itself', () => {
    const required = rows.filter((row) => row.required).map((row) => row.key);
    expect(required).toEqual([
      'title',
      'status',
      'summary',
      'area',
      'places',
      'localGovernment',
      'started',
      'sources',
      'evidence',
      'lastReviewed',
    ]);
  });

  it('gives an example for each field that the schema accepts', () => {
    for (const row of rows) {
      const value = (parse(row.example) as Record<string, unknown>)[row.key];
      expect(caseSchema.shape[row.key].safeParse(value).success, row.example).toBe(true);
    }
  });
});

describe('componentExamples', () => {
  it('has one example per component family', () => {
    expect(componentExamples().map((example) => example.name)).toEqual(['KeyFigure', 'Quote', 'Steps', 'Figure']);
  });
});

describe('content/README.md', () => {
  const readme = readFileSync(new URL('../../../content/README.md', import.meta.url), 'utf8');

  it('documents every front-matter field', () => {
    for (const key of Object.keys(caseSchema.shape)) expect(readme, key).toContain(`\`${key}\``);
  });

  it('lists every area, system and local-government type with its slug and Thai name', () => {
    for (const entry of [...CORE_AREAS, ...WORKING_SYSTEMS])
      expect(readme).toContain(`| \`${entry.slug}\` | ${entry.th} |`);
    for (const kind of LOCAL_GOVERNMENT_KINDS) {
      expect(readme).toContain(`| \`${kind.slug}\` |`);
      expect(readme).toContain(kind.th);
    }
  });

  it('explains the evidence levels as the site does', () => {
    for (const level of EVIDENCE_LEVEL_INFO)
      expect(readme).toContain(`| \`${level.slug}\` | ${level.th} | ${level.meaning} |`);
  });

  it('gives the lessons-learned headings with the template guidance', () => {
    for (const heading of [...LESSON_SECTIONS, OPEN_QUESTIONS_SECTION])
      expect(readme).toContain(
        `\`## ${heading}\` — ${SECTION_GUIDANCE[heading as keyof typeof SECTION_GUIDANCE].replace('outcomes', '`outcomes`')}`,
      );
  });
});
