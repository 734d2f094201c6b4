import { readCaseFiles } from '../cases/files';
import { validateCaseFiles, type Problem } from '../cases/validate/index';
import { checkTrackerContent } from '../decentralization/build/check';
import { placeChecker, placeLookups } from '../places/check';
import { keepProblems } from './problem-store';

/** Checks every case file as `npm run validate` does (the dev server, on each save) and keeps the result. */
export async function recheckCases(root: string): Promise<readonly Problem[]> {
  const tracker = await checkTrackerContent(root);
  const problems = await validateCaseFiles(await readCaseFiles(root), {
    checkPlace: placeChecker(),
    ...placeLookups(),
    trackerSlugs: tracker.slugs,
  });
  keepProblems(problems);
  return problems;
}
