import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadPagefind, type LoadedPagefind } from '../../src/search/bench/pagefind-node';
import { writeSearchIndex } from '../../src/search/build/write-index';
import { createSearch, type KnowledgeBaseSearch } from '../../src/search/create-search';
import type { CasePage } from '../../src/search/record';

/** A real search index of a few pages in a temporary folder, loaded in Node with the search page's options. */
export interface TempIndex {
  dir: string;
  loaded: LoadedPagefind;
  search: KnowledgeBaseSearch;
  /** Deletes the folder and frees the Pagefind instance. */
  close: () => Promise<void>;
}

export async function tempSearchIndex(
  name: string,
  pages: CasePage[],
  options?: Parameters<typeof writeSearchIndex>[2],
): Promise<TempIndex> {
  const dir = await mkdtemp(path.join(tmpdir(), `${name}-`));
  await writeSearchIndex(pages, dir, options);
  const loaded = await loadPagefind(dir);
  return {
    dir,
    loaded,
    search: createSearch(loaded.pagefind, loaded.files),
    close: async () => {
      await loaded.pagefind.destroy?.();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The URLs of a list of results, sorted. */
export const resultUrls = async (results: ReadonlyArray<{ data: () => Promise<{ url: string }> }>) =>
  (await Promise.all(results.map(async (result) => (await result.data()).url))).sort();
