/**
 * npm run validate [files…]
 * Checks case files without building the site: schema, places, cross-references, MDX.
 * Exits 1 when there is an error; warnings are shown but do not fail.
 */
import { readCaseFiles, readNamedFiles } from '../src/cases/files';
import { countErrors, formatProblems, validateCaseFiles } from '../src/cases/validate/index';
import { placeChecker } from '../src/places/check';

const root = process.cwd();
const named = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const started = performance.now();

const all = await readCaseFiles(root);
// Named files are checked against the whole collection, so duplicates and links still resolve.
const focus = named.length ? await readNamedFiles(root, named) : all;
const focusNames = new Set(focus.map((f) => f.file));
const files = [...focus, ...all.filter((f) => !focusNames.has(f.file))];
const problems = (await validateCaseFiles(files, { checkPlace: placeChecker() })).filter((p) => focusNames.has(p.file));
const errors = countErrors(problems);
const warnings = problems.length - errors;
const seconds = ((performance.now() - started) / 1000).toFixed(1);

if (problems.length) console.log(`${formatProblems(problems)}\n`);
const summary =
  `ตรวจ ${focus.length} ไฟล์ใน ${seconds} วินาที: ข้อผิดพลาด ${errors} คำเตือน ${warnings}\n` +
  `checked ${focus.length} file(s) in ${seconds}s: ${errors} error(s), ${warnings} warning(s)`;
console.log(summary);
process.exit(errors > 0 ? 1 : 0);
