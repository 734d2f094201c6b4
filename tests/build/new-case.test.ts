import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCaseFiles } from '../../src/cases/files';
import { checkCaseFiles } from '../../src/cases/validate/index';
import { RAW_ANSWERS } from '../support/new-case-answers';
import { placeChecker } from '../../src/places/check';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Each run starts tsx and loads the gazetteer: a few seconds. */
const TIMEOUT = 60_000;

let work: string;
let casesDir: string;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command from the project with CASES_DIR set, without a terminal (stdin is /dev/null, as in CI). */
function runProcess(command: string, args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, CASES_DIR: casesDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** `npx tsx scripts/new-case.ts …` */
const newCase = (args: string[]) => runProcess('npx', ['tsx', 'scripts/new-case.ts', ...args]);

const ANSWERS = { ...RAW_ANSWERS, slug: 'don-kaeo-volunteer-care' };

async function answersFile(name: string, answers: object): Promise<string> {
  const file = path.join(work, name);
  await writeFile(file, JSON.stringify(answers), 'utf8');
  return file;
}

const caseFile = (slug: string) => path.join(casesDir, `${slug}.mdx`);

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'new-case-'));
  casesDir = path.join(work, 'cases');
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('npm run new, without questions', () => {
  it('writes a case from a JSON file that the real validator accepts', { timeout: TIMEOUT }, async () => {
    const run = await newCase(['--json', await answersFile('answers.json', ANSWERS)]);
    expect(run.stderr).not.toContain('✖');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${ANSWERS.slug}.mdx`);
    expect(run.stdout).toContain(`/cases/${ANSWERS.slug}/`);
    expect(run.stdout).toContain('npm run validate');

    const files = await readCaseFiles(ROOT, casesDir);
    expect(files.map((file) => path.basename(file.file))).toEqual([`${ANSWERS.slug}.mdx`]);
    const { problems, cases } = await checkCaseFiles(files, { checkPlace: placeChecker() });
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(cases[0]?.data).toMatchObject({
      title: ANSWERS.title,
      places: [{ province: 'เชียงใหม่', district: 'แม่ริม', tambon: 'ดอนแก้ว' }],
      started: 2019,
      evidence: 'snapshot',
      status: 'draft',
    });
  });

  it('the case it wrote builds into a page once a reviewer marks it published', { timeout: 180_000 }, async () => {
    const outDir = path.join(work, 'dist');
    // A new case is a draft: the production build leaves it out until its status is published.
    const draft = await readFile(caseFile(ANSWERS.slug), 'utf8');
    expect(draft).toMatch(/^status: draft$/m);
    await writeFile(caseFile(ANSWERS.slug), draft.replace(/^status: draft$/m, 'status: published'), 'utf8');
    const build = await runProcess(process.execPath, [
      path.join(ROOT, 'node_modules/astro/bin/astro.mjs'),
      'build',
      '--outDir',
      outDir,
    ]);
    expect(build.code, build.stderr.slice(-2000)).toBe(0);
    const page = await readFile(path.join(outDir, 'cases', ANSWERS.slug, 'index.html'), 'utf8');
    expect(page).toContain(ANSWERS.title);
  });

  it('refuses to overwrite an existing case and leaves it unchanged', { timeout: TIMEOUT }, async () => {
    const before = await readFile(caseFile(ANSWERS.slug), 'utf8');
    const modified = (await stat(caseFile(ANSWERS.slug))).mtimeMs;
    const run = await newCase(['--json', await answersFile('again.json', { ...ANSWERS, title: 'ชื่อเรื่องใหม่ที่ไม่ซ้ำ' })]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('จะไม่เขียนทับ');
    expect(run.stderr).toContain('will not be overwritten');
    expect(await readFile(caseFile(ANSWERS.slug), 'utf8')).toBe(before);
    expect((await stat(caseFile(ANSWERS.slug))).mtimeMs).toBe(modified);
  });

  it('refuses a bad area with a Thai and English message, writing nothing', { timeout: TIMEOUT }, async () => {
    const run = await newCase([
      '--json',
      await answersFile('bad-area.json', { ...ANSWERS, area: 'healthy', slug: 'bad-area' }),
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('field area');
    expect(run.stderr).toContain('ค่า "healthy" ไม่อยู่ในรายการที่รับได้');
    expect(run.stderr).toContain('"healthy" is not an accepted value');
    expect(run.stderr).toContain('learning | health | welfare | environment | policy');
    expect(await readdir(casesDir)).toEqual([`${ANSWERS.slug}.mdx`]);
  });

  it(
    'takes answers as options, proposes a unique slug and lists closest places for a misspelt one',
    { timeout: TIMEOUT },
    async () => {
      const common = [
        '--title',
        'ธรรมนูญสุขภาพตำบลปัว',
        '--area',
        '5',
        '--system',
        'community-leadership,volunteers',
        '--lg-type',
        'ทต.',
        '--lg-name',
        'เทศบาลตำบลปัว',
        '--started',
        'ไม่ทราบ',
        '--source-title',
        'เว็บไซต์เทศบาลตำบลปัว',
        '--source-url',
        'https://www.tessabanpua.com/',
      ];
      const misspelt = await newCase([...common, '--province', 'น่าน', '--district', 'ปัว', '--tambon', 'ปัวะ']);
      expect(misspelt.code).toBe(1);
      expect(misspelt.stderr).toContain('ต.ปัว อ.ปัว จ.น่าน (550501)');

      const run = await newCase([
        ...common,
        '--province',
        'น่าน',
        '--district',
        'ปัว',
        '--tambon',
        'ปัว',
        '--province',
        'น่าน',
        '--district',
        'ท่าวังผา',
      ]);
      expect(run.code).toBe(0);
      const { cases } = await checkCaseFiles([
        { file: 'pua-policy.mdx', source: await readFile(caseFile('pua-policy'), 'utf8') },
      ]);
      expect(cases[0]?.data).toMatchObject({
        area: 'policy',
        systems: ['community-leadership', 'volunteers'],
        places: [
          { province: 'น่าน', district: 'ปัว', tambon: 'ปัว' },
          { province: 'น่าน', district: 'ท่าวังผา' },
        ],
        localGovernment: { name: 'เทศบาลตำบลปัว', type: 'subdistrict-municipality' },
        started: null,
      });
    },
  );

  it('prints the usage and fails when there are no answers and no terminal', { timeout: TIMEOUT }, async () => {
    const run = await newCase([]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no answers given');
    expect(run.stderr).toContain('--json');
  });
});
