/**
 * npm run bench:lighthouse — Lighthouse (mobile, simulated slow 4G) over one page of each type of
 * the production build in dist/ (`npm run bench:lighthouse` builds it first), with Debian's
 * Chromium. Prints each page's median scores, LCP, CLS, TBT and bytes; exits 1 when a page is
 * below the targets (every category ≥ 95, LCP < 2.5 s, CLS < 0.1). A benchmark, not a test:
 * Lighthouse's figures move with the machine's load, so measure when the machine is quiet.
 *
 *   --pages home,search-query   only these page types (names in src/bench/lighthouse/pages.ts)
 *   --runs 3                    runs per page; the report takes each figure's median
 *   --json                      print the report as JSON instead of a table
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { selectPageTypes } from '../../src/bench/lighthouse/pages';
import { formatReport } from '../../src/bench/lighthouse/report';
import { benchLighthouse } from '../../src/bench/lighthouse/run';

const DIST = 'dist';
const { values } = parseArgs({
  options: {
    pages: { type: 'string' },
    runs: { type: 'string', default: '3' },
    json: { type: 'boolean', default: false },
  },
});

const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs must be a whole number ≥ 1, not "${values.runs}"`);
  process.exit(2);
}
if (!existsSync(path.join(DIST, 'index.html'))) {
  console.error('no build in dist/: run `npm run build` first (npm run bench:lighthouse does)');
  process.exit(2);
}

const types = selectPageTypes(values.pages);
const started = Date.now();
// Lighthouse's figures (TBT above all) move with other work on the machine: the load goes with them.
const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
const loadBefore = load();
const report = await benchLighthouse({
  dist: DIST,
  types,
  runs,
  onRun: (name, run, figures) =>
    console.error(
      `  run ${run}/${runs} ${name}: performance ${figures.scores.performance}, LCP ${Math.round(figures.lcpMs)} ms, CLS ${figures.cls.toFixed(3)}, TBT ${Math.round(figures.tbtMs)} ms`,
    ),
});

const conditions = {
  date: new Date().toISOString(),
  runs,
  loadBefore,
  loadAfter: load(),
  seconds: Math.round((Date.now() - started) / 1000),
};
if (values.json) console.log(JSON.stringify({ ...conditions, pages: report }, null, 2));
else {
  const { seconds, loadAfter } = conditions;
  console.log(
    `${formatReport(report)}\n(${runs} run(s) a page, medians; ${seconds} s; load average ${loadBefore} → ${loadAfter})`,
  );
}
process.exit(report.some((page) => page.misses.length > 0) ? 1 : 0);
