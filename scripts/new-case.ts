/**
 * npm run new — creates content/cases/<slug>.mdx (or under CASES_DIR) from a few answers.
 *   npm run new                          asks in Thai, one question at a time
 *   npm run new -- --json answers.json   answers from a JSON file, no questions
 *   npm run new -- --title … --yes       answers as flags, no questions
 * Places are checked against the gazetteer; an existing file is never overwritten.
 * Exits 1 on a wrong answer or an existing file, 130 when cancelled.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { fieldGuideFor } from '../src/i18n/case-fields';
import { caseTemplate, type CaseTemplateAnswers } from '../src/cases/template';
import { CASES_DIR, readCaseFiles } from '../src/cases/files';
import {
  checkCaseFiles,
  countErrors,
  describeIssue,
  formatProblems,
  slugOf,
  splitFrontmatter,
  type Problem,
} from '../src/cases/validate/index';
import { placeLabel, type PlaceMatch } from '../src/places/gazetteer';
import { placeChecker } from '../src/places/check';
import { gazetteer } from '../src/places/gazetteer-data';
import { isCaseSlug, proposeSlug } from '../src/cases/slug';
import {
  CORE_AREAS,
  LOCAL_GOVERNMENT_KINDS,
  WORKING_SYSTEMS,
  type CoreAreaSlug,
  type LocalGovernmentType,
  type SystemSlug,
} from '../src/cases/vocabulary';
import { formatBuddhistYear, readYear } from '../src/thai/years';
import { caseSchema, localGovernmentSchema } from '../src/schemas/case';
import { sourceSchema } from '../src/schemas/source';
import { UNKNOWN_YEAR_WORDS } from '../src/schemas/year';
import { Prompter, type Choice } from './lib/prompt';

const USAGE = `สร้างไฟล์กรณีศึกษาใหม่ (create a new case file)

  npm run new                           ถามทีละข้อ (asks one question at a time)
  npm run new -- --json answers.json    อ่านคำตอบจากไฟล์ JSON (answers from a JSON file)
  npm run new -- --title "…" --area health --province … --yes
                                        ใส่คำตอบเป็นตัวเลือก ไม่ถาม (answers as options, no questions)

ตัวเลือก (options):
  --title <ข้อความ>         ชื่อกรณีศึกษา (title)
  --summary <ข้อความ>       สรุปสั้น ๆ ไม่บังคับ (summary, optional)
  --area <slug|1-5>         ประเด็นหลัก (core area): ${CORE_AREAS.map((area) => area.slug).join(', ')}
  --system <slug|เลข>       ระบบงาน ใส่ซ้ำได้หรือคั่นด้วยจุลภาค (working system; repeat or comma-separate)
                            ${WORKING_SYSTEMS.map((system) => system.slug).join(', ')}
  --province <ชื่อ>         จังหวัด ทุกครั้งที่ใส่คือพื้นที่ใหม่ (province; each one starts a new place)
  --district <ชื่อ>         อำเภอหรือเขต ของพื้นที่ล่าสุด (district of the latest place)
  --tambon <ชื่อ>           ตำบลหรือแขวง ของพื้นที่ล่าสุด (tambon of the latest place)
  --lg-name <ชื่อ>          ชื่อเต็มของ อปท. (local government's full name)
  --lg-type <slug|เลข>      ประเภท อปท. (type): ${LOCAL_GOVERNMENT_KINDS.map((kind) => kind.slug).join(', ')}
  --started <ปี|ไม่ทราบ>    ปีที่เริ่ม พ.ศ. หรือ ค.ศ. (year started, BE or CE, or ไม่ทราบ)
  --source-title <ข้อความ>  ชื่อแหล่งข้อมูลแรก (first source's title)
  --source-url <ที่อยู่>     ที่อยู่เว็บ ขึ้นต้นด้วย http:// หรือ https:// (its web address)
  --slug <slug>             ชื่อไฟล์ ถ้าไม่ใส่จะเสนอให้ (file name; proposed when left out)
  --yes, -y                 ไม่ถามเพิ่ม (ask nothing)
  --help, -h                แสดงวิธีใช้นี้ (show this help)

ไฟล์ JSON (the JSON file):
  { "title": "…", "area": "health", "systems": ["volunteers"],
    "places": [{ "province": "เชียงใหม่", "district": "แม่ริม", "tambon": "ดอนแก้ว" }],
    "localGovernment": { "name": "องค์การบริหารส่วนตำบลดอนแก้ว", "type": "sao" },
    "started": 2562, "source": { "title": "…", "url": "https://…" }, "summary": "…", "slug": "…" }
`;

/** Answers as given (JSON file or options), before checking. */
interface RawAnswers {
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

type Read<T> = { value: T } | { error: string; field: string; issue?: Omit<Problem, 'file' | 'severity' | 'field'> };

const root = process.cwd();
const casesDir = path.resolve(root, CASES_DIR);
const relative = (file: string) => path.relative(root, file).split(path.sep).join('/');

// --- reading one answer ---------------------------------------------------------------------

/** A schema's verdict on a value, in the validator's Thai and English words. */
function bySchema<T>(field: string, schema: z.ZodType, value: unknown): Read<T> {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return { value: result.data as T };
  const issue = result.error.issues[0];
  const words = issue ? describeIssue(issue) : { th: 'ค่าไม่ถูกต้อง', en: 'not a valid value' };
  return { error: `${words.th} (${words.en})`, field, issue: { ...words, expected: fieldGuideFor(field.split('.')) } };
}

const text = (value: unknown): string =>
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

const readTitle = (value: unknown) => bySchema<string>('title', caseSchema.shape.title, text(value));
const readSummary = (value: unknown): Read<string | undefined> =>
  text(value) === '' ? { value: undefined } : bySchema<string>('summary', caseSchema.shape.summary, text(value));
const readArea = (value: unknown) => pick<CoreAreaSlug>('area', value, CORE_AREAS);
const readSystem = (value: unknown) => pick<SystemSlug>('systems[]', value, WORKING_SYSTEMS);

/** Systems as a list or a comma-separated text; an empty answer is no system. */
function readSystems(value: unknown): Read<SystemSlug[]> {
  const entries = (Array.isArray(value) ? value : text(value).split(',')).map(text).filter(Boolean);
  const systems: SystemSlug[] = [];
  for (const entry of entries) {
    const read = readSystem(entry);
    if (!('value' in read)) return read;
    if (!systems.includes(read.value)) systems.push(read.value);
  }
  return { value: systems };
}
const readLgType = (value: unknown) => pick<LocalGovernmentType>('localGovernment.type', value, LOCAL_GOVERNMENT_KINDS);
const readLgName = (value: unknown) =>
  bySchema<string>('localGovernment.name', localGovernmentSchema.shape.name, text(value));
const readSourceTitle = (value: unknown) => bySchema<string>('sources[].title', sourceSchema.shape.title, text(value));
const readSourceUrl = (value: unknown) => bySchema<string>('sources[].url', sourceSchema.shape.url, text(value));

/** The start year as typed (2562, ค.ศ. 2019, ๒๕๖๒) or ไม่ทราบ; never a guessed year. */
function readStarted(value: unknown): Read<number | string> {
  const typed = text(value);
  if ((UNKNOWN_YEAR_WORDS as readonly string[]).includes(typed)) return { value: 'ไม่ทราบ' };
  const checked = bySchema<number | null>('started', caseSchema.shape.started, typed === '' ? undefined : typed);
  return 'value' in checked ? { value: typed } : checked;
}

function readSlug(value: unknown, taken: ReadonlySet<string>): Read<string> {
  const slug = text(value);
  const field = 'slug';
  if (!isCaseSlug(slug)) {
    const th = `"${slug}" ใช้เป็นชื่อไฟล์ไม่ได้ ใช้อักษรอังกฤษตัวเล็ก ตัวเลข และขีด (-) เช่น don-kaeo-health`;
    const en = `"${slug}" is not a valid slug: lower-case a-z, digits and dashes, e.g. don-kaeo-health`;
    return { error: `${th} (${en})`, field, issue: { th, en } };
  }
  if (taken.has(slug)) {
    const th = `มีกรณีศึกษาชื่อไฟล์ ${slug} อยู่แล้ว จะไม่เขียนทับ เลือกชื่ออื่น`;
    const en = `a case named ${slug} already exists; it will not be overwritten; choose another slug`;
    return { error: `${th} (${en})`, field, issue: { th, en } };
  }
  return { value: slug };
}

const normalizeTitle = (title: string) => title.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

function readUniqueTitle(value: unknown, titles: ReadonlyMap<string, string>): Read<string> {
  const read = readTitle(value);
  if (!('value' in read)) return read;
  const other = titles.get(normalizeTitle(read.value));
  if (!other) return read;
  const th = `ชื่อเรื่องนี้ซ้ำกับ ${other} ชื่อกรณีศึกษาแต่ละเรื่องต้องไม่ซ้ำกัน`;
  const en = `the same title is already used by ${other}; titles must be unique`;
  return { error: `${th} (${en})`, field: 'title', issue: { th, en } };
}

// --- places -----------------------------------------------------------------------------------

type PlaceAnswer = CaseTemplateAnswers['places'][number];

/** The gazetteer's official names for a match: อ.เมือง becomes เมืองเชียงใหม่, ต. prefixes go. */
const officialNames = (match: PlaceMatch): PlaceAnswer => ({
  province: match.province.th,
  ...(match.district ? { district: match.district.th } : {}),
  ...(match.tambon ? { tambon: match.tambon.th } : {}),
});

const typedPlace = (place: PlaceAnswer) =>
  [place.tambon && `ต.${place.tambon}`, place.district && `อ.${place.district}`, `จ.${place.province}`]
    .filter(Boolean)
    .join(' ');

type PlaceRead = { match: PlaceMatch } | { th: string; en: string; candidates: PlaceMatch[]; ambiguous: boolean };

function resolve(place: PlaceAnswer): PlaceRead {
  const result = gazetteer.resolvePlace(place);
  if (result.ok) return { match: result };
  const { candidates } = result;
  if (result.reason === 'ambiguous')
    return {
      th: `"${typedPlace(place)}" มีหลายแห่ง ระบุอำเภอให้ชัด`,
      en: `several places are called "${typedPlace(place)}"; give the district`,
      candidates,
      ambiguous: true,
    };
  return {
    th: `ไม่พบ "${typedPlace(place)}" ในทะเบียนพื้นที่ (ตรวจการสะกด)`,
    en: `"${typedPlace(place)}" is not in the gazetteer (check the spelling)`,
    candidates,
    ambiguous: false,
  };
}

const candidateList = (candidates: readonly PlaceMatch[]) => candidates.map(placeLabel).join('; ');

/** Places as given in the JSON file or options, each resolved against the gazetteer. */
function readPlaces(value: unknown, file: string): { places: PlaceAnswer[]; problems: Problem[] } {
  const places: PlaceAnswer[] = [];
  const problems: Problem[] = [];
  const raws = Array.isArray(value) ? (value as unknown[]) : [];
  if (!raws.length)
    problems.push({
      file,
      severity: 'error',
      field: 'places (--province --district --tambon)',
      th: 'ยังไม่ได้ใส่พื้นที่ ต้องมีอย่างน้อยหนึ่งแห่ง',
      en: 'no place given; at least one is needed',
      expected: fieldGuideFor(['places']),
    });
  raws.forEach((raw, index) => {
    const fields = (raw ?? {}) as Record<string, unknown>;
    const place: PlaceAnswer = { province: text(fields.province) };
    if (text(fields.district)) place.district = text(fields.district);
    if (text(fields.tambon)) place.tambon = text(fields.tambon);
    const field = `places[${index}]`;
    if (!place.province) {
      problems.push({
        file,
        severity: 'error',
        field,
        th: 'ยังไม่ได้ใส่จังหวัด',
        en: 'the province is missing',
        expected: fieldGuideFor(['places', 0]),
      });
      return;
    }
    const read = resolve(place);
    if ('match' in read) places.push(officialNames(read.match));
    else
      problems.push({
        file,
        severity: 'error',
        field,
        th: `${read.th}${read.candidates.length ? ` ${read.ambiguous ? 'ได้แก่' : 'ที่ใกล้เคียง'}: ${candidateList(read.candidates)}` : ''}`,
        en: `${read.en}${read.candidates.length ? `; ${read.ambiguous ? 'they are' : 'closest'}: ${candidateList(read.candidates)}` : ''}`,
      });
  });
  return { places, problems };
}

// --- options and the JSON file ----------------------------------------------------------------

interface Parsed {
  answers: RawAnswers;
  /** The JSON answers file, when given. */
  json?: string;
  given: boolean;
  yes: boolean;
  help: boolean;
  problems: Problem[];
}

/** Answer options given once, and those that may repeat (each --province starts another place). */
const SINGLE_OPTIONS = [
  'title',
  'summary',
  'area',
  'lg-name',
  'lg-type',
  'started',
  'source-title',
  'source-url',
  'slug',
];
const REPEATED_OPTIONS = ['system', 'province', 'district', 'tambon'];
const ANSWER_OPTIONS = [...SINGLE_OPTIONS, ...REPEATED_OPTIONS];
const OPTIONS: NonNullable<ParseArgsConfig['options']> = {
  json: { type: 'string' },
  yes: { type: 'boolean', short: 'y' },
  help: { type: 'boolean', short: 'h' },
  ...Object.fromEntries(SINGLE_OPTIONS.map((name) => [name, { type: 'string' as const }])),
  ...Object.fromEntries(REPEATED_OPTIONS.map((name) => [name, { type: 'string' as const, multiple: true }])),
};

function argumentProblem(th: string, en: string): Problem {
  return { file: '(คำสั่ง / command line)', severity: 'error', th, en };
}

async function parseCommandLine(argv: string[]): Promise<Parsed> {
  const problems: Problem[] = [];
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      tokens: true,
      options: OPTIONS,
    });
  } catch (error) {
    const message = (error as Error).message;
    return {
      answers: {},
      given: true,
      yes: true,
      help: false,
      problems: [argumentProblem(`ตัวเลือกไม่ถูกต้อง: ${message} (ดูวิธีใช้ด้วย --help)`, `bad option: ${message} (see --help)`)],
    };
  }
  const { values, tokens = [] } = parsed;
  let answers: RawAnswers = {};
  if (typeof values.json === 'string') {
    try {
      answers = JSON.parse(await readFile(path.resolve(root, values.json), 'utf8')) as RawAnswers;
      if (!answers || typeof answers !== 'object' || Array.isArray(answers)) throw new Error('not an object');
    } catch (error) {
      problems.push({
        file: values.json,
        severity: 'error',
        th: `อ่านไฟล์คำตอบ JSON ไม่ได้: ${(error as Error).message}`,
        en: `cannot read the JSON answers file: ${(error as Error).message}`,
      });
      answers = {};
    }
  }
  const option = (name: string) => values[name] as string | undefined;
  if (option('title') !== undefined) answers.title = option('title');
  if (option('summary') !== undefined) answers.summary = option('summary');
  if (option('area') !== undefined) answers.area = option('area');
  const systems = values.system as string[] | undefined;
  if (systems)
    answers.systems = systems
      .flatMap((entry) => entry.split(','))
      .map((entry) => entry.trim())
      .filter(Boolean);
  if (option('lg-name') !== undefined || option('lg-type') !== undefined)
    answers.localGovernment = {
      ...answers.localGovernment,
      ...(option('lg-name') !== undefined ? { name: option('lg-name') } : {}),
      ...(option('lg-type') !== undefined ? { type: option('lg-type') } : {}),
    };
  if (option('started') !== undefined) answers.started = option('started');
  if (option('source-title') !== undefined || option('source-url') !== undefined)
    answers.source = {
      ...answers.source,
      ...(option('source-title') !== undefined ? { title: option('source-title') } : {}),
      ...(option('source-url') !== undefined ? { url: option('source-url') } : {}),
    };
  if (option('slug') !== undefined) answers.slug = option('slug');

  // --province starts a place; --district and --tambon fill in the latest one, in the order typed.
  const places: Record<string, string>[] = [];
  for (const token of tokens) {
    if (token.kind !== 'option' || !['province', 'district', 'tambon'].includes(token.name)) continue;
    const value = token.value ?? '';
    if (token.name === 'province') places.push({ province: value });
    else if (!places.length)
      problems.push(
        argumentProblem(`ต้องใส่ --province ก่อน --${token.name}`, `--province must come before --${token.name}`),
      );
    else if (places.at(-1)?.[token.name] !== undefined)
      problems.push(
        argumentProblem(
          `ใส่ --${token.name} ซ้ำในพื้นที่เดียวกัน (ใส่ --province ใหม่เพื่อเริ่มพื้นที่ถัดไป)`,
          `--${token.name} given twice for one place (start the next place with --province)`,
        ),
      );
    else places.at(-1)![token.name] = value;
  }
  if (places.length) answers.places = places;

  const given = typeof values.json === 'string' || ANSWER_OPTIONS.some((name) => values[name] !== undefined);
  return {
    answers,
    ...(typeof values.json === 'string' ? { json: values.json } : {}),
    given,
    yes: values.yes === true,
    help: values.help === true,
    problems,
  };
}

