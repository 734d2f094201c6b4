/**
 * npm run bench:search [-- --skip-scale] [--sizes 1000,10000] [--build-timeout-min 40] [--reuse-builds]
 *
 * 1. Quality: runs tests/fixtures/search-queries.json against the site's own index
 *    (dist/pagefind, searched with plannedSearch as the search page does) and against a stock
 *    Pagefind index of the same built pages (searched with the raw query, as Pagefind's UI would),
 *    and prints recall@5, precision@5 and MRR side by side, overall and per behaviour, with the
 *    queries ours gets wrong.
 * 2. Scale (unless --skip-scale): for each size, generates synthetic cases, builds the site from
 *    them, and prints build time, index size, bytes a browser fetches for a cold first query and
 *    warm query latency.
 *
 * --reuse-builds measures the synthetic sites already in .bench/site-<N> (from an earlier run with
 * the same sizes) instead of generating and building them again.
 *
 * dist/ is reused when dist/pagefind is newer than every file in content/cases and src/ and holds
 * the same cases; otherwise `astro build` runs first. Everything else is written under .bench/.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefindApi from 'pagefind';
import { FACET_FILE } from '../src/search/bundle';
import { readCaseFiles, slugOf } from '../src/cases/files';
import { normalizeThai } from '../src/thai/normalize';
import { plannedSearch } from '../src/search/run';
import { writeSyntheticCases } from './generate-synthetic-cases';
import { loadPagefind, type LoadedPagefind, type PagefindModule } from '../src/search/bench/pagefind-node';
import {
  coldQuery,
  filesUnder,
  K,
  hotListStats,
  latencyQueries,
  percentile,
  searchOptions,
  sizeOf,
  topSlugs,
  WARM_UP,
  warmLatency,
  type ColdQuery,
  type QueryCase,
} from '../src/search/bench/measure';
import { meanScores, meanScoresBy, scoreQuery, type MeanScores, type QueryScores } from '../src/search/bench/metrics';

const ROOT = process.cwd();
const BENCH = path.join(ROOT, '.bench');
const DIST = path.join(ROOT, 'dist');
const QUERY_FILE = path.join(ROOT, 'tests/fixtures/search-queries.json');

interface Options {
  skipScale: boolean;
  reuseBuilds: boolean;
  sizes: number[];
  buildTimeoutMs: number;
}

function readOptions(argv: readonly string[]): Options {
  const value = (name: string): string | undefined => {
    const at = argv.indexOf(name);
    return at === -1 ? undefined : argv[at + 1];
  };
  const known = new Set(['--skip-scale', '--reuse-builds', '--sizes', '--build-timeout-min']);
  const unknown = argv.filter((arg) => arg.startsWith('--') && !known.has(arg));
  if (unknown.length > 0) throw new Error(`unknown option ${unknown.join(' ')}; options: ${[...known].join(' ')}`);
  const sizes = (value('--sizes') ?? '1000,10000').split(',').map(Number);
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error('--sizes takes positive integers, e.g. --sizes 1000,10000');
  return {
    skipScale: argv.includes('--skip-scale'),
    reuseBuilds: argv.includes('--reuse-builds'),
    sizes,
    // The 10,000-case build took 934 s (peak 10.4 GB) on a 2-core machine.
    buildTimeoutMs: Number(value('--build-timeout-min') ?? 40) * 60_000,
  };
}

// ---------------------------------------------------------------------------------------------
// Files and processes

async function newestMtime(dirs: readonly string[]): Promise<{ file: string; mtime: number }> {
  let newest = { file: '', mtime: 0 };
  for (const dir of dirs)
    for (const file of await filesUnder(dir)) {
      const { mtimeMs } = await stat(file);
      if (mtimeMs > newest.mtime) newest = { file, mtime: mtimeMs };
    }
  return newest;
}

interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  seconds: number;
  output: string;
}

/** Runs a command in its own process group, echoing its output, killing the group on timeout. */
function run(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; quiet?: boolean } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd ?? ROOT, env: options.env ?? process.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let timedOut = false;
    const keep = (chunk: Buffer, to: NodeJS.WriteStream) => {
      const text = chunk.toString();
      output = (output + text).slice(-200_000);
      if (!options.quiet) to.write(text);
    };
    child.stdout.on('data', (chunk: Buffer) => keep(chunk, process.stdout));
    child.stderr.on('data', (chunk: Buffer) => keep(chunk, process.stderr));
    const timer = options.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          if (child.pid) process.kill(-child.pid, 'SIGKILL');
        }, options.timeoutMs)
      : undefined;
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, timedOut, seconds: (performance.now() - started) / 1000, output });
    });
  });
}

