/**
 * The problems `npm run validate` finds in the case files, kept up to date by the dev server while
 * coordinators save (src/integrations/editor.ts), for the case preview pages and /review/. The
 * integration and the pages run in one Node process but load their modules separately, so the list
 * lives on globalThis. Dev only: the production build never fills it.
 */
import type { Problem } from '../cases/validate/problem';

const KEY = Symbol.for('tambon-good-practice.case-problems');
type Store = { problems: readonly Problem[]; checkedAt: Date | undefined };
const store = (): Store => ((globalThis as Record<symbol, Store>)[KEY] ??= { problems: [], checkedAt: undefined });

/** Keeps the result of a check of every case file. */
export function keepProblems(problems: readonly Problem[]): void {
  Object.assign(store(), { problems, checkedAt: new Date() });
}

/** The problems of one case file (by its slug) at the last check, errors first. */
export function problemsOfCase(slug: string): Problem[] {
  return store()
    .problems.filter((problem) => problem.file.split('/').pop() === `${slug}.mdx`)
    .sort(
      (a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning') || (a.line ?? 0) - (b.line ?? 0),
    );
}

/** When the last check ran; undefined before the dev server's first one. */
export const lastChecked = (): Date | undefined => store().checkedAt;