// --- existing cases -----------------------------------------------------------------------------

interface Existing {
  slugs: Set<string>;
  /** Normalised title → the file that uses it. */
  titles: Map<string, string>;
}

async function existingCases(): Promise<Existing> {
  const existing: Existing = { slugs: new Set(), titles: new Map() };
  if (!existsSync(casesDir)) return existing;
  for (const file of await readCaseFiles(root, casesDir)) {
    if (!file.file.endsWith('.mdx')) continue;
    existing.slugs.add(slugOf(file.file));
    const split = splitFrontmatter(file.source);
    const title = split ? (parseDocument(split.frontmatter).toJS() as { title?: unknown } | null)?.title : undefined;
    if (typeof title === 'string') existing.titles.set(normalizeTitle(title), file.file);
  }
  return existing;
}

// --- non-interactive ------------------------------------------------------------------------------

function collect(
  answers: RawAnswers,
  existing: Existing,
  source: string,
): { answers?: CaseTemplateAnswers; slug?: string; problems: Problem[] } {
  const problems: Problem[] = [];
  const take = <T>(read: Read<T>, option: string): T | undefined => {
    if ('value' in read) return read.value;
    problems.push({
      file: source,
      severity: 'error',
      field: `${read.field} (${option})`,
      ...(read.issue ?? { th: read.error, en: read.error }),
    });
    return undefined;
  };
  const title = take(readUniqueTitle(answers.title, existing.titles), '--title');
  const summary = take(readSummary(answers.summary), '--summary');
  const area = take(readArea(answers.area), '--area');
  const systems = take(readSystems(answers.systems), '--system');
  const name = take(readLgName(answers.localGovernment?.name), '--lg-name');
  const type = take(readLgType(answers.localGovernment?.type), '--lg-type');
  const started = take(readStarted(answers.started), '--started');
  const sourceTitle = take(readSourceTitle(answers.source?.title), '--source-title');
  const sourceUrl = take(readSourceUrl(answers.source?.url), '--source-url');

  const { places, problems: placeProblems } = readPlaces(answers.places, source);
  problems.push(...placeProblems);

  const slug = answers.slug === undefined ? undefined : take(readSlug(answers.slug, existing.slugs), '--slug');

  if (
    problems.length ||
    !title ||
    !area ||
    !systems ||
    !name ||
    !type ||
    started === undefined ||
    !sourceTitle ||
    !sourceUrl
  )
    return { problems };
  const result: CaseTemplateAnswers = {
    title,
    area,
    systems,
    places,
    localGovernment: { name, type },
    started,
    source: { title: sourceTitle, url: sourceUrl },
    summary,
  };
  return {
    answers: result,
    slug: slug ?? proposeSlug(result, existing.slugs, { latinPlace: latinName(places[0]) }),
    problems,
  };
}

