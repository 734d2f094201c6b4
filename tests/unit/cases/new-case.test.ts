import { describe, expect, it } from 'vitest';
import {
  readArea,
  readLgType,
  readSlug,
  readStarted,
  readSummary,
  readSystems,
  readUniqueTitle,
  type Existing,
  type RawAnswers,
} from '../../../src/cases/new-case/answers';
import { collect } from '../../../src/cases/new-case/collect';
import { parseCommandLine } from '../../../src/cases/new-case/command-line';
import { interview } from '../../../src/cases/new-case/interview';
import { readPlaces } from '../../../src/cases/new-case/places';
import { Prompter, type Terminal } from '../../../src/cases/new-case/prompt';
import { formatProblems } from '../../../src/cases/validate/index';
import { RAW_ANSWERS } from '../../support/new-case-answers';

const ANSWERS: RawAnswers = RAW_ANSWERS;

const noCases = (): Existing => ({ slugs: new Set(), titles: new Map() });

/** A terminal that types the given lines in order and keeps everything written to it. */
function scriptedTerminal(lines: string[]): Terminal & { output: string; asked: string[]; closed: boolean } {
  const remaining = [...lines];
  const terminal = {
    output: '',
    asked: [] as string[],
    closed: false,
    question: async (text: string) => {
      terminal.asked.push(text);
      terminal.output += text;
      const line = remaining.shift();
      if (line === undefined) throw new Error(`no scripted answer left for: ${text}`);
      return line;
    },
    write: (text: string) => {
      terminal.output += text;
    },
    close: () => {
      terminal.closed = true;
    },
  };
  return terminal;
}

describe('reading one answer', () => {
  it('takes an area by slug, list number or Thai name', () => {
    expect(readArea('health')).toEqual({ value: 'health' });
    expect(readArea('5')).toEqual({ value: 'policy' });
    expect(readArea('การดูแลสุขภาพชุมชน')).toEqual({ value: 'health' });
  });

  it('refuses an unknown area in Thai and English, with what is expected', () => {
    const read = readArea('healthy');
    expect(read).toMatchObject({
      field: 'area',
      error: 'ค่า "healthy" ไม่อยู่ในรายการที่รับได้ ("healthy" is not an accepted value)',
    });
    expect('issue' in read && read.issue?.expected?.en).toContain('learning | health | welfare | environment | policy');
  });

  it('takes a local-government type by its abbreviation, with or without the dot', () => {
    expect(readLgType('ทต.')).toEqual({ value: 'subdistrict-municipality' });
    expect(readLgType('อบต')).toEqual({ value: 'sao' });
  });

  it('reads systems from a list or a comma-separated text, once each', () => {
    expect(readSystems('volunteers, 1,health-services')).toEqual({ value: ['volunteers', 'health-services'] });
    expect(readSystems(['community-leadership'])).toEqual({ value: ['community-leadership'] });
    expect(readSystems('')).toEqual({ value: [] });
    expect(readSystems('volunteers,nope')).toMatchObject({ field: 'systems[]' });
  });

  it('keeps the start year as typed, or ไม่ทราบ, and refuses what is not a year', () => {
    expect(readStarted('พ.ศ. 2562')).toEqual({ value: 'พ.ศ. 2562' });
    expect(readStarted('unknown')).toEqual({ value: 'ไม่ทราบ' });
    expect(readStarted('abc')).toMatchObject({ field: 'started' });
  });

  it('leaves a blank summary for later', () => {
    expect(readSummary('  ')).toEqual({ value: undefined });
  });

  it('refuses a slug that is not kebab-case or is taken', () => {
    expect(readSlug('don-kaeo-health', new Set())).toEqual({ value: 'don-kaeo-health' });
    expect(readSlug('Don Kaeo', new Set())).toMatchObject({ field: 'slug' });
    expect(readSlug('don-kaeo-health', new Set(['don-kaeo-health']))).toMatchObject({
      error: expect.stringContaining('will not be overwritten'),
    });
  });

  it('refuses a title another case uses, whatever its spacing', () => {
    const titles = new Map([['ธรรมนูญสุขภาพตำบลปัว', 'content/cases/pua-policy.mdx']]);
    expect(readUniqueTitle('ธรรมนูญสุขภาพตำบลปัว  ', titles)).toMatchObject({
      field: 'title',
      error: expect.stringContaining('content/cases/pua-policy.mdx'),
    });
  });
});

