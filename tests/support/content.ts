import type { Browser } from 'playwright-core';
import { readCaseFiles } from '../../src/cases/files';
import { checkCaseFiles, type ParsedCase } from '../../src/cases/validate/index';
import { launchBrowser } from './browser';

/** The case files as the validator reads them: what the built site must show. */
export async function loadContentCases(): Promise<ParsedCase[]> {
  const { cases, problems } = await checkCaseFiles(await readCaseFiles(process.cwd()));
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new Error(`content has errors: ${JSON.stringify(errors.slice(0, 3))}`);
  return cases;
}

/** What most browser test files start from: a Chromium and the case files. Close the browser after the file. */
export async function browserAndCases(): Promise<{ browser: Browser; cases: ParsedCase[] }> {
  const [browser, cases] = await Promise.all([launchBrowser(), loadContentCases()]);
  return { browser, cases };
}
