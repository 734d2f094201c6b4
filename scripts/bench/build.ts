/**
 * npm run bench:build [-- --sizes 1000,10000] [--seed 7] [--timeout-min 60] [--reuse] [--clean]
 *
 * For each size: synthetic cases built by the project and, in the same run over the same files, by
 * a bare Astro site plus the Pagefind CLI; prints wall time, peak memory, the two ratios, the growth
 * between sizes and where the project's time goes (src/bench/build/). Everything goes under
 * .bench/build-bench*. How to read it: scripts/bench/README.md.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { printBuildBench } from '../../src/bench/build/report';
import { buildBench, savedRow, type BuildRow } from '../../src/bench/build/run';

const USAGE = `npm run bench:build [-- options]
  --sizes 10000            the numbers of synthetic cases (comma-separated; 10,000 takes 30+ minutes and 10 GB)
  --seed 7                 the synthetic generator's seed
  --timeout-min 60         stop a build after so many minutes
  --reuse                  print the figures saved by an earlier run for a size instead of building it again
  --clean                  remove each size's built sites once measured
  --help                   this text`;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '7' },
    'timeout-min': { type: 'string', default: '60' },
    reuse: { type: 'boolean', default: false },
    clean: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const sizes = values.sizes.split(',').map(Number);
const seed = Number(values.seed);
if (sizes.some((size) => !Number.isInteger(size) || size < 1) || !Number.isInteger(seed)) {
  console.error(`--sizes takes positive integers (--sizes 1000,10000), --seed an integer\n\n${USAGE}`);
  process.exit(2);
}
const root = process.cwd();
const benchDir = path.join(root, '.bench');
await mkdir(benchDir, { recursive: true });
const rows: BuildRow[] = [];
for (const size of sizes) {
  const saved = values.reuse ? await savedRow(benchDir, size) : undefined;
  rows.push(
    saved ??
      (await buildBench(size, {
        root,
        benchDir,
        seed,
        timeoutMs: Number(values['timeout-min']) * 60_000,
        clean: values.clean,
      })),
  );
  printBuildBench(rows);
}
