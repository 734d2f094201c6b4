import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const astro = path.resolve('node_modules/astro/bin/astro.mjs');
const work = mkdtempSync(path.join(tmpdir(), 'build-check-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `astro build` on a folder of cases (CASES_DIR), into a throwaway output folder. */
function buildWith(cases: string[]) {
  const dir = path.join(work, `cases-${cases.length}-${Date.now()}`);
  for (const file of cases) cpSync(file, path.join(dir, path.basename(file)));
  return spawnSync(process.execPath, [astro, 'build', '--outDir', path.join(dir, 'dist')], {
    env: { ...process.env, CASES_DIR: dir },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

describe('npm run build checks cases like npm run validate', () => {
  it('stops with a Thai and English message naming the file and the field', () => {
    const result = buildWith([
      'tests/fixtures/cases-valid/synthetic-waste-bank.mdx',
      'tests/fixtures/cases-invalid/unknown-area.mdx',
    ]);
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain('unknown-area.mdx');
    expect(output).toMatch(/ช่อง \/ field area/);
    expect(output).toContain('ไม่อยู่ในรายการที่รับได้');
    expect(output).toContain('is not an accepted value');
    expect(output).toMatch(/error\(s\) in case files/);
  }, 120_000);

  it('stops on an ambiguous tambon, listing the places it could be', () => {
    const source = readFileSync('tests/fixtures/cases-valid/synthetic-waste-bank.mdx', 'utf8').replace(
      /places:\n {2}- province: น่าน\n {4}district: ปัว\n/,
      'places:\n  - { province: เชียงใหม่, tambon: ดอนแก้ว }\n',
    );
    const file = path.join(work, 'ambiguous-tambon.mdx');
    writeFileSync(file, source);
    const result = buildWith([file]);
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain('ambiguous-tambon.mdx');
    expect(output).toContain('ต.ดอนแก้ว อ.แม่ริม จ.เชียงใหม่ (500710)');
    expect(output).toContain('ต.ดอนแก้ว อ.สารภี จ.เชียงใหม่ (501909)');
    expect(output).toContain('matches several places');
  }, 120_000);
});