const withoutCasesDir = (): NodeJS.ProcessEnv => {
  const env = { ...process.env };
  delete env.CASES_DIR;
  return env;
};

/** Builds dist/ unless the existing build is newer than the cases and the source and holds the same cases. */
async function ensureBuilt(): Promise<void> {
  const entry = path.join(DIST, 'pagefind/pagefind-entry.json');
  let reason = '';
  if (!existsSync(entry)) reason = 'no dist/pagefind';
  else {
    const built = (await stat(entry)).mtimeMs;
    const newest = await newestMtime([path.join(ROOT, 'content/cases'), path.join(ROOT, 'src')]);
    const caseSlugs = (await readCaseFiles(ROOT, 'content/cases')).map((file) => slugOf(file.file)).sort();
    const builtSlugs = existsSync(path.join(DIST, 'cases')) ? (await readdir(path.join(DIST, 'cases'))).sort() : [];
    if (newest.mtime > built) reason = `${path.relative(ROOT, newest.file)} is newer than dist/pagefind`;
    else if (caseSlugs.join() !== builtSlugs.join()) reason = 'dist/cases does not match content/cases';
  }
  if (!reason) {
    console.log('Using the existing build in dist/ (newer than content/cases and src/).');
    return;
  }
  console.log(`Building the site (${reason}) …`);
  const result = await run('npx', ['astro', 'build'], { env: withoutCasesDir(), quiet: true });
  if (result.code !== 0) {
    console.error(result.output.slice(-4000));
    throw new Error(`astro build failed (exit ${result.code})`);
  }
  console.log(`Built in ${result.seconds.toFixed(1)} s.`);
}

/** A stock Pagefind index of the built case pages: no options, Pagefind's own HTML reading. */
async function buildDefaultIndex(siteDir: string, outputPath: string): Promise<void> {
  await rm(outputPath, { recursive: true, force: true });
  try {
    const { index, errors } = await pagefindApi.createIndex();
    if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir, glob: 'cases/**/*.html' });
    if (added.errors.length) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
    console.log(`Default Pagefind index: ${added.page_count} pages → ${path.relative(ROOT, outputPath)}`);
  } finally {
    await pagefindApi.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Quality

type Searcher = (query: string) => Promise<{ slugs: string[]; total: number; how: string }>;

const oursSearcher = (loaded: LoadedPagefind, options: Awaited<ReturnType<typeof searchOptions>>): Searcher => async (query) => {
  const search = await plannedSearch(loaded.pagefind, query, options);
  const how = search.matched === 'phrase' ? `phrase ${search.plan.phrase!.join(' ')}` : search.matched === 'words' ? `words ${search.plan.fallback}` : search.matched;
  return { slugs: await topSlugs(search.results, K), total: search.results.length, how };
};

const defaultSearcher = (pagefind: PagefindModule): Searcher => async (query) => {
  const search = await pagefind.search(query);
  return { slugs: await topSlugs(search.results, K), total: search.results.length, how: 'raw' };
};

interface Judgement {
  item: QueryCase;
  slugs: string[];
  total: number;
  how: string;
  scores: QueryScores;
}

async function judge(queries: readonly QueryCase[], search: Searcher): Promise<Judgement[]> {
  const out: Judgement[] = [];
  for (const item of queries) {
    const { slugs, total, how } = await search(item.query);
    out.push({ item, slugs, total, how, scores: scoreQuery(K, { returned: slugs, expected: item.expected }) });
  }
  return out;
}

const escape = (text: string): string => [...text].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');

/** Shows invisible characters, and Thai marks typed in a non-standard way, as \u escapes. */
const showQuery = (query: string): string =>
  query.replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]|\u0E4D[\u0E48-\u0E4B]*\u0E32|\u0E33[\u0E48-\u0E4B]|[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]{2,}/g, (run) =>
    run.startsWith('\u0E4D') || run.startsWith('\u0E33') || normalizeThai(run) !== run || !/[\u0E31-\u0E4E]/.test(run) ? escape(run) : run,
  );

const fixed = (value: number, digits = 2) => (Number.isNaN(value) ? '  – ' : value.toFixed(digits));
const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - [...text].length));
const padStart = (text: string, width: number) => ' '.repeat(Math.max(0, width - text.length)) + text;

