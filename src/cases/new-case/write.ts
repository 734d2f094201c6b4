import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { placeChecker } from '../../places/check';
import { formatCaseFiles } from '../../editor/format-cases';
import { checkCaseFiles } from '../validate/index';
import type { Problem } from '../validate/problem';

/**
 * Writes a new case file at `target` (shown as `file`) after checking it with the validator's own
 * rules, in the form editor's format (what a save through /keystatic writes, so the first save there
 * changes nothing); never over an existing file. Returns the errors that stopped it, none when written.
 */
export async function writeCaseFile(target: string, file: string, source: string): Promise<Problem[]> {
  const checked = await checkCaseFiles([{ file, source }], { checkPlace: placeChecker() });
  const errors = checked.problems.filter((problem) => problem.severity === 'error');
  if (errors.length) return errors;
  const { formatted, failed } = await formatCaseFiles([{ file, source }]);
  if (failed.length || !formatted[0]) throw new Error(`${file}: ${failed.map((entry) => entry.message).join('; ')}`);
  const mdx = formatted[0].formatted;
  await mkdir(path.dirname(target), { recursive: true });
  try {
    await writeFile(target, mdx, { encoding: 'utf8', flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return [
      {
        file,
        severity: 'error',
        field: 'slug',
        th: `มีไฟล์ ${file} อยู่แล้ว จะไม่เขียนทับ ใช้ --slug เพื่อตั้งชื่ออื่น หรือแก้ไฟล์เดิมแทน`,
        en: `${file} already exists and will not be overwritten; choose another --slug or edit that file`,
      },
    ];
  }
  return [];
}
