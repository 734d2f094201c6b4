import { readCaseFiles } from '../../src/cases/files';
import { checkCaseFiles, type ParsedCase } from '../../src/cases/validate/index';

/** The case files as the validator reads them: what the built site must show. */
export async function loadContentCases(): Promise<ParsedCase[]> {
  const { cases, problems } = await checkCaseFiles(await readCaseFiles(process.cwd()));
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new Error(`content has errors: ${JSON.stringify(errors.slice(0, 3))}`);
  return cases;
}