/** The gazetteer's RTGS name of a place's most specific unit, for the slug. */
function latinName(place: PlaceAnswer | undefined): string | undefined {
  if (!place) return undefined;
  const read = resolve(place);
  if (!('match' in read)) return undefined;
  return read.match.tambon?.en || read.match.district?.en || read.match.province.en || undefined;
}

// --- interactive --------------------------------------------------------------------------------

const asReader =
  <T>(read: (value: unknown) => Read<T>) =>
  (answer: string): { value: T } | { error: string } => {
    const result = read(answer);
    return 'value' in result ? result : { error: result.error };
  };

/** Asks for a prefilled answer only when it is missing or does not read. */
async function askUnlessGiven<T>(
  prompter: Prompter,
  given: unknown,
  read: (value: unknown) => Read<T>,
  question: string,
  fallback?: string,
): Promise<T> {
  if (given !== undefined) {
    const result = read(given);
    if ('value' in result) return result.value;
    prompter.say(`  ✖ ${result.error}`);
  }
  return prompter.ask(question, asReader(read), fallback);
}

async function askPlace(prompter: Prompter, index: number): Promise<PlaceAnswer> {
  for (;;) {
    prompter.say(`\nพื้นที่แห่งที่ ${index + 1} (place ${index + 1})`);
    const province = await prompter.ask<string>('  จังหวัด (province)', (answer) =>
      answer ? { value: answer } : { error: 'ต้องใส่จังหวัด (a province is needed)' },
    );
    const district = await prompter.ask(
      '  อำเภอหรือเขต เว้นว่างถ้าเป็นทั้งจังหวัด (district; blank for the whole province)',
      (answer) => ({ value: answer }),
    );
    const tambon = district
      ? await prompter.ask('  ตำบลหรือแขวง เว้นว่างถ้าเป็นทั้งอำเภอ (tambon; blank for the whole district)', (answer) => ({
          value: answer,
        }))
      : '';
    const place: PlaceAnswer = { province, ...(district ? { district } : {}), ...(tambon ? { tambon } : {}) };
    const read = resolve(place);
    if ('match' in read) {
      prompter.say(`  ✓ ${placeLabel(read.match)}`);
      return officialNames(read.match);
    }
    prompter.say(`  ✖ ${read.th} (${read.en})`);
    if (!read.candidates.length) continue;
    prompter.say(read.ambiguous ? '  แห่งที่มีชื่อนี้ (places with this name):' : '  ที่ใกล้เคียง (closest matches):');
    const choices: Choice<PlaceMatch | undefined>[] = read.candidates.map((match) => ({
      label: placeLabel(match),
      value: match,
    }));
    const picked = await prompter.choose(
      '  เลือกหมายเลข หรือกด Enter เพื่อพิมพ์ใหม่ (pick a number, or Enter to type again)',
      choices,
      (answer) =>
        answer === ''
          ? { value: undefined }
          : { error: `พิมพ์ตัวเลข 1–${choices.length} หรือกด Enter (a number or Enter)` },
    );
    if (picked) {
      prompter.say(`  ✓ ${placeLabel(picked)}`);
      return officialNames(picked);
    }
  }
}

