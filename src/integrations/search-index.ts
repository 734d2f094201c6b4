import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { writeFacetFile, type FacetEntry } from '../lib/search-facets';
import { caseRecord, commonWords, INDEX_LANGUAGE, readCasePage, type CasePage } from '../lib/search-record';

/** Where the built case pages are, under the output folder. */
const CASES_FOLDER = 'cases';

/** The facet table's file name, in the Pagefind bundle folder. */
export const FACET_FILE = 'case-facets.json';

/** The common-word list's file name, in the Pagefind bundle folder (see src/lib/search-run.ts, phraseWords). */
export const COMMON_WORDS_FILE = 'common-words.json';

/** Reads every built case page (one per folder under dist/cases/). */
export async function readCasePages(outDir: string): Promise<CasePage[]> {
  const folder = path.join(outDir, CASES_FOLDER);
  const slugs = (await readdir(folder, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
  const pages = [];
  for (const slug of slugs.sort()) {
    const html = await readFile(path.join(folder, slug, 'index.html'), 'utf8');
    const page = readCasePage(html, `/${CASES_FOLDER}/${slug}/`);
    if (!page) throw new Error(`dist/${CASES_FOLDER}/${slug}/index.html is not a case page: nothing to index`);
    pages.push(page);
  }
  return pages;
}

/** Pagefind's page id for each URL, read from the fragment files it wrote (named by id). */
async function pageIds(outputPath: string): Promise<Map<string, string>> {
  const folder = path.join(outputPath, 'fragment');
  const ids = new Map<string, string>();
  for (const name of await readdir(folder)) {
    const text = gunzipSync(await readFile(path.join(folder, name))).toString('utf8');
    const json = text.slice(text.indexOf('{'));
    ids.set((JSON.parse(json) as { url: string }).url, name.replace(/\.pf_fragment$/, ''));
  }
  return ids;
}

/**
 * Writes a Pagefind index of the case pages to outputPath, with the facet table and the
 * common-word list next to it; throws on any Pagefind error and when a page is missing from what
 * Pagefind wrote. `common` replaces the list worked out from the pages (for tests of small indexes).
 */
export async function writeSearchIndex(pages: readonly CasePage[], outputPath: string, options: { common?: readonly string[] } = {}) {
  const common = options.common ?? commonWords(pages);
  const commonSet = new Set(common);
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
    if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
    for (const page of pages) {
      const added = await index.addCustomRecord(caseRecord(page, commonSet));
      if (added.errors.length) throw new Error(`Pagefind rejected ${page.url}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  const ids = await pageIds(outputPath);
  const entries: FacetEntry[] = pages.map((page) => {
    const id = ids.get(page.url);
    if (!id) throw new Error(`Pagefind wrote no fragment for ${page.url}`);
    return { id, filters: page.filters, year: page.year };
  });
  await writeFile(path.join(outputPath, FACET_FILE), JSON.stringify(writeFacetFile(entries)));
  await writeFile(path.join(outputPath, COMMON_WORDS_FILE), JSON.stringify(common));
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
        const pages = await readCasePages(outDir);
        await writeSearchIndex(pages, path.join(outDir, 'pagefind'));
        logger.info(`indexed ${pages.length} case pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