function printQuality(ours: Judgement[], stock: Judgement[]) {
  const rows: Array<[string, MeanScores, MeanScores]> = [['all', meanScores(ours.map((j) => j.scores)), meanScores(stock.map((j) => j.scores))]];
  const oursBy = meanScoresBy(ours, (j) => j.item.behaviour, (j) => j.scores);
  const stockBy = meanScoresBy(stock, (j) => j.item.behaviour, (j) => j.scores);
  for (const [behaviour, scores] of oursBy) rows.push([behaviour, scores, stockBy.get(behaviour)!]);
  console.log(`\nSearch quality on the real cases, k = ${K} (ours = dist/pagefind + plannedSearch; default = stock Pagefind, raw query)`);
  console.log(`${pad('behaviour', 13)}${padStart('n', 4)}   ${pad('recall@5 ours/default', 23)}${pad('precision@5 ours/default', 26)}MRR ours/default`);
  for (const [name, a, b] of rows)
    console.log(
      `${pad(name, 13)}${padStart(String(a.queries), 4)}   ${pad(`${fixed(a.recall)} / ${fixed(b.recall)}`, 23)}${pad(`${fixed(a.precision)} / ${fixed(b.precision)}`, 26)}${fixed(a.mrr)} / ${fixed(b.mrr)}`,
    );
  const all = rows[0]![1];
  console.log(`targets: recall@5 ≥ 0.95 (${all.recall >= 0.95 ? 'met' : 'NOT met'}), precision@5 ≥ 0.90 (${all.precision >= 0.9 ? 'met' : 'NOT met'})`);

  const describe = (j: Judgement, other?: Judgement) =>
    `  [${j.item.behaviour}] ${showQuery(j.item.query)}\n      expected ${j.item.expected.join(', ')}\n      got      ${j.slugs.join(', ') || '(nothing)'}${j.total > K ? ` (+${j.total - K} more)` : ''} via ${j.how}` +
    (other ? `\n      default  ${other.slugs.join(', ') || '(nothing)'} (recall ${fixed(other.scores.recall)}, precision ${fixed(other.scores.precision)})` : '');
  const missed = ours.filter((j) => j.scores.recall < 1);
  console.log(`\nQueries ours misses (recall@5 < 1): ${missed.length}`);
  for (const j of missed) console.log(describe(j, stock.find((s) => s.item === j.item)));
  const noisy = ours.filter((j) => j.scores.recall === 1 && j.scores.precision < 1);
  console.log(`\nQueries ours finds, with other cases in the top ${K} (precision@5 < 1): ${noisy.length}`);
  for (const j of noisy) console.log(describe(j, stock.find((s) => s.item === j.item)));
  const stockMissed = stock.filter((j) => j.scores.recall < 1).length;
  console.log(`\nThe default index misses ${stockMissed} of ${stock.length} queries.`);
}

// ---------------------------------------------------------------------------------------------
// Scale

/**
 * A private copy of the project to build synthetic corpora in: Astro keeps its content store in
 * .astro/ and node_modules/.astro/, which a 10,000-case build must not share with builds of the
 * real site running in the main folder at the same time. Packages are symlinked, not copied.
 */
async function prepareBuildRoot(): Promise<string> {
  const project = path.join(BENCH, 'project');
  await rm(project, { recursive: true, force: true });
  await mkdir(path.join(project, 'node_modules'), { recursive: true });
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    if (existsSync(path.join(ROOT, entry))) cpSync(path.join(ROOT, entry), path.join(project, entry), { recursive: true });
  for (const entry of await readdir(path.join(ROOT, 'node_modules')))
    if (!['.astro', '.vite', '.vite-temp', '.vitest-cache'].includes(entry))
      await symlink(path.join(ROOT, 'node_modules', entry), path.join(project, 'node_modules', entry));
  return project;
}

interface ScaleRow {
  size: number;
  status: string;
  buildSeconds?: number;
  indexMs?: number;
  maxRssMb?: number;
  disk?: Awaited<ReturnType<typeof sizeOf>>;
  cold?: ColdQuery[];
  /** Cold first-query weight of every query of the latency set (wire bytes), sorted. */
  coldMix?: Array<{ query: string; wire: number }>;
  /** The facet table, gzipped (fetched after the first results, or with them when filters are set). */
  facetsGzip?: number;
  hot?: Awaited<ReturnType<typeof hotListStats>>;
  warm?: Awaited<ReturnType<typeof warmLatency>>;
}

/**
 * Measures a built synthetic site: index size, cold first queries (three shown part by part, one
 * with a filter, and every query of the latency set), warm latency.
 */
