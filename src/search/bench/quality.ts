/**
 * Search quality: the query set (tests/fixtures/search-queries.json) against the site's own index,
 * searched as the search page searches, and against a stock Pagefind index of the same built
 * pages, searched with the raw query as Pagefind's UI would; recall@5, precision@5 and MRR side
 * by side, overall and per behaviour, with the queries ours gets wrong.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefindApi from 'pagefind';
import { normalizeThai } from '../../thai/normalize';
import { fixed, pad, padStart } from './format';
import { K, searchOf, topSlugs, type QueryCase } from './measure';
import { meanScores, meanScoresBy, scoreQuery, type MeanScores, type QueryScores } from './metrics';
import { loadPagefind } from './pagefind-node';

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
    console.log(`Default Pagefind index: ${added.page_count} pages → ${path.relative(process.cwd(), outputPath)}`);
  } finally {
    await pagefindApi.close();
  }
}

type Searcher = (query: string) => Promise<{ slugs: string[]; total: number; how: string }>;

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

const escape = (text: string): string =>
  [...text].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');

/** Shows invisible characters, and Thai marks typed in a non-standard way, as \u escapes. */
const showQuery = (query: string): string =>
  query.replace(
    /[\u200B-\u200D\u2060\uFEFF\u00AD]|\u0E4D[\u0E48-\u0E4B]*\u0E32|\u0E33[\u0E48-\u0E4B]|[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]{2,}/g,
    (run) =>
      run.startsWith('\u0E4D') || run.startsWith('\u0E33') || normalizeThai(run) !== run || !/[\u0E31-\u0E4E]/.test(run)
        ? escape(run)
        : run,
  );

function printQuality(ours: Judgement[], stock: Judgement[]) {
  const rows: Array<[string, MeanScores, MeanScores]> = [
    ['all', meanScores(ours.map((j) => j.scores)), meanScores(stock.map((j) => j.scores))],
  ];
  const oursBy = meanScoresBy(
    ours,
    (j) => j.item.behaviour,
    (j) => j.scores,
  );
  const stockBy = meanScoresBy(
    stock,
    (j) => j.item.behaviour,
    (j) => j.scores,
  );
  for (const [behaviour, scores] of oursBy) rows.push([behaviour, scores, stockBy.get(behaviour)!]);
  console.log(
    `\nSearch quality on the real cases, k = ${K} (ours = dist/pagefind + plannedSearch; default = stock Pagefind, raw query)`,
  );
  console.log(
    `${pad('behaviour', 13)}${padStart('n', 4)}   ${pad('recall@5 ours/default', 23)}${pad('precision@5 ours/default', 26)}MRR ours/default`,
  );
  for (const [name, a, b] of rows)
    console.log(
      `${pad(name, 13)}${padStart(String(a.queries), 4)}   ${pad(`${fixed(a.recall)} / ${fixed(b.recall)}`, 23)}${pad(`${fixed(a.precision)} / ${fixed(b.precision)}`, 26)}${fixed(a.mrr)} / ${fixed(b.mrr)}`,
    );
  const all = rows[0]![1];
  console.log(
    `targets: recall@5 ≥ 0.95 (${all.recall >= 0.95 ? 'met' : 'NOT met'}), precision@5 ≥ 0.90 (${all.precision >= 0.9 ? 'met' : 'NOT met'})`,
  );

  const describe = (j: Judgement, other?: Judgement) =>
    `  [${j.item.behaviour}] ${showQuery(j.item.query)}\n      expected ${j.item.expected.join(', ')}\n      got      ${j.slugs.join(', ') || '(nothing)'}${j.total > K ? ` (+${j.total - K} more)` : ''} via ${j.how}` +
    (other
      ? `\n      default  ${other.slugs.join(', ') || '(nothing)'} (recall ${fixed(other.scores.recall)}, precision ${fixed(other.scores.precision)})`
      : '');
  const missed = ours.filter((j) => j.scores.recall < 1);
  console.log(`\nQueries ours misses (recall@5 < 1): ${missed.length}`);
  for (const j of missed)
    console.log(
      describe(
        j,
        stock.find((s) => s.item === j.item),
      ),
    );
  const noisy = ours.filter((j) => j.scores.recall === 1 && j.scores.precision < 1);
  console.log(`\nQueries ours finds, with other cases in the top ${K} (precision@5 < 1): ${noisy.length}`);
  for (const j of noisy)
    console.log(
      describe(
        j,
        stock.find((s) => s.item === j.item),
      ),
    );
  const stockMissed = stock.filter((j) => j.scores.recall < 1).length;
  console.log(`\nThe default index misses ${stockMissed} of ${stock.length} queries.`);
}

/** Measures and prints the quality of the index in `siteDir`/pagefind; the stock index is written to `defaultBundle`. */
export async function qualityBenchmark(
  siteDir: string,
  defaultBundle: string,
  queries: readonly QueryCase[],
): Promise<void> {
  await buildDefaultIndex(siteDir, defaultBundle);
  const search = searchOf(await loadPagefind(path.join(siteDir, 'pagefind')));
  const stock = (await loadPagefind(defaultBundle, {})).pagefind;
  const ours = await judge(queries, async (query) => {
    const answer = await search.run({ query });
    const { matched, plan } = answer;
    const how =
      matched === 'phrase'
        ? `phrase ${plan.phrase!.join(' ')}`
        : matched === 'words'
          ? `words ${plan.fallback}`
          : matched;
    return { slugs: await topSlugs(answer.results, K), total: answer.results.length, how };
  });
  const standard = await judge(queries, async (query) => {
    const { results } = await stock.search(query);
    return { slugs: await topSlugs(results, K), total: results.length, how: 'raw' };
  });
  printQuality(ours, standard);
}
