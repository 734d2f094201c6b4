/**
 * npm run bench:search [-- --skip-scale] [--sizes 1000,10000] [--build-timeout-min 40] [--reuse-builds]
 *
 * 1. Quality (src/search/bench/quality.ts): the query set against the site's own index and a
 *    stock Pagefind index of the same built pages.
 * 2. Scale (src/search/bench/scale.ts), unless --skip-scale: for each size, synthetic cases built
 *    into a site, then build time, index size, cold first-query bytes and warm latency.
 *
 * dist/ is reused when dist/pagefind is newer than every file in content/cases and src/ and holds
 * the same cases; otherwise `astro build` runs first. Everything else is written under .bench/.
 * How to read the figures: scripts/bench/README.md.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { QueryCase } from '../../src/search/bench/measure';
import { qualityBenchmark } from '../../src/search/bench/quality';
import { prepareBuildRoot, scaleRun, type ScaleRow } from '../../src/search/bench/scale';
import { printScale } from '../../src/search/bench/scale-report';
import { ensureBuilt } from '../../src/search/bench/site-build';

const USAGE = `npm run bench:search [-- options]
  (no option)              quality on the real cases, then scale at 1,000 and 10,000 synthetic cases
  --skip-scale             quality only
  --sizes 1000,10000       the scale sizes (10,000 takes 15+ minutes of both cores)
  --build-timeout-min 40   stop a synthetic build after so many minutes
  --reuse-builds           measure the synthetic sites already in .bench/site-<N> instead of building them
  --help                   this text`;

const ROOT = process.cwd();
const BENCH = path.join(ROOT, '.bench');

function readOptions(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      'skip-scale': { type: 'boolean', default: false },
      'reuse-builds': { type: 'boolean', default: false },
      sizes: { type: 'string', default: '1000,10000' },
      // The 10,000-case build took 934 s (peak 10.4 GB) on a 2-core machine.
      'build-timeout-min': { type: 'string', default: '40' },
      help: { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes.split(',').map(Number);
  if (sizes.some((size) => !Number.isInteger(size) || size < 1))
    throw new Error('--sizes takes positive integers, e.g. --sizes 1000,10000');
  return { ...values, sizes, buildTimeoutMs: Number(values['build-timeout-min']) * 60_000 };
}

async function main() {
  const options = readOptions(process.argv.slice(2));
  if (options.help) return console.log(USAGE);
  const queries = JSON.parse(
    await readFile(path.join(ROOT, 'tests/fixtures/search-queries.json'), 'utf8'),
  ) as QueryCase[];
  await mkdir(BENCH, { recursive: true });
  await ensureBuilt(ROOT);
  await qualityBenchmark(path.join(ROOT, 'dist'), path.join(BENCH, 'default', 'pagefind'), queries);
  if (options['skip-scale']) return;
  let project: Promise<string> | undefined;
  const buildRoot = () => (project ??= prepareBuildRoot(ROOT, BENCH));
  const rows: ScaleRow[] = [];
  for (const size of options.sizes) {
    rows.push(
      await scaleRun(size, queries, {
        root: ROOT,
        benchDir: BENCH,
        reuseBuilds: options['reuse-builds'],
        buildTimeoutMs: options.buildTimeoutMs,
        buildRoot,
      }),
    );
    printScale(rows);
  }
}

await main();