/** A likely full name of the local government, offered as the default answer. */
function suggestedName(type: LocalGovernmentType, place: PlaceAnswer | undefined): string | undefined {
  if (type === 'bangkok') return 'กรุงเทพมหานคร';
  if (type === 'pattaya') return 'เมืองพัทยา';
  if (!place) return undefined;
  const local = place.tambon ?? place.district;
  switch (type) {
    case 'pao':
      return `องค์การบริหารส่วนจังหวัด${place.province}`;
    case 'city-municipality':
      return `เทศบาลนคร${place.province}`;
    case 'sao':
      return place.tambon && `องค์การบริหารส่วนตำบล${place.tambon}`;
    case 'subdistrict-municipality':
      return local && `เทศบาลตำบล${local}`;
    case 'town-municipality':
      return local && `เทศบาลเมือง${local}`;
  }
}

async function interview(
  given: RawAnswers,
  existing: Existing,
): Promise<{ answers: CaseTemplateAnswers; slug: string }> {
  const prompter = new Prompter();
  prompter.say('สร้างกรณีศึกษาใหม่ (create a new case) — กด Ctrl+C เพื่อยกเลิก (Ctrl+C cancels)\n');

  const title = await askUnlessGiven(
    prompter,
    given.title,
    (value) => readUniqueTitle(value, existing.titles),
    'ชื่อกรณีศึกษา (title)',
  );

  let area: CoreAreaSlug;
  const givenArea = given.area === undefined ? undefined : readArea(given.area);
  if (givenArea && 'value' in givenArea) area = givenArea.value;
  else {
    if (givenArea) prompter.say(`  ✖ ${givenArea.error}`);
    prompter.say('\nประเด็นหลัก (core area):');
    area = await prompter.choose(
      'เลือกหมายเลข (number)',
      CORE_AREAS.map((entry) => ({ label: entry.th, value: entry.slug })),
      asReader(readArea),
    );
  }

  let systems: SystemSlug[];
  const givenSystems = given.systems === undefined ? undefined : readSystems(given.systems);
  if (givenSystems && 'value' in givenSystems) systems = givenSystems.value;
  else {
    if (givenSystems) prompter.say(`  ✖ ${givenSystems.error}`);
    prompter.say('\nระบบงาน เลือกได้หลายข้อ (working systems, any number):');
    systems = await prompter.chooseMany(
      'หมายเลขคั่นด้วยจุลภาค เช่น 1,8 หรือเว้นว่าง (numbers like 1,8, or blank)',
      WORKING_SYSTEMS.map((entry) => ({ label: entry.th, value: entry.slug })),
    );
  }

  const places: PlaceAnswer[] = [];
  if (given.places !== undefined) {
    const read = readPlaces(given.places, 'options');
    if (read.problems.length) for (const problem of read.problems) prompter.say(`  ✖ ${problem.th} (${problem.en})`);
    else places.push(...read.places);
  }
  if (!places.length)
    do places.push(await askPlace(prompter, places.length));
    while (await prompter.confirm('\nเพิ่มพื้นที่อีกไหม (add another place?)', false));

  let type: LocalGovernmentType;
  const givenType = given.localGovernment?.type === undefined ? undefined : readLgType(given.localGovernment.type);
  if (givenType && 'value' in givenType) type = givenType.value;
  else {
    if (givenType) prompter.say(`  ✖ ${givenType.error}`);
    prompter.say('\nประเภทองค์กรปกครองส่วนท้องถิ่น (local-government type):');
    type = await prompter.choose(
      'เลือกหมายเลข (number)',
      LOCAL_GOVERNMENT_KINDS.map((kind) => ({ label: `${kind.th} (${kind.abbreviation})`, value: kind.slug })),
      asReader(readLgType),
    );
  }
  const name = await askUnlessGiven(
    prompter,
    given.localGovernment?.name,
    readLgName,
    'ชื่อเต็มของ อปท. (full name of the local government)',
    suggestedName(type, places[0]),
  );

  const started = await askUnlessGiven(
    prompter,
    given.started,
    readStarted,
    '\nปีที่เริ่ม พ.ศ. หรือ ค.ศ. ถ้าแหล่งข้อมูลไม่บอกให้พิมพ์ ไม่ทราบ (year started, BE or CE, or ไม่ทราบ)',
  );
  const year = readYear(started);
  prompter.say(
    year.ok
      ? `  ✓ ${formatBuddhistYear(year.ce)} (ค.ศ. ${year.ce})`
      : '  ✓ ไม่ทราบ ถ้าแหล่งข้อมูลแสดงว่างานดำเนินอยู่แล้วในปีใด ใส่ปีนั้นใน knownSince ภายหลัง (unknown; add knownSince later if a source shows a year)',
  );

  prompter.say('\nแหล่งข้อมูลแรก (first source)');
  const sourceTitle = await askUnlessGiven(
    prompter,
    given.source?.title,
    readSourceTitle,
    '  ชื่อข่าว รายงาน หรือเอกสาร (title)',
  );
  const sourceUrl = await askUnlessGiven(
    prompter,
    given.source?.url,
    readSourceUrl,
    '  ที่อยู่เว็บ http:// หรือ https:// (URL)',
  );

  const summary = await askUnlessGiven(
    prompter,
    given.summary,
    readSummary,
    '\nสรุป 1–2 ประโยค เว้นว่างไว้เขียนในไฟล์ทีหลังได้ (summary; blank to write it later in the file)',
  );

  const answers: CaseTemplateAnswers = {
    title,
    area,
    systems,
    places,
    localGovernment: { name, type },
    started,
    source: { title: sourceTitle, url: sourceUrl },
    summary,
  };
  const proposed = proposeSlug(answers, existing.slugs, { latinPlace: latinName(places[0]) });
  const slug = await askUnlessGiven(
    prompter,
    given.slug,
    (value) => readSlug(value, existing.slugs),
    '\nชื่อไฟล์ (slug) อักษรอังกฤษตัวเล็กและขีด กด Enter เพื่อใช้ชื่อที่เสนอ (file name; Enter accepts)',
    proposed,
  );
  const file = relative(path.join(casesDir, `${slug}.mdx`));
  if (!(await prompter.confirm(`\nสร้างไฟล์ ${file} (create this file?)`, true))) {
    prompter.say('ไม่ได้สร้างไฟล์ (no file written)');
    prompter.close();
    process.exit(1);
  }
  prompter.close();
  return { answers, slug };
}

