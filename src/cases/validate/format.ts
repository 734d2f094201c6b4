import type { Problem } from './problem';

/** Problems grouped by file, errors first, as a coordinator reads them in a terminal. */
export function formatProblems(problems: readonly Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  const blocks: string[] = [];
  for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    const lines = [file];
    const sorted = [...list].sort(
      (a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning') || (a.line ?? 0) - (b.line ?? 0),
    );
    for (const problem of sorted) {
      const mark = problem.severity === 'error' ? '✖ ข้อผิดพลาด / error' : '⚠ คำเตือน / warning';
      const where = [
        problem.line ? `บรรทัด / line ${problem.line}` : '',
        problem.field ? `ช่อง / field ${problem.field}` : '',
      ]
        .filter(Boolean)
        .join(' · ');
      lines.push(`  ${mark}${where ? ` · ${where}` : ''}`);
      lines.push(`    ${problem.th}`);
      lines.push(`    ${problem.en}`);
      if (problem.expected) {
        lines.push(`    ควรเป็น: ${problem.expected.th}`);
        lines.push(`    expected: ${problem.expected.en}`);
        if (problem.expected.example)
          lines.push(`    ตัวอย่าง / example:\n      ${problem.expected.example.replace(/\n/g, '\n      ')}`);
      }
    }
    blocks.push(lines.join('\n'));
  }
  return blocks.join('\n\n');
}
