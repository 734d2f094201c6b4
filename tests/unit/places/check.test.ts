import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateCaseFiles } from '../../../src/cases/validate/index';
import { placeChecker } from '../../../src/places/check';

const base = readFileSync('tests/fixtures/cases-valid/synthetic-waste-bank.mdx', 'utf8');
const withPlace = (place: string) =>
  base.replace(/places:\n {2}- province: น่าน\n {4}district: ปัว\n/, `places:\n${place}\n`);

async function placeProblems(place: string) {
  const source = withPlace(place);
  expect(source).not.toBe(base);
  const problems = await validateCaseFiles([{ file: 'content/cases/place-test.mdx', source }], {
    checkPlace: placeChecker(),
  });
  return problems.filter((p) => p.severity === 'error' && p.field?.startsWith('places'));
}

describe('case places are checked against the gazetteer', () => {
  it('accepts a tambon that names exactly one place', async () => {
    expect(await placeProblems('  - { province: เชียงใหม่, district: แม่ริม, tambon: ดอนแก้ว }')).toEqual([]);
  });

  it('rejects an ambiguous tambon, listing every match with district and province', async () => {
    const [problem, ...rest] = await placeProblems('  - { province: เชียงใหม่, tambon: ดอนแก้ว }');
    expect(rest).toEqual([]);
    expect(problem?.field).toBe('places[0]');
    expect(problem?.line).toBe(10);
    expect(problem?.th).toContain('ต.ดอนแก้ว อ.แม่ริม จ.เชียงใหม่');
    expect(problem?.th).toContain('ต.ดอนแก้ว อ.สารภี จ.เชียงใหม่');
    expect(problem?.en).toMatch(/matches several places/);
  });

  it('rejects an unknown tambon, suggesting the closest names', async () => {
    const [problem] = await placeProblems('  - { province: น่าน, district: ภูเพียง, tambon: น้ำเกียน }');
    expect(problem?.th).toContain('ไม่พบพื้นที่');
    expect(problem?.th).toContain('ต.น้ำเกี๋ยน อ.ภูเพียง จ.น่าน');
    expect(problem?.en).toMatch(/no such place/);
  });

  it('accepts a code given directly and rejects one that contradicts the names', async () => {
    expect(await placeProblems("  - { province: เชียงใหม่, tambon: ดอนแก้ว, code: '500710' }")).toEqual([]);
    const [problem] = await placeProblems("  - { province: น่าน, tambon: ดอนแก้ว, code: '500710' }");
    expect(problem?.field).toBe('places[0]');
  });
});
