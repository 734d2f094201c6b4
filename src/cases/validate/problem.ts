import type { FieldGuide } from '../../i18n/case-fields';

export type Severity = 'error' | 'warning';

/** One thing wrong with one file, said in Thai and English. */
export interface Problem {
  file: string;
  severity: Severity;
  /** The front-matter field, e.g. `places[0].tambon`, when the problem is in one. */
  field?: string;
  /** 1-based line in the file, when known. */
  line?: number;
  th: string;
  en: string;
  /** What to write instead, Thai / English. */
  expected?: FieldGuide;
}

/** Records a problem of the file a rule is looking at. */
export type Report = (problem: Omit<Problem, 'file'>) => void;

/** A Report that adds `file` and appends to `problems`. */
export const reportTo =
  (problems: Problem[], file: string): Report =>
  (problem) =>
    problems.push({ file, ...problem });

export const countErrors = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'error').length;
