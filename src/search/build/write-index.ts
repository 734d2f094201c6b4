/**
 * Writes the search bundle after `astro build`: the Pagefind index of the built case pages
 * (through Pagefind's Node API, custom records), then next to it the facet table, the common-word
 * list and the hot lists. Build only.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { COMMON_WORDS_FILE, FACET_FILE, HOT_KEYS_FILE, hotListFile } from '../bundle';
import { readFacetFile, type FacetEntry } from '../facets';
import { caseRecord, commonWords, INDEX_LANGUAGE, type CasePage } from '../record';
import { pageWords } from '../tokens';
import { readCasePage } from './extract';
import { writeFacetFile } from './facet-file';
import { hotListsOf, hotPostings, titleTokens, type HotPostings } from './hot-lists';

/** Records sent to Pagefind and not yet answered, at most. */
const RECORDS_IN_FLIGHT = 16;

/** Where the built case pages are, under the output folder. */
const CASES_FOLDER = 'cases';

/** The names in a folder; none when it does not exist (no case published yet: a folder of drafts only). */
async function readdirOrNone(folder: string) {
  try {
    return await readdir(folder, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Reads every built case page (one per folder under dist/cases/). */
export async function readCasePages(outDir: string): Promise<CasePage[]> {
  const folder = path.join(outDir, CASES_FOLDER);
  const slugs = (await readdirOrNone(folder)).filter((d) => d.isDirectory()).map((d) => d.name);
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
  for (const { name } of await readdirOrNone(folder)) {
    const text = gunzipSync(await readFile(path.join(folder, name))).toString('utf8');
    const json = text.slice(text.indexOf('{'));
    ids.set((JSON.parse(json) as { url: string }).url, name.replace(/\.pf_fragment$/, ''));
  }
  return ids;
}

/**
 * Writes a Pagefind index of the case pages to outputPath, with the facet table, the common-word
 * list and the hot lists next to it; throws on any Pagefind error and when a page is missing
 * from what Pagefind wrote. `common` replaces the list worked out from the pages and `hot` the
 * thresholds of the hot lists (for tests of small indexes).
 */
export async function writeSearchIndex(
  pages: readonly CasePage[],
  outputPath: string,
  options: {
    common?: readonly string[];
    hot?: { share?: number; minPages?: number };
    /** Called as each step ends (the build logs where its time goes). */
    lap?: (step: string) => void;
  } = {},
) {
  const lap = options.lap ?? (() => {});
  const common = options.common ?? commonWords(pages);
  lap('common-words');
  const commonSet = new Set(common);
  const contents: string[] = new Array(pages.length);
  let postings: HotPostings | undefined;
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
    if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
    // Pagefind indexes in its own process: records go to it while the next ones are being made,
    // a few at a time, so both cores work.
    const inFlight: Array<Promise<void>> = [];
    let failure: Error | undefined;
    for (const [at, page] of pages.entries()) {
      const record = caseRecord(page, commonSet);
      contents[at] = record.content;
      inFlight.push(
        index.addCustomRecord(record).then(
          (added) => {
            if (added.errors.length) failure ??= new Error(`Pagefind rejected ${page.url}: ${added.errors.join('; ')}`);
          },
          (error: unknown) => {
            failure ??= error instanceof Error ? error : new Error(String(error));
          },
        ),
      );
      if (inFlight.length >= RECORDS_IN_FLIGHT) await inFlight.shift();
      if (failure) break;
    }
    await Promise.all(inFlight);
    if (failure) throw failure;
    lap('records-and-pagefind-add');
    // Pagefind writes in its own process; the hot lists' postings are read meanwhile.
    const writing = index.writeFiles({ outputPath });
    postings = hotPostings(contents);
    const written = await writing;
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  lap('pagefind-write');
  const ids = await pageIds(outputPath);
  const entries: FacetEntry[] = pages.map((page) => {
    const id = ids.get(page.url);
    if (!id) throw new Error(`Pagefind wrote no fragment for ${page.url}`);
    return { id, filters: page.filters, year: page.year };
  });
  const facetFile = writeFacetFile(entries);
  await writeFile(path.join(outputPath, FACET_FILE), JSON.stringify(facetFile));
  await writeFile(path.join(outputPath, COMMON_WORDS_FILE), JSON.stringify(common));
  lap('facet-table');
  // The hot lists have a character per page in the facet table's row order.
  const rowOf = readFacetFile(facetFile).rows;
  const order: number[] = new Array(pages.length);
  entries.forEach((entry, at) => (order[rowOf.get(entry.id)!] = at));
  const titles = pages.map((page) => titleTokens(pageWords(page.parts.title).flat()));
  const { keys, lists } = hotListsOf(postings!, titles, { ...options.hot, order });
  if (lists.length > 0) await mkdir(path.join(outputPath, path.dirname(hotListFile(0))), { recursive: true });
  for (const [number, list] of lists.entries())
    await writeFile(path.join(outputPath, hotListFile(number)), JSON.stringify(list));
  await writeFile(path.join(outputPath, HOT_KEYS_FILE), JSON.stringify(keys));
  lap('hot-lists');
}
