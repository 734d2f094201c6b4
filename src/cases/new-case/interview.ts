/**
 * The questions of `npm run new` in a terminal, one at a time in Thai (with English), skipping
 * what the options already answered well and re-asking what they got wrong.
 */
import type { PlaceMatch } from '../../places/gazetteer';
import { placeLabel } from '../../places/labels';
import { formatBuddhistYear, readYear } from '../../thai/years';
import { proposeSlug } from '../slug';
import type { CaseTemplateAnswers } from '../template';
import { CORE_AREAS, LOCAL_GOVERNMENT_KINDS, WORKING_SYSTEMS, type LocalGovernmentType } from '../vocabulary';
import * as answer from './answers';
import type { Existing, RawAnswers, Read } from './answers';
import { officialNames, readPlaces, resolvePlaceAnswer, type PlaceAnswer } from './places';
import type { Choice, Prompter, Reader } from './prompt';

const asReader =
  <T>(read: (value: unknown) => Read<T>): Reader<T> =>
  (answer) => {
    const result = read(answer);
    return 'value' in result ? result : { error: result.error };
  };

/** The given answer when it reads; otherwise says what is wrong with it and asks. */
async function unlessGiven<T>(
  prompter: Prompter,
  given: unknown,
  read: (value: unknown) => Read<T>,
  ask: () => Promise<T>,
): Promise<T> {
  if (given !== undefined) {
    const result = read(given);
    if ('value' in result) return result.value;
    prompter.say(`  ✖ ${result.error}`);
  }
  return ask();
}

/** Asks for a prefilled answer only when it is missing or does not read. */
const askUnlessGiven = <T>(
  prompter: Prompter,
  given: unknown,
  read: (value: unknown) => Read<T>,
  question: string,
  fallback?: string,
): Promise<T> => unlessGiven(prompter, given, read, () => prompter.ask(question, asReader(read), fallback));

async function askPlace(prompter: Prompter, index: number): Promise<PlaceMatch> {
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
    const read = resolvePlaceAnswer({ province, ...(district ? { district } : {}), ...(tambon ? { tambon } : {}) });
    if ('match' in read) {
      prompter.say(`  ✓ ${placeLabel(read.match)}`);
      return read.match;
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
      return picked;
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

/**
 * Asks for every answer not given (or given wrong), then the slug, then whether to create the
 * file `fileOf(slug)`. Undefined when the author says no.
 */
export async function interview(
  given: RawAnswers,
  existing: Existing,
  prompter: Prompter,
  fileOf: (slug: string) => string,
): Promise<{ answers: CaseTemplateAnswers; slug: string } | undefined> {
  prompter.say('สร้างกรณีศึกษาใหม่ (create a new case) — กด Ctrl+C เพื่อยกเลิก (Ctrl+C cancels)\n');

  const title = await askUnlessGiven(
    prompter,
    given.title,
    (value) => answer.readUniqueTitle(value, existing.titles),
    'ชื่อกรณีศึกษา (title)',
  );

  const area = await unlessGiven(prompter, given.area, answer.readArea, () => {
    prompter.say('\nประเด็นหลัก (core area):');
    return prompter.choose(
      'เลือกหมายเลข (number)',
      CORE_AREAS.map((entry) => ({ label: entry.th, value: entry.slug })),
      asReader(answer.readArea),
    );
  });

  const systems = await unlessGiven(prompter, given.systems, answer.readSystems, () => {
    prompter.say('\nระบบงาน เลือกได้หลายข้อ (working systems, any number):');
    return prompter.chooseMany(
      'หมายเลขคั่นด้วยจุลภาค เช่น 1,8 หรือเว้นว่าง (numbers like 1,8, or blank)',
      WORKING_SYSTEMS.map((entry) => ({ label: entry.th, value: entry.slug })),
    );
  });

  const matches: PlaceMatch[] = [];
  if (given.places !== undefined) {
    const read = readPlaces(given.places, 'options');
    if (read.problems.length) for (const problem of read.problems) prompter.say(`  ✖ ${problem.th} (${problem.en})`);
    else matches.push(...read.matches);
  }
  if (!matches.length)
    do matches.push(await askPlace(prompter, matches.length));
    while (await prompter.confirm('\nเพิ่มพื้นที่อีกไหม (add another place?)', false));
  const places = matches.map(officialNames);

  const type = await unlessGiven(prompter, given.localGovernment?.type, answer.readLgType, () => {
    prompter.say('\nประเภทองค์กรปกครองส่วนท้องถิ่น (local-government type):');
    return prompter.choose(
      'เลือกหมายเลข (number)',
      LOCAL_GOVERNMENT_KINDS.map((kind) => ({ label: `${kind.th} (${kind.abbreviation})`, value: kind.slug })),
      asReader(answer.readLgType),
    );
  });
  const name = await askUnlessGiven(
    prompter,
    given.localGovernment?.name,
    answer.readLgName,
    'ชื่อเต็มของ อปท. (full name of the local government)',
    suggestedName(type, places[0]),
  );

  const started = await askUnlessGiven(
    prompter,
    given.started,
    answer.readStarted,
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
    answer.readSourceTitle,
    '  ชื่อข่าว รายงาน หรือเอกสาร (title)',
  );
  const sourceUrl = await askUnlessGiven(
    prompter,
    given.source?.url,
    answer.readSourceUrl,
    '  ที่อยู่เว็บ http:// หรือ https:// (URL)',
  );

  const summary = await askUnlessGiven(
    prompter,
    given.summary,
    answer.readSummary,
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
  const slug = await askUnlessGiven(
    prompter,
    given.slug,
    (value) => answer.readSlug(value, existing.slugs),
    '\nชื่อไฟล์ (slug) อักษรอังกฤษตัวเล็กและขีด กด Enter เพื่อใช้ชื่อที่เสนอ (file name; Enter accepts)',
    proposeSlug(area, matches[0]!, existing.slugs),
  );
  const create = await prompter.confirm(`\nสร้างไฟล์ ${fileOf(slug)} (create this file?)`, true);
  if (!create) prompter.say('ไม่ได้สร้างไฟล์ (no file written)');
  prompter.close();
  return create ? { answers, slug } : undefined;
}
