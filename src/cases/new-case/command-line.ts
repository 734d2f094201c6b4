/**
 * The command line of `npm run new`: its options (node:util parseArgs), the JSON answers file,
 * and what it prints around the questions.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Problem } from '../validate/problem';
import { CORE_AREAS, LOCAL_GOVERNMENT_KINDS, WORKING_SYSTEMS } from '../vocabulary';
import type { RawAnswers } from './answers';

export const USAGE = `สร้างไฟล์กรณีศึกษาใหม่ (create a new case file)

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

/** The command line read: the answers it gives and what it asks for. */
export interface CommandLine {
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

/** Reads the options and the JSON answers file (relative to `root`); --province starts each place. */
export async function parseCommandLine(argv: string[], root: string): Promise<CommandLine> {
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

/** Said after the problems when nothing was written. */
export const NOT_WRITTEN =
  `ยังไม่ได้สร้างไฟล์ แก้ตามรายการด้านบนแล้วลองอีกครั้ง (ดูวิธีใช้: npm run new -- --help)\n` +
  `no file written; fix the above and try again (usage: npm run new -- --help)\n`;

/** What to do with the file just created. */
export const nextSteps = (file: string, slug: string): string => `
✓ สร้างไฟล์แล้ว (created): ${file}

ขั้นต่อไป (next steps):
  1. เปิดไฟล์ ${file} แก้สรุป (summary) แล้วเขียนเนื้อหาใต้แต่ละหัวข้อ
     ข้อความใน {/* … */} และบรรทัดที่ขึ้นต้นด้วย # เป็นคำแนะนำ ลบได้เมื่อเขียนเสร็จ
     (open the file, replace the summary and write under each heading; the guidance comments can go)
  2. ดูหน้าเว็บระหว่างเขียน (preview): npm run dev แล้วเปิด http://localhost:4321/cases/${slug}/
  3. ตรวจไฟล์ (check the file): npm run validate ${file}
  คู่มือ (guide): content/README.md
`;