async function measureSite(siteDir: string, casesDir: string, fixture: readonly QueryCase[]) {
  const bundle = path.join(siteDir, 'pagefind');
  const disk = await sizeOf(bundle);
  const queries = await latencyQueries(casesDir, fixture);
  const cold = [];
  for (const query of ['ป่าชุมชน', 'ผู้สูงอายุ', 'จ.เชียงใหม่']) cold.push(await coldQuery(bundle, query));
  const filtered = await coldQuery(bundle, 'ผู้สูงอายุ', { area: ['health'] });
  cold.push({ ...filtered, query: 'ผู้สูงอายุ + area=health' });
  const coldMix = [];
  for (const query of queries) coldMix.push({ query, wire: (await coldQuery(bundle, query)).wire });
  coldMix.sort((a, b) => a.wire - b.wire);
  const facetsGzip = gzipSync(await readFile(path.join(bundle, FACET_FILE)), { level: 9 }).byteLength;
  const hot = await hotListStats(bundle, queries);
  const warm = await warmLatency(bundle, queries);
  return { disk, cold, coldMix, facetsGzip, hot, warm };
}

async function scaleRun(size: number, buildRoot: () => Promise<string>, fixture: readonly QueryCase[], options: Options): Promise<ScaleRow> {
  const casesDir = path.join(BENCH, `synthetic-${size}`, 'cases');
  const siteDir = path.join(BENCH, `site-${size}`);
  const statsFile = path.join(BENCH, `build-${size}.json`);
  if (options.reuseBuilds && existsSync(path.join(siteDir, 'pagefind')) && existsSync(statsFile)) {
    console.log(`\n[${size}] reusing ${path.relative(ROOT, siteDir)}`);
    const stats = JSON.parse(await readFile(statsFile, 'utf8')) as Pick<ScaleRow, 'buildSeconds' | 'indexMs' | 'maxRssMb'>;
    return { size, status: 'ok', ...stats, ...(await measureSite(siteDir, casesDir, fixture)) };
  }
  const timeoutMs = options.buildTimeoutMs;
  const project = await buildRoot();
  const generated = await writeSyntheticCases({ count: size, dir: casesDir });
  console.log(`\n[${size}] wrote ${generated.count} synthetic cases to ${path.relative(ROOT, casesDir)} (places from ${generated.placesFrom})`);
  await rm(siteDir, { recursive: true, force: true });
  const timeFile = path.join(BENCH, `time-${size}.txt`);
  const useTime = existsSync('/usr/bin/time');
  const command = ['npx', 'astro', 'build', '--outDir', siteDir];
  console.log(`[${size}] CASES_DIR=${path.relative(ROOT, casesDir)} ${command.join(' ')} (in ${path.relative(ROOT, project)}) …`);
  const result = await run(useTime ? '/usr/bin/time' : command[0]!, useTime ? ['-f', '%M', '-o', timeFile, ...command] : command.slice(1), {
    cwd: project,
    env: { ...process.env, CASES_DIR: casesDir },
    timeoutMs,
    quiet: true,
  });
  await writeFile(path.join(BENCH, `build-${size}.log`), result.output);
  const maxRssMb = useTime && existsSync(timeFile) ? Number((await readFile(timeFile, 'utf8')).trim().split('\n').pop()) / 1024 : undefined;
  if (result.timedOut) return { size, status: `build stopped after ${(timeoutMs / 60_000).toFixed(0)} min`, buildSeconds: result.seconds, maxRssMb };
  if (result.code !== 0) {
    const oom = /heap out of memory|Allocation failed|ENOMEM/i.test(result.output) || result.signal === 'SIGKILL';
    console.error(result.output.slice(-3000));
    return { size, status: oom ? 'build ran out of memory' : `build failed (exit ${result.code ?? result.signal})`, buildSeconds: result.seconds, maxRssMb };
  }
  const indexMs = Number(/indexed \d+ case pages in (\d+) ms/.exec(result.output)?.[1] ?? Number.NaN);
  console.log(`[${size}] built in ${result.seconds.toFixed(1)} s (log: ${path.relative(ROOT, path.join(BENCH, `build-${size}.log`))})`);
  await writeFile(statsFile, JSON.stringify({ buildSeconds: result.seconds, indexMs, maxRssMb }));
  return { size, status: 'ok', buildSeconds: result.seconds, indexMs, maxRssMb, ...(await measureSite(siteDir, casesDir, fixture)) };
}