// --- main -----------------------------------------------------------------------------------------

function fail(problems: Problem[]): never {
  process.stderr.write(`${formatProblems(problems)}\n\n`);
  process.stderr.write(
    `ยังไม่ได้สร้างไฟล์ แก้ตามรายการด้านบนแล้วลองอีกครั้ง (ดูวิธีใช้: npm run new -- --help)\n` +
      `no file written; fix the above and try again (usage: npm run new -- --help)\n`,
  );
  process.exit(1);
}

const command = await parseCommandLine(process.argv.slice(2));
if (command.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (command.problems.length) fail(command.problems);
// --json and --yes mean "ask nothing"; so does a missing terminal (CI). Otherwise options only prefill.
const interactive = process.stdin.isTTY === true && !command.yes && command.json === undefined;
if (!interactive && !command.given) {
  process.stderr.write(`ไม่มีคำตอบ และไม่ได้รันในเทอร์มินัลที่ถามได้ (no answers given and no terminal to ask in)\n\n${USAGE}`);
  process.exit(1);
}

const existing = await existingCases();
let answers: CaseTemplateAnswers;
let slug: string;
if (interactive) ({ answers, slug } = await interview(command.answers, existing));
else {
  const source = command.json ?? '(คำสั่ง / command line)';
  const collected = collect(command.answers, existing, source);
  if (collected.problems.length || !collected.answers || !collected.slug) fail(collected.problems);
  answers = collected.answers;
  slug = collected.slug;
}

const target = path.join(casesDir, `${slug}.mdx`);
const file = relative(target);
const mdx = caseTemplate(answers, { slug });
// The validator's own rules, before anything is written.
const checked = await checkCaseFiles([{ file, source: mdx }], { checkPlace: placeChecker() });
if (countErrors(checked.problems)) fail(checked.problems.filter((problem) => problem.severity === 'error'));

await mkdir(path.dirname(target), { recursive: true });
try {
  await writeFile(target, mdx, { encoding: 'utf8', flag: 'wx' });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  fail([
    {
      file,
      severity: 'error',
      field: 'slug',
      th: `มีไฟล์ ${file} อยู่แล้ว จะไม่เขียนทับ ใช้ --slug เพื่อตั้งชื่ออื่น หรือแก้ไฟล์เดิมแทน`,
      en: `${file} already exists and will not be overwritten; choose another --slug or edit that file`,
    },
  ]);
}

process.stdout.write(`
✓ สร้างไฟล์แล้ว (created): ${file}

ขั้นต่อไป (next steps):
  1. เปิดไฟล์ ${file} แก้สรุป (summary) แล้วเขียนเนื้อหาใต้แต่ละหัวข้อ
     ข้อความใน {/* … */} และบรรทัดที่ขึ้นต้นด้วย # เป็นคำแนะนำ ลบได้เมื่อเขียนเสร็จ
     (open the file, replace the summary and write under each heading; the guidance comments can go)
  2. ดูหน้าเว็บระหว่างเขียน (preview): npm run dev แล้วเปิด http://localhost:4321/cases/${slug}/
  3. ตรวจไฟล์ (check the file): npm run validate ${file}
  คู่มือ (guide): content/README.md
`);
