/**
 * npm run bench:synthetic -- <count> [dir] [--seed 1] [--reviewed YYYY-MM-DD]
 *
 * Writes <count> synthetic case files (front matter `synthetic: true`, titles starting กรณีจำลอง)
 * for search and build benchmarks, into dir (default .bench/synthetic-<count>/cases), never into
 * content/. The same seed gives the same files; only lastReviewed is today unless --reviewed is
 * given. Places are real tambons from the gazetteer, so the files also pass the place check.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeSyntheticCases } from '../../src/cases/synthetic/writer';
import { bangkokIsoDate } from '../../src/thai/dates';

const USAGE = 'usage: npm run bench:synthetic -- <count> [dir] [--seed 1] [--reviewed YYYY-MM-DD]';

function usage(): never {
  console.error(USAGE);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { seed: { type: 'string', default: '1' }, reviewed: { type: 'string' } },
  });
} catch {
  usage();
}
const { values, positionals } = parsed;
const [countArg, dirArg] = positionals;
const count = Number(countArg);
const seed = Number(values.seed);
const reviewed = values.reviewed ?? bangkokIsoDate(new Date());
if (!Number.isInteger(count) || count < 1 || !/^\d{4}-\d{2}-\d{2}$/.test(reviewed)) usage();

const started = performance.now();
const written = await writeSyntheticCases({ count, dir: dirArg ?? `.bench/synthetic-${count}/cases`, seed, reviewed });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `wrote ${written.count} synthetic cases to ${path.relative(process.cwd(), written.dir)} in ${seconds}s (places from ${written.placesFrom})`,
);
