import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const astro = path.resolve('node_modules/astro/bin/astro.mjs');
const FIXTURE = 'tests/fixtures/cases-workflow';
const work = mkdtempSync(path.join(tmpdir(), 'drafts-'));

/** What only the draft and the case in review carry: slugs, titles, a word in each summary. */
const UNPUBLISHED = [
  'synthetic-draft-workflow',
  'synthetic-review-workflow',
  'กรณีร่างทดสอบ ห้องสมุดลับเฉพาะตำบลสมมุติ',
  'กรณีรอตรวจทดสอบ ลานกีฬาลับเฉพาะแขวงสมมุติ',
  'draftmarkerzq',
  'reviewmarkerzq',
  'แขวงสีลม',
];

function buildCases(name: string, files: readonly string[]) {
  const casesDir = path.join(work, name, 'cases');
  const outDir = path.join(work, name, 'dist');
  for (const file of files) cpSync(path.join(FIXTURE, file), path.join(casesDir, file));
  const run = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], {
    env: { ...process.env, CASES_DIR: casesDir },
    encoding: 'utf8',
    timeout: 170_000,
  });
  return { run, outDir };
}

/** Every file of a build as text; Pagefind's gzipped index files are unpacked first. */
function builtTexts(outDir: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    let bytes = readFileSync(file);
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
    texts.set(path.relative(outDir, file), bytes.toString('utf8'));
  }
  return texts;
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

let mixed: ReturnType<typeof buildCases>;
let draftsOnly: ReturnType<typeof buildCases>;

beforeAll(() => {
  mixed = buildCases('mixed', readdirSync(FIXTURE));
  draftsOnly = buildCases('drafts-only', ['synthetic-draft-workflow.mdx', 'synthetic-review-workflow.mdx']);
}, 360_000);

describe('drafts and cases in review are never published', () => {
  it('a build of one published case, a draft and a case in review succeeds', () => {
    expect(mixed.run.status, `${mixed.run.stdout}\n${mixed.run.stderr}`).toBe(0);
  });

  it('publishes the published case: its page, data record and search entry', () => {
    const texts = builtTexts(mixed.outDir);
    expect(texts.has('cases/synthetic-elderly-care/index.html')).toBe(true);
    const records = JSON.parse(texts.get('data/cases.json')!) as Array<{ slug: string }>;
    expect(records.map((record) => record.slug)).toEqual(['synthetic-elderly-care']);
    expect([...texts.keys()].some((file) => file.startsWith('pagefind/fragment/'))).toBe(true);
  });

  it('no page, feed, data file, sitemap, search index file or count carries the others', () => {
    const texts = builtTexts(mixed.outDir);
    const found = [...texts].flatMap(([file, text]) =>
      UNPUBLISHED.filter((marker) => text.includes(marker) || file.includes(marker)).map(
        (marker) => `${file}: ${marker}`,
      ),
    );
    expect(found).toEqual([]);
    // The home page counts one case.
    expect(texts.get('data/cases.csv')!.trim().split('\n')).toHaveLength(2);
  });

  it('a folder of drafts only still builds, with no case published', () => {
    expect(draftsOnly.run.status, `${draftsOnly.run.stdout}\n${draftsOnly.run.stderr}`).toBe(0);
    const texts = builtTexts(draftsOnly.outDir);
    expect(JSON.parse(texts.get('data/cases.json')!)).toEqual([]);
    expect([...texts.keys()].filter((file) => file.startsWith('cases/'))).toEqual([]);
    expect(texts.has('pagefind/pagefind-entry.json')).toBe(true);
  });
});
