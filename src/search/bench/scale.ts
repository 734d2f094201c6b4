/**
 * Search at scale: for each size, synthetic cases generated, the site built from them in a
 * private copy of the project, then build time, index size, the bytes a browser fetches for a
 * cold first query and warm query latency (src/search/bench/measure.ts).
 */
import { cpSync, existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeSyntheticCases } from '../../cases/synthetic/writer';
import { FACET_FILE } from '../bundle';
import {
  coldQuery,
  hotListStats,
  latencyQueries,
  sizeOf,
  warmLatency,
  type ColdQuery,
  type QueryCase,
} from './measure';
import { run } from './site-build';

export interface ScaleRow {
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
 * A private copy of the project to build synthetic corpora in: Astro keeps its content store in
 * .astro/ and node_modules/.astro/, which a 10,000-case build must not share with builds of the
 * real site running in the main folder at the same time. Packages are symlinked, not copied;
 * content/ is copied without its cases.
 */
export async function prepareBuildRoot(root: string, benchDir: string): Promise<string> {
  const project = path.join(benchDir, 'project');
  await rm(project, { recursive: true, force: true });
  await mkdir(path.join(project, 'node_modules'), { recursive: true });
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    if (existsSync(path.join(root, entry)))
      cpSync(path.join(root, entry), path.join(project, entry), { recursive: true });
  // The site's other content (the decentralization tracker…); the cases come from CASES_DIR.
  cpSync(path.join(root, 'content'), path.join(project, 'content'), {
    recursive: true,
    filter: (source) => path.relative(path.join(root, 'content'), source) !== 'cases',
  });
  for (const entry of await readdir(path.join(root, 'node_modules')))
    if (!['.astro', '.vite', '.vite-temp', '.vitest-cache'].includes(entry))
      await symlink(path.join(root, 'node_modules', entry), path.join(project, 'node_modules', entry));
  return project;
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

export interface ScaleOptions {
  /** The project, whose node_modules the builds use. */
  root: string;
  /** Where synthetic cases, builds and logs go (.bench/). */
  benchDir: string;
  /** Measure .bench/site-<size> as built by an earlier run instead of building again. */
  reuseBuilds: boolean;
  buildTimeoutMs: number;
  /** The private copy of the project, made on first use (prepareBuildRoot). */
  buildRoot: () => Promise<string>;
}

/** Generates `size` synthetic cases, builds them and measures the site. */
export async function scaleRun(size: number, fixture: readonly QueryCase[], options: ScaleOptions): Promise<ScaleRow> {
  const { root, benchDir } = options;
  const relative = (file: string) => path.relative(root, file);
  const casesDir = path.join(benchDir, `synthetic-${size}`, 'cases');
  const siteDir = path.join(benchDir, `site-${size}`);
  const statsFile = path.join(benchDir, `build-${size}.json`);
  if (options.reuseBuilds && existsSync(path.join(siteDir, 'pagefind')) && existsSync(statsFile)) {
    console.log(`\n[${size}] reusing ${relative(siteDir)}`);
    const stats = JSON.parse(await readFile(statsFile, 'utf8')) as Pick<
      ScaleRow,
      'buildSeconds' | 'indexMs' | 'maxRssMb'
    >;
    return { size, status: 'ok', ...stats, ...(await measureSite(siteDir, casesDir, fixture)) };
  }
  const timeoutMs = options.buildTimeoutMs;
  const project = await options.buildRoot();
  const generated = await writeSyntheticCases({ count: size, dir: casesDir });
  console.log(
    `\n[${size}] wrote ${generated.count} synthetic cases to ${relative(casesDir)} (places from ${generated.placesFrom})`,
  );
  await rm(siteDir, { recursive: true, force: true });
  const timeFile = path.join(benchDir, `time-${size}.txt`);
  const useTime = existsSync('/usr/bin/time');
  const command = ['npx', 'astro', 'build', '--outDir', siteDir];
  console.log(`[${size}] CASES_DIR=${relative(casesDir)} ${command.join(' ')} (in ${relative(project)}) …`);
  const result = await run(
    useTime ? '/usr/bin/time' : command[0]!,
    useTime ? ['-f', '%M', '-o', timeFile, ...command] : command.slice(1),
    {
      cwd: project,
      env: { ...process.env, CASES_DIR: casesDir },
      timeoutMs,
      quiet: true,
    },
  );
  await writeFile(path.join(benchDir, `build-${size}.log`), result.output);
  const maxRssMb =
    useTime && existsSync(timeFile)
      ? Number((await readFile(timeFile, 'utf8')).trim().split('\n').pop()) / 1024
      : undefined;
  if (result.timedOut)
    return {
      size,
      status: `build stopped after ${(timeoutMs / 60_000).toFixed(0)} min`,
      buildSeconds: result.seconds,
      maxRssMb,
    };
  if (result.code !== 0) {
    const oom = /heap out of memory|Allocation failed|ENOMEM/i.test(result.output) || result.signal === 'SIGKILL';
    console.error(result.output.slice(-3000));
    return {
      size,
      status: oom ? 'build ran out of memory' : `build failed (exit ${result.code ?? result.signal})`,
      buildSeconds: result.seconds,
      maxRssMb,
    };
  }
  const indexMs = Number(/indexed \d+ case pages in (\d+) ms/.exec(result.output)?.[1] ?? Number.NaN);
  console.log(
    `[${size}] built in ${result.seconds.toFixed(1)} s (log: ${relative(path.join(benchDir, `build-${size}.log`))})`,
  );
  await writeFile(statsFile, JSON.stringify({ buildSeconds: result.seconds, indexMs, maxRssMb }));
  return {
    size,
    status: 'ok',
    buildSeconds: result.seconds,
    indexMs,
    maxRssMb,
    ...(await measureSite(siteDir, casesDir, fixture)),
  };
}
