import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCaseFiles } from '../../../src/cases/files';
import { checkCaseFiles, formatProblems, type ParsedCase, type Problem } from '../../../src/cases/validate/index';
import { placeChecker } from '../../../src/places/check';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const AREAS = ['learning', 'health', 'welfare', 'environment', 'policy'];

let problems: Problem[];
let cases: ParsedCase[];
let fileCount: number;

beforeAll(async () => {
  // The same call the build makes (src/integrations/case-validation.ts), on the real content.
  // Run without CASES_DIR so this reads content/cases, not a fixture folder.
  const files = await readCaseFiles(ROOT, 'content/cases');
  fileCount = files.length;
  ({ problems, cases } = await checkCaseFiles(files, { checkPlace: placeChecker() }));
});

describe('content/cases', () => {
  it('has no errors', () => {
    const errors = problems.filter((problem) => problem.severity === 'error');
    expect(errors, formatProblems(errors)).toEqual([]);
  });

  it('has at least 14 cases, every file a valid case', () => {
    expect(cases.length).toBeGreaterThanOrEqual(14);
    expect(cases.length).toBe(fileCount);
  });

  it('has at least two cases in each of the five core areas', () => {
    for (const area of AREAS) {
      const inArea = cases.filter((entry) => entry.data.area === area).map((entry) => entry.slug);
      expect(inArea.length, `${area}: ${inArea.join(', ')}`).toBeGreaterThanOrEqual(2);
    }
  });

  it('gives every case at least one source', () => {
    for (const entry of cases) expect(entry.data.sources.length, entry.slug).toBeGreaterThanOrEqual(1);
  });

  it('does not claim every case is verified', () => {
    expect(cases.some((entry) => entry.data.evidence !== 'verified')).toBe(true);
  });

  it('publishes no synthetic test cases', () => {
    expect(cases.filter((entry) => entry.data.synthetic).map((entry) => entry.slug)).toEqual([]);
  });
});
