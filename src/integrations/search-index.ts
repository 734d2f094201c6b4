import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stopwatch, timingLine } from '../build/timings';
import { readCasePages, writeSearchIndex } from '../search/build/write-index';

/**
 * Indexes the built case pages with Pagefind after `astro build` (src/search/build/write-index.ts),
 * normalising and segmenting Thai text first so the index and the search page cut words the same way.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const watch = stopwatch();
        const pages = await readCasePages(outDir);
        watch.lap('read-pages');
        await writeSearchIndex(pages, path.join(outDir, 'pagefind'), { lap: watch.lap });
        for (const [step, ms] of watch.steps) logger.info(timingLine(`search.${step}`, ms));
        logger.info(`indexed ${pages.length} case pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
