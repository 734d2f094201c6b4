/**
 * npm run validate [files…]
 * Checks case files and decentralization-tracker files without building the site: schema, places,
 * cross-references, local-government names, MDX. Exits 1 when there is an error; warnings are shown
 * but do not fail.
 */
import { readCaseFiles, readNamedFiles } from '../src/cases/files';
import { countErrors, formatProblems, validateCaseFiles } from '../src/cases/validate/index';
import { checkTrackerContent } from '../src/decentralization/build/check';
import { placeChecker, placeLookups } from '../src/places/check';

const root = process.cwd();
const named = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const started = performance.now();

const all = await readCaseFiles(root);
const tracker = await checkTrackerContent(root);
// Named files are checked against the whole collection, so duplicates and links still resolve.
const namedFiles = named.length ? await readNamedFiles(root, named) : [];
const isTracker = (file: string) => file.startsWith('content/decentralization');
const focus = named.length ? namedFiles.filter((f) => !isTracker(f.file)) : all;
const focusNames = new Set([...focus, ...namedFiles].map((f) => f.file));
const files = [...focus, ...all.filter((f) => !focusNames.has(f.file))];
const caseProblems = await validateCaseFiles(files, {
  checkPlace: placeChecker(),
  ...placeLookups(),
  trackerSlugs: tracker.slugs,
});
const problems = [...tracker.problems, ...caseProblems].filter((p) => !named.length || focusNames.has(p.file));
const errors = countErrors(problems);
const warnings = problems.length - errors;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const checked = named.length ? namedFiles.length : all.length + tracker.slugs.size + 2;

if (problems.length) console.log(`${formatProblems(problems)}\n`);
const summary =
  `ตรวจ ${checked} ไฟล์ใน ${seconds} วินาที: ข้อผิดพลาด ${errors} คำเตือน ${warnings}\n` +
  `checked ${checked} file(s) in ${seconds}s: ${errors} error(s), ${warnings} warning(s)`;
console.log(summary);
process.exit(errors > 0 ? 1 : 0);
