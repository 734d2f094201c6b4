/**
 * Measuring a built Pagefind bundle the way the search page uses it: bytes a cold first query
 * fetches, warm query latency, size on disk. Shared by the search benchmark and experiments.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { HOT_KEYS_FILE } from '../bundle';
import { createSearch, type KnowledgeBaseSearch } from '../create-search';
import type { FacetSelection } from '../facets';
import { createRandom } from '../../cases/synthetic/random';
import { TOPICS } from '../../cases/synthetic/topics';
import { loadPagefind, type LoadedPagefind } from './pagefind-node';

/** Results whose data counts as "shown" for a query (the benchmark's k). */
export const K = 5;

export interface QueryCase {
  query: string;
  expected: string[];
  behaviour: string;
  note: string;
}

export async function filesUnder(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

export const slugOfUrl = (url: string): string => /\/cases\/([^/]+)/.exec(url)?.[1] ?? url;

export async function topSlugs(
  results: ReadonlyArray<{ data: () => Promise<{ url: string }> }>,
  k: number,
): Promise<string[]> {
  const data = await Promise.all(results.slice(0, k).map((result) => result.data()));
  return data.map((item) => slugOfUrl(item.url));
}

const INDEX_PART = /(^|\/)(index|fragment|filter|hot)\/|\.pf_meta$|^wasm\..*\.pagefind$|^hot-keys\.json$/;

export async function sizeOf(dir: string) {
  let total = 0;
  let indexParts = 0;
  let files = 0;
  for (const file of await filesUnder(dir)) {
    const { size } = await stat(file);
    total += size;
    files++;
    if (INDEX_PART.test(path.relative(dir, file).split(path.sep).join('/'))) indexParts += size;
  }
  return { total, indexParts, files };
}

const isGzip = async (file: string) => {
  const head = (await readFile(file)).subarray(0, 2);
  return head[0] === 0x1f && head[1] === 0x8b;
};

const kindOf = (file: string): string => {
  const name = file.split('/').pop() ?? file;
  if (file.includes('/index/')) return 'index chunks';
  if (file.includes('/hot/')) return 'hot lists';
  if (file.includes('/fragment/')) return 'fragments';
  if (file.includes('/filter/')) return 'filter chunks';
  if (name.endsWith('.pf_meta')) return 'meta';
  if (name.startsWith('wasm.')) return 'wasm';
  return name;
};

export interface ColdQuery {
  query: string;
  /** Bytes as stored, by kind, with how many files of that kind. */
  parts: Map<string, { files: number; bytes: number; gzip: boolean }>;
  /** Everything a browser fetches with the JS files as stored. */
  raw: number;
  /** The same with pagefind.js and the JSON files gzipped, as a server would send them. */
  wire: number;
}

/**
 * A cold first query as the search page makes it in a browser: pagefind.js and Pagefind's web
 * worker (the page searches in it), then what it fetches: entry, meta, wasm, the index chunks the
 * query needs, the common-word list and the fragments of the phrase hits it checks and of the first
 * five results; JSON files count gzipped, as a server sends them.
 * The facet table counts when the search needs it before the first results: with filters, and
 * when the hot lists answer (their rows are its rows); otherwise the page fetches it after the
 * first results are shown (for the filter counts), and it is not counted here.
 */
export async function coldQuery(bundle: string, query: string, selection: FacetSelection = {}): Promise<ColdQuery> {
  const loaded = await loadPagefind(bundle);
  const { pagefind, bytesRead } = loaded;
  const answer = await searchOf(loaded).run({ query, selection });
  await topSlugs(answer.results, K);
  const parts: ColdQuery['parts'] = new Map();
  let raw = 0;
  let wire = 0;
  for (const name of ['pagefind.js', 'pagefind-worker.js']) {
    const body = await readFile(path.join(bundle, name));
    const gz = gzipSync(body, { level: 9 }).byteLength;
    parts.set(name, { files: 1, bytes: body.byteLength, gzip: false });
    parts.set(`${name} gzipped`, { files: 1, bytes: gz, gzip: true });
    raw += body.byteLength;
    wire += gz;
  }
  for (const [file, bytes] of bytesRead) {
    // JSON files as a server sends them, gzipped; Pagefind's own files are gzip already.
    const json = file.endsWith('.json');
    const sent = json ? gzipSync(await readFile(file), { level: 9 }).byteLength : bytes;
    const kind = `${kindOf(file)}${json ? ' gzipped' : ''}`;
    const part = parts.get(kind) ?? { files: 0, bytes: 0, gzip: json || (await isGzip(file)) };
    part.files++;
    part.bytes += sent;
    parts.set(kind, part);
    raw += bytes;
    wire += sent;
  }
  await pagefind.destroy?.();
  return { query, parts, raw, wire };
}

export const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

/** Queries run before timing, so that the engine and the commonest index chunks are loaded. */
export const WARM_UP = [
  'ชุมชน',
  'ท้องถิ่น',
  'เทศบาล',
  'งบประมาณ',
  'อาสาสมัคร',
  'โรงเรียน',
  'ปี 2560',
  'หมู่บ้าน',
  'กองทุน',
  'สุขภาพ',
];

/** The search page's search over a bundle loaded in Node. */
export const searchOf = ({ pagefind, files }: LoadedPagefind): KnowledgeBaseSearch => createSearch(pagefind, files);

/** Warm latency is measured this many times, each in a freshly loaded Pagefind, and pooled. */
export const WARM_RUNS = 5;

/**
 * Median and p95 of warm queries: after init, the facet table and a warm-up, timed with
 * performance.now(). A query is timed as the search page runs it: the planned search and the
 * filter counts; then with the fragments of the first ten results. The p95 of one pass over 50
 * queries is its third-slowest query, which a garbage collection landing on one query moves by
 * 30 ms from run to run; so the pass is repeated in WARM_RUNS fresh loads (each loading its
 * own index chunks, as a new visitor would) and the figures are taken over all of them, with
 * each run's p95 kept to show the spread.
 */
export async function warmLatency(bundle: string, queries: readonly string[], runs = WARM_RUNS) {
  const searchOnly: number[] = [];
  const withFragments: number[] = [];
  const runP95: number[] = [];
  for (let run = 0; run < runs; run++) {
    const loaded = await loadPagefind(bundle);
    const search = searchOf(loaded);
    await loaded.files.facets();
    for (const query of WARM_UP) await topSlugs((await search.run({ query })).results, 10);
    const thisRun: number[] = [];
    for (const query of queries) {
      const started = performance.now();
      const answer = await search.run({ query });
      await search.filterCounts(answer);
      thisRun.push(performance.now() - started);
      await topSlugs(answer.results, 10);
      withFragments.push(performance.now() - started);
    }
    await loaded.pagefind.destroy?.();
    searchOnly.push(...thisRun);
    runP95.push(
      percentile(
        [...thisRun].sort((a, b) => a - b),
        95,
      ),
    );
  }
  const stats = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
  };
  return { count: queries.length, runs, search: stats(searchOnly), withFragments: stats(withFragments), runP95 };
}

