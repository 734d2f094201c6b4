/**
 * npm run new — creates content/cases/<slug>.mdx (or under CASES_DIR) from a few answers.
 *   npm run new                          asks in Thai, one question at a time
 *   npm run new -- --json answers.json   answers from a JSON file, no questions
 *   npm run new -- --title … --yes       answers as flags, no questions
 * Places are checked against the gazetteer; an existing file is never overwritten.
 * Exits 1 on a wrong answer or an existing file, 130 when cancelled.
 */
import path from 'node:path';
import { CASES_DIR } from '../src/cases/files';
import { collect } from '../src/cases/new-case/collect';
import { NOT_WRITTEN, USAGE, nextSteps, parseCommandLine } from '../src/cases/new-case/command-line';
import { existingCases } from '../src/cases/new-case/existing';
import { interview } from '../src/cases/new-case/interview';
import { Prompter, processTerminal } from '../src/cases/new-case/prompt';
import { writeCaseFile } from '../src/cases/new-case/write';
import { caseTemplate } from '../src/cases/template';
import { formatProblems, type Problem } from '../src/cases/validate/index';

const root = process.cwd();
const casesDir = path.resolve(root, CASES_DIR);
const targetOf = (slug: string) => path.join(casesDir, `${slug}.mdx`);
const fileOf = (slug: string) => path.relative(root, targetOf(slug)).split(path.sep).join('/');

function fail(problems: readonly Problem[]): never {
  process.stderr.write(`${formatProblems(problems)}\n\n${NOT_WRITTEN}`);
  process.exit(1);
}

const command = await parseCommandLine(process.argv.slice(2), root);
if (command.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (command.problems.length) fail(command.problems);
// --json and --yes mean "ask nothing"; so does a missing terminal (CI). Otherwise options only prefill.
const interactive = process.stdin.isTTY === true && !command.yes && command.json === undefined;
if (!interactive && !command.given) {
  process.stderr.write(`ไม่มีคำตอบ และไม่ได้รันในเทอร์มินัลที่ถามได้ (no answers given and no terminal to ask in)\n\n${USAGE}`);
  process.exit(1);
}

const existing = await existingCases(root, casesDir);
const chosen = interactive
  ? await interview(command.answers, existing, new Prompter(processTerminal()), fileOf)
  : collect(command.answers, existing, command.json ?? '(คำสั่ง / command line)');
if (!chosen) process.exit(1);
if (!chosen.answers || !chosen.slug) fail('problems' in chosen ? chosen.problems : []);

const { answers, slug } = chosen;
const file = fileOf(slug);
const problems = await writeCaseFile(targetOf(slug), file, caseTemplate(answers, { slug, plain: true }));
if (problems.length) fail(problems);
process.stdout.write(nextSteps(file, slug));
