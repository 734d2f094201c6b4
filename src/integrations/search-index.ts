import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { caseRecordFromHtml } from '../lib/search-record';

/** Where the built case pages are, under the output folder. */
const CASES_FOLDER = 'cases';

/** Builds the search records of every built case page (one per folder under dist/cases/). */
export async function readCaseRecords(outDir: string) {
  const folder = path.join(outDir, CASES_FOLDER);
  const slugs = (await readdir(folder, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
  const records = [];
  for (const slug of slugs.sort()) {
    const html = await readFile(path.join(folder, slug, 'index.html'), 'utf8');
    const record = caseRecordFromHtml(html, `/${CASES_FOLDER}/${slug}/`);
    if (!record) throw new Error(`dist/${CASES_FOLDER}/${slug}/index.html is not a case page: nothing to index`);
    records.push(record);
  }
  return records;
}

/** Writes a Pagefind index of the given records to outputPath; throws on any Pagefind error. */
export async function writeSearchIndex(records: Awaited<ReturnType<typeof readCaseRecords>>, outputPath: string) {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'th' });
    if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
    for (const record of records) {
      const added = await index.addCustomRecord(record);
      if (added.errors.length) throw new Error(`Pagefind rejected ${record.url}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}

/**
 * Indexes the built case pages with Pagefind after `astro build`, normalising and segmenting
 * Thai text first (src/lib/search-record.ts) so the index and the search page cut words the same way.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const records = await readCaseRecords(outDir);
        await writeSearchIndex(records, path.join(outDir, 'pagefind'));
        logger.info(`indexed ${records.length} case pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
