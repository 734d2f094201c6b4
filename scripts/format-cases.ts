/**
 * npm run format:cases [-- --check] [files…]
 * Rewrites case files in the form editor's format (what a save through /keystatic writes), so a save
 * without edits changes nothing. --check only lists the files not in that format (exit 1 if any).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readCaseFiles, readNamedFiles } from '../src/cases/files';
import { formatCaseFiles } from '../src/editor/format-cases';

const { values, positionals } = parseArgs({
  options: { check: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const root = process.cwd();
const files = positionals.length ? await readNamedFiles(root, positionals) : await readCaseFiles(root);
const { formatted, failed } = await formatCaseFiles(files);
const changed = formatted.filter((file) => file.formatted !== file.source);

for (const { file, message } of failed)
  console.error(
    `✖ ${file}\n  แบบฟอร์มอ่านไฟล์นี้ไม่ได้ / the form cannot read this file:\n  ${message.replace(/\n/g, '\n  ')}`,
  );
if (values.check) {
  for (const { file } of changed) console.log(`ยังไม่อยู่ในรูปแบบของแบบฟอร์ม / not in the form's format: ${file}`);
} else {
  for (const file of changed) await writeFile(path.resolve(root, file.file), file.formatted, 'utf8');
}
console.log(
  values.check
    ? `${formatted.length - changed.length}/${formatted.length} ไฟล์อยู่ในรูปแบบแล้ว / files already in the form's format`
    : `จัดรูปแบบใหม่ ${changed.length} จาก ${formatted.length} ไฟล์ / reformatted ${changed.length} of ${formatted.length} files`,
);
process.exit(failed.length > 0 || (values.check && changed.length > 0) ? 1 : 0);
