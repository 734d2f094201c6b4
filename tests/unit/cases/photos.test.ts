import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateCaseFiles } from '../../../src/cases/validate/index';

const FILE = 'content/cases/synthetic-photo-case.mdx';
const withPhoto = readFileSync('tests/fixtures/cases-photos/synthetic-photo-case.mdx', 'utf8');

describe('photos of a case', () => {
  it('a photo with a caption, a credit and a licence passes', async () => {
    const problems = await validateCaseFiles([{ file: FILE, source: withPhoto }]);
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('a photo without a licence is refused, naming the file and the field', async () => {
    const source = withPhoto.replace(/^ {4}licence: .*\n/m, '');
    expect(source).not.toBe(withPhoto);
    const errors = (await validateCaseFiles([{ file: FILE, source }])).filter(
      (problem) => problem.severity === 'error',
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: FILE, field: 'photos[0].licence' });
    expect(errors[0]!.th).toMatch(/[ก-๙]/);
    expect(errors[0]!.en).toMatch(/[a-z]/);
  });

  it('a photo file outside the folder named after the case is refused', async () => {
    const source = withPhoto.replace('./synthetic-photo-case/photos/0/file.png', 'https://example.org/photo.png');
    const errors = (await validateCaseFiles([{ file: FILE, source }])).filter(
      (problem) => problem.severity === 'error',
    );
    expect(errors.map((problem) => problem.field)).toEqual(['photos[0].file']);
  });
});