describe('readPlaces', () => {
  it('resolves each place against the gazetteer, typed prefixes and all', () => {
    const { matches, problems } = readPlaces(ANSWERS.places, 'answers.json');
    expect(problems).toEqual([]);
    expect(matches.map((match) => match.code)).toEqual(['500710']);
  });

  it('lists the closest places for a misspelt one', () => {
    const { problems } = readPlaces([{ province: 'น่าน', district: 'ปัว', tambon: 'ปัวะ' }], 'answers.json');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'places[0]', severity: 'error' });
    expect(problems[0]?.th).toContain('ไม่พบ "ต.ปัวะ อ.ปัว จ.น่าน"');
    expect(problems[0]?.th).toContain('ต.ปัว อ.ปัว จ.น่าน (550501)');
  });

  it('needs at least one place, each with a province', () => {
    expect(readPlaces(undefined, 'x').problems[0]?.en).toBe('no place given; at least one is needed');
    expect(readPlaces([{ district: 'ปัว' }], 'x').problems[0]?.en).toBe('the province is missing');
  });
});

describe('collect', () => {
  it('turns good answers into template answers with official names and a proposed slug', () => {
    const collected = collect(ANSWERS, noCases(), 'answers.json');
    expect(collected.problems).toEqual([]);
    expect(collected.slug).toBe('don-kaeo-health');
    expect(collected.answers).toMatchObject({
      area: 'health',
      systems: ['volunteers', 'health-services'],
      places: [{ province: 'เชียงใหม่', district: 'แม่ริม', tambon: 'ดอนแก้ว' }],
      localGovernment: { name: 'องค์การบริหารส่วนตำบลดอนแก้ว', type: 'sao' },
      started: 'พ.ศ. 2562',
    });
  });

  it('proposes a slug that is not taken, and keeps a given one', () => {
    const existing = noCases();
    existing.slugs.add('don-kaeo-health');
    expect(collect(ANSWERS, existing, 'answers.json').slug).toBe('don-kaeo-health-2');
    expect(collect({ ...ANSWERS, slug: 'my-case' }, noCases(), 'answers.json').slug).toBe('my-case');
  });

  it('reports every wrong answer with its option, and returns no answers', () => {
    const collected = collect({ ...ANSWERS, area: 'healthy', started: 'abc' }, noCases(), 'bad.json');
    expect(collected.answers).toBeUndefined();
    expect(collected.problems.map((problem) => problem.field)).toEqual(['area (--area)', 'started (--started)']);
    const report = formatProblems(collected.problems);
    expect(report).toContain('field area');
    expect(report).toContain('ค่า "healthy" ไม่อยู่ในรายการที่รับได้');
    expect(report).toContain('learning | health | welfare | environment | policy');
  });
});

describe('parseCommandLine', () => {
  const root = process.cwd();

  it('starts a place at each --province and fills it with the --district and --tambon after it', async () => {
    const command = await parseCommandLine(
      ['--province', 'น่าน', '--district', 'ปัว', '--tambon', 'ปัว', '--province', 'น่าน', '--district', 'ท่าวังผา'],
      root,
    );
    expect(command.problems).toEqual([]);
    expect(command.given).toBe(true);
    expect(command.answers.places).toEqual([
      { province: 'น่าน', district: 'ปัว', tambon: 'ปัว' },
      { province: 'น่าน', district: 'ท่าวังผา' },
    ]);
  });

  it('splits comma-separated systems and reads --yes and --help', async () => {
    const command = await parseCommandLine(['--system', 'volunteers,welfare', '--system', 'safety', '-y'], root);
    expect(command.answers.systems).toEqual(['volunteers', 'welfare', 'safety']);
    expect(command.yes).toBe(true);
    expect((await parseCommandLine(['-h'], root)).help).toBe(true);
    expect((await parseCommandLine([], root)).given).toBe(false);
  });

  it('refuses a --district before any --province and an unknown option', async () => {
    const early = await parseCommandLine(['--district', 'ปัว'], root);
    expect(early.problems[0]?.en).toBe('--province must come before --district');
    const unknown = await parseCommandLine(['--bogus'], root);
    expect(unknown.problems[0]?.en).toContain("Unknown option '--bogus'");
  });

  it('reports a JSON answers file it cannot read', async () => {
    const command = await parseCommandLine(['--json', 'no-such-answers.json'], root);
    expect(command.json).toBe('no-such-answers.json');
    expect(command.problems[0]).toMatchObject({ file: 'no-such-answers.json', severity: 'error' });
  });
});

