import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { placeChecker } from '../../places/check';
import { checkCaseFiles } from '../validate/index';
import type { Problem } from '../validate/problem';

/**
 * Writes a new case file at `target` (shown as `file`) after checking it with the validator's own
 * rules; never over an existing file. Returns the errors that stopped it, none when written.
 */
export async function writeCaseFile(target: string, file: string, mdx: string): Promise<Problem[]> {
  const checked = await checkCaseFiles([{ file, source: mdx }], { checkPlace: placeChecker() });
  const errors = checked.problems.filter((problem) => problem.severity === 'error');
  if (errors.length) return errors;
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
