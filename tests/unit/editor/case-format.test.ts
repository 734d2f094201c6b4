import { describe, expect, it } from 'vitest';
import { readCaseFiles } from '../../../src/cases/files';
import { caseTemplate, BLANK_ANSWERS } from '../../../src/cases/template';
import { formatCaseFiles } from '../../../src/editor/format-cases';

describe("case files in the form editor's format", () => {
  it('every case in content/cases is already in it (npm run format:cases changes nothing)', async () => {
    const files = await readCaseFiles(process.cwd(), 'content/cases');
    const { formatted, failed } = await formatCaseFiles(files);
    expect(failed).toEqual([]);
    expect(formatted.length).toBe(files.length);
    expect(formatted.filter((file) => file.formatted !== file.source).map((file) => file.file)).toEqual([]);
  }, 60_000);

  it('formatting is stable: a formatted file formats to itself', async () => {
    const source = caseTemplate({ ...BLANK_ANSWERS, places: [{ province: 'น่าน' }] }, { slug: 'x-y', plain: true });
    const once = (await formatCaseFiles([{ file: 'content/cases/x-y.mdx', source }])).formatted[0]!.formatted;
    expect(once).not.toBe(source);
    const twice = (await formatCaseFiles([{ file: 'content/cases/x-y.mdx', source: once }])).formatted[0]!.formatted;
    expect(twice).toBe(once);
  });

  it('refuses what the form cannot open (MDX comments), naming the file', async () => {
    const source = caseTemplate({ ...BLANK_ANSWERS, places: [{ province: 'น่าน' }] }, { slug: 'x-y' });
    const { failed } = await formatCaseFiles([{ file: 'content/cases/x-y.mdx', source }]);
    expect(failed[0]?.file).toBe('content/cases/x-y.mdx');
  });
});