/** What the hot lists of a bundle hold, and how many of `queries` they answered (wholly or in part). */
export async function hotListStats(bundle: string, queries: readonly string[]) {
  const loaded = await loadPagefind(bundle);
  const lists = await loaded.files.hot();
  let used = false;
  // The bundle's files, with hot lists that note their use.
  const noted = {
    ...loaded.files,
    hot: async () => ({
      covers: lists.covers,
      search: (terms: readonly string[]) => ((used = true), lists.search(terms)),
    }),
  };
  const search = createSearch(loaded.pagefind, noted);
  let answered = 0;
  for (const query of queries) {
    await search.run({ query });
    if (used) answered++;
    used = false;
  }
  await loaded.pagefind.destroy?.();
  const keys = await loaded.files.hotKeys();
  const listFiles = (await filesUnder(path.join(bundle, 'hot'))).length;
  const keysGzip = gzipSync(await readFile(path.join(bundle, HOT_KEYS_FILE)), { level: 9 }).byteLength;
  return { keys: Object.keys(keys.keys).length, lists: listFiles, keysGzip, answered };
}

/** About 50 queries of the kinds people type, drawn from the synthetic corpus and the fixture. */
export async function latencyQueries(casesDir: string, fixture: readonly QueryCase[]): Promise<string[]> {
  const random = createRandom(7);
  const files = (await readdir(casesDir)).filter((file) => file.endsWith('.mdx')).sort();
  const places = await Promise.all(
    random.sample(files, 12).map(async (file) => {
      const text = await readFile(path.join(casesDir, file), 'utf8');
      const field = (name: string) => new RegExp(`^[\\s-]+${name}: (.+)$`, 'm').exec(text)?.[1]?.trim() ?? '';
      return { tambon: field('tambon'), district: field('district'), province: field('province') };
    }),
  );
  const queries = [
    ...random.sample(TOPICS, 10).map((topic) => topic.name),
    ...random.sample(
      TOPICS.flatMap((topic) => topic.tags),
      8,
    ),
    ...places.slice(0, 4).map((place) => place.tambon),
    ...places.slice(4, 7).map((place) => `ต.${place.tambon}`),
    ...places.slice(7, 9).map((place) => `อ.${place.district}`),
    ...places.slice(9, 12).map((place) => `จ.${place.province}`),
    '2562',
    '๒๕๕๐',
    '2010',
    'ปี 2545',
    ...random.sample(fixture, 50).map((item) => item.query),
  ];
  return [...new Set(queries)].filter((query) => !WARM_UP.includes(query)).slice(0, 50);
}