const kb = (bytes: number | undefined) => (bytes === undefined || Number.isNaN(bytes) ? '–' : `${(bytes / 1024).toFixed(0)} KB`);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function printScale(rows: readonly ScaleRow[]) {
  console.log('\nScale (synthetic cases; Node performance.now(); sizes as stored on disk)');
  console.log(
    `${pad('cases', 7)}${pad('build', 9)}${pad('index step', 12)}${pad('max RSS', 10)}${pad('pagefind/ total', 17)}${pad('index parts', 13)}${pad('cold 1st query p50 / p95 / max', 32)}${pad('warm p50 / p95', 18)}+10 fragments p50 / p95`,
  );
  for (const row of rows) {
    const rss = row.maxRssMb === undefined || Number.isNaN(row.maxRssMb) ? '–' : `${row.maxRssMb.toFixed(0)} MB`;
    if (row.status !== 'ok') {
      console.log(`${pad(String(row.size), 7)}${pad(`${row.buildSeconds?.toFixed(0) ?? '–'} s`, 9)}${pad('', 12)}${pad(rss, 10)}${row.status}`);
      continue;
    }
    const mix = row.coldMix!.map((item) => item.wire);
    console.log(
      pad(String(row.size), 7) +
        pad(`${row.buildSeconds!.toFixed(0)} s`, 9) +
        pad(Number.isNaN(row.indexMs) ? '–' : `${(row.indexMs! / 1000).toFixed(1)} s`, 12) +
        pad(rss, 10) +
        pad(`${mb(row.disk!.total)} (${row.disk!.files})`, 17) +
        pad(mb(row.disk!.indexParts), 13) +
        pad(`${kb(percentile(mix, 50))} / ${kb(percentile(mix, 95))} / ${kb(mix.at(-1))}`, 32) +
        pad(`${row.warm!.search.p50.toFixed(1)} / ${row.warm!.search.p95.toFixed(1)} ms`, 18) +
        `${row.warm!.withFragments.p50.toFixed(1)} / ${row.warm!.withFragments.p95.toFixed(1)} ms`,
    );
  }
  for (const row of rows.filter((r) => r.status === 'ok')) {
    const over = row.coldMix!.filter((item) => item.wire > 300 * 1024);
    console.log(
      `\n[${row.size}] cold first query over the ${row.coldMix!.length} latency queries: ${over.length} above 300 KB` +
        (over.length ? ` (${over.map((item) => `${item.query} ${kb(item.wire)}`).join(', ')})` : ''),
    );
    console.log(`[${row.size}] facet table ${kb(row.facetsGzip)} gzipped: fetched after the first results, or with them when filters are set or the hot lists answer`);
    const hot = row.hot!;
    console.log(
      `[${row.size}] hot lists: ${hot.keys} terms in ${hot.lists} lists, key file ${kb(hot.keysGzip)} gzipped; they answered ${hot.answered} of the ${row.coldMix!.length} latency queries (wholly or in part)`,
    );
    console.log(`[${row.size}] cold first query, what a browser fetches (gzip = stored compressed; the JS is served gzipped by a typical server):`);
    for (const cold of row.cold!) {
      const parts = [...cold.parts]
        .map(([kind, part]) => `${kind}${part.files > 1 ? ` ×${part.files}` : ''} ${kb(part.bytes)}${part.gzip && !kind.endsWith('gzipped') ? ' (gzip)' : ''}`)
        .join(', ');
      console.log(`  ${cold.query}: wire ${kb(cold.wire)}, raw ${kb(cold.raw)} — ${parts}`);
    }
    const runP95 = row.warm!.runP95.map((value) => value.toFixed(1)).join(', ');
    console.log(
      `  warm: ${row.warm!.count} queries × ${row.warm!.runs} fresh loads, each after ${WARM_UP.length} warm-up queries; p95 of each load: ${runP95} ms`,
    );
  }
  console.log('\ntargets at 10,000 cases: cold first query ≤ 300 KB in total (engine included), warm p95 < 50 ms');
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const options = readOptions(process.argv.slice(2));
  const queries = JSON.parse(await readFile(QUERY_FILE, 'utf8')) as QueryCase[];
  await mkdir(BENCH, { recursive: true });
  await ensureBuilt();
  const defaultBundle = path.join(BENCH, 'default', 'pagefind');
  await buildDefaultIndex(DIST, defaultBundle);

  const ours = await loadPagefind(path.join(DIST, 'pagefind'));
  const stock = await loadPagefind(defaultBundle);
  const oursJudged = await judge(queries, oursSearcher(ours, await searchOptions(ours)));
  const stockJudged = await judge(queries, defaultSearcher(stock.pagefind));
  printQuality(oursJudged, stockJudged);

  if (options.skipScale) return;
  let project: Promise<string> | undefined;
  const buildRoot = () => (project ??= prepareBuildRoot());
  const rows: ScaleRow[] = [];
  for (const size of options.sizes) {
    const row = await scaleRun(size, buildRoot, queries, options);
    rows.push(row);
    printScale(rows);
  }
}

await main();