describe('Prompter', () => {
  it('asks again until the answer reads, and takes the fallback on Enter', async () => {
    const terminal = scriptedTerminal(['', 'x', 'xyz', '']);
    const prompter = new Prompter(terminal);
    const read = (answer: string) => (answer.length > 1 ? { value: answer } : { error: 'too short' });
    expect(await prompter.ask('name', read)).toBe('xyz');
    expect(terminal.output).toContain('  ✖ too short');
    expect(await prompter.ask('again', read, 'fallback')).toBe('fallback');
    expect(terminal.asked.at(-1)).toBe('again [fallback]: ');
  });

  it('chooses by number, several by commas, and confirms in Thai or English', async () => {
    const prompter = new Prompter(scriptedTerminal(['9', '2', '3,1,3', 'ใช่', '']));
    const choices = [
      { label: 'หนึ่ง', value: 1 },
      { label: 'สอง', value: 2 },
      { label: 'สาม', value: 3 },
    ];
    expect(await prompter.choose('pick', choices)).toBe(2);
    expect(await prompter.chooseMany('pick many', choices)).toEqual([3, 1]);
    expect(await prompter.confirm('sure?', false)).toBe(true);
    expect(await prompter.confirm('sure?', false)).toBe(false);
  });
});

describe('interview', () => {
  const fileOf = (slug: string) => `content/cases/${slug}.mdx`;

  it('asks every question in turn and returns the answers and the accepted slug', async () => {
    const terminal = scriptedTerminal([
      'การดูแลผู้สูงอายุโดยอาสาสมัคร ตำบลดอนแก้ว', // title
      '2', // area: health
      '1,8', // systems
      'เชียงใหม่', // province
      'แม่ริม', // district
      'ดอนแก้ว', // tambon
      '', // no other place
      '1', // type: sao
      '', // name: the suggested one
      '2562', // started
      'ข่าว อบต.ดอนแก้ว', // source title
      'https://www.example.go.th/news/1', // source URL
      '', // no summary
      '', // the proposed slug
      '', // create the file
    ]);
    const result = await interview({}, noCases(), new Prompter(terminal), fileOf);
    expect(result?.slug).toBe('don-kaeo-health');
    expect(result?.answers).toMatchObject({
      area: 'health',
      systems: ['volunteers', 'health-services'],
      places: [{ province: 'เชียงใหม่', district: 'แม่ริม', tambon: 'ดอนแก้ว' }],
      localGovernment: { name: 'องค์การบริหารส่วนตำบลดอนแก้ว', type: 'sao' },
      started: '2562',
      summary: undefined,
    });
    expect(terminal.output).toContain('✓ ต.ดอนแก้ว อ.แม่ริม จ.เชียงใหม่ (500710)');
    expect(terminal.output).toContain('✓ พ.ศ. 2562 (ค.ศ. 2019)');
    expect(terminal.asked).toContain('ชื่อเต็มของ อปท. (full name of the local government) [องค์การบริหารส่วนตำบลดอนแก้ว]: ');
    expect(terminal.asked.at(-1)).toBe('\nสร้างไฟล์ content/cases/don-kaeo-health.mdx (create this file?) (Y/n): ');
    expect(terminal.closed).toBe(true);
  });

  it('skips what the options answered, re-asks what they got wrong, and offers close places', async () => {
    const terminal = scriptedTerminal([
      'สาม', // area: not on the list…
      '5', // …so a number
      'น่าน', // province
      'ปัว', // district
      'ปัวะ', // tambon, misspelt
      '1', // the first of the closest: ต.ปัว
      'n', // no other place
      '', // no summary
      'n', // do not create the file
    ]);
    const given: RawAnswers = { ...ANSWERS, area: 'healthy', places: undefined, slug: 'pua-case' };
    const result = await interview(given, noCases(), new Prompter(terminal), fileOf);
    expect(result).toBeUndefined();
    expect(terminal.output).toContain('  ✖ ค่า "healthy" ไม่อยู่ในรายการที่รับได้');
    expect(terminal.output).toContain('ที่ใกล้เคียง (closest matches):');
    expect(terminal.output).toContain('✓ ต.ปัว อ.ปัว จ.น่าน (550501)');
    expect(terminal.output).toContain('ไม่ได้สร้างไฟล์ (no file written)');
    expect(terminal.asked.some((question) => question.startsWith('ชื่อกรณีศึกษา'))).toBe(false);
    expect(terminal.asked.at(-1)).toContain('content/cases/pua-case.mdx');
  });
});
