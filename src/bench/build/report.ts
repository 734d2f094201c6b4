/** The build benchmark's printout: per size, the three builds, the two ratios, the growth, where the time goes. */
import type { BuildRow } from './run';

/** The targets (issue 15). */
export const TARGETS = { time: 2.0, memory: 1.5, growth: 11 } as const;

const seconds = (value: number) => `${value.toFixed(1)} s`;
const gigabytes = (mb: number | undefined) => (mb === undefined ? '?' : `${(mb / 1024).toFixed(2)} GB`);
const ratio = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : '?');
const verdict = (value: number, target: number) =>
  Number.isFinite(value) ? (value <= target ? `≤ ${target}: met` : `> ${target}: NOT met`) : '';

/** The time and memory ratios of one size. */
export function ratios(row: BuildRow): { time: number; memory: number } {
  return {
    time: row.project.seconds / (row.bare.seconds + row.pagefind.seconds),
    memory: (row.project.peakMb ?? Number.NaN) / (row.bare.peakMb ?? Number.NaN),
  };
}

export function printBuildBench(rows: readonly BuildRow[]): void {
  console.log('\n## Build: the project against bare Astro + the Pagefind CLI, same synthetic cases, same run');
  console.log("peak = the largest single process's maximum RSS (GNU time %M)\n");
  console.log(
    '| cases | project | bare Astro | Pagefind CLI | time ratio project/(bare+CLI) | memory ratio project/bare |',
  );
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const row of rows) {
    const { time, memory } = ratios(row);
    const cell = (m: BuildRow['project']) =>
      m.status === 'ok' ? `${seconds(m.seconds)}, ${gigabytes(m.peakMb)}` : `${m.status} (${seconds(m.seconds)})`;
    console.log(
      `| ${row.size.toLocaleString('en-US')} | ${cell(row.project)} | ${cell(row.bare)} | ${cell(row.pagefind)} | ` +
        `${ratio(time)} (${verdict(time, TARGETS.time)}) | ${ratio(memory)} (${verdict(memory, TARGETS.memory)}) |`,
    );
  }
  const sorted = [...rows].sort((a, b) => a.size - b.size);
  for (let i = 1; i < sorted.length; i++) {
    const [small, large] = [sorted[i - 1]!, sorted[i]!];
    const factor = large.size / small.size;
    const project = large.project.seconds / small.project.seconds;
    const baseline = (large.bare.seconds + large.pagefind.seconds) / (small.bare.seconds + small.pagefind.seconds);
    const target = (TARGETS.growth * factor) / 10;
    console.log(
      `\nGrowth ${small.size.toLocaleString('en-US')} → ${large.size.toLocaleString('en-US')} cases (×${factor}): ` +
        `project ×${project.toFixed(1)} (${verdict(project, target)}), bare + CLI ×${baseline.toFixed(1)}`,
    );
  }
  for (const row of sorted) {
    console.log(
      `\nWhere the project's ${seconds(row.project.seconds)} go at ${row.size.toLocaleString('en-US')} cases:`,
    );
    for (const phase of row.projectPhases)
      console.log(
        `  ${phase.part ? '    ' : ''}${phase.label.padEnd(phase.part ? 58 : 62)} ${seconds(phase.seconds).padStart(9)}`,
      );
    const bare = row.barePhases.map((phase) => `${phase.label} ${seconds(phase.seconds)}`).join('; ');
    if (bare) console.log(`  bare Astro: ${bare}`);
  }
}
