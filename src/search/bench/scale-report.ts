/** Prints the scale benchmark's table and, for each size, what a cold first query fetches. */
import { kb, mb, pad } from './format';
import { percentile, WARM_UP } from './measure';
import type { ScaleRow } from './scale';

export function printScale(rows: readonly ScaleRow[]) {
  console.log('\nScale (synthetic cases; Node performance.now(); sizes as stored on disk)');
  console.log(
    `${pad('cases', 7)}${pad('build', 9)}${pad('index step', 12)}${pad('max RSS', 10)}${pad('pagefind/ total', 17)}${pad('index parts', 13)}${pad('cold 1st query p50 / p95 / max', 32)}${pad('warm p50 / p95', 18)}+10 fragments p50 / p95`,
  );
  for (const row of rows) {
    const rss = row.maxRssMb === undefined || Number.isNaN(row.maxRssMb) ? '–' : `${row.maxRssMb.toFixed(0)} MB`;
    if (row.status !== 'ok') {
      console.log(
        `${pad(String(row.size), 7)}${pad(`${row.buildSeconds?.toFixed(0) ?? '–'} s`, 9)}${pad('', 12)}${pad(rss, 10)}${row.status}`,
      );
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
    console.log(
      `[${row.size}] facet table ${kb(row.facetsGzip)} gzipped: fetched after the first results, or with them when filters are set or the hot lists answer`,
    );
    const hot = row.hot!;
    console.log(
      `[${row.size}] hot lists: ${hot.keys} terms in ${hot.lists} lists, key file ${kb(hot.keysGzip)} gzipped; they answered ${hot.answered} of the ${row.coldMix!.length} latency queries (wholly or in part)`,
    );
    console.log(
      `[${row.size}] cold first query, what a browser fetches (gzip = stored compressed; the JS is served gzipped by a typical server):`,
    );
    for (const cold of row.cold!) {
      const parts = [...cold.parts]
        .map(
          ([kind, part]) =>
            `${kind}${part.files > 1 ? ` ×${part.files}` : ''} ${kb(part.bytes)}${part.gzip && !kind.endsWith('gzipped') ? ' (gzip)' : ''}`,
        )
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
