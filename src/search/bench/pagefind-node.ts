import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { searchBundle, type FragmentData, type SearchBundle } from '../bundle';
import { PAGEFIND_OPTIONS } from '../create-search';

/** The part of pagefind.js's API that tests and benchmarks use. */
export interface PagefindModule {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (
    query: string | null,
    options?: { filters?: Record<string, string[] | string>; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<{
    results: Array<{ id: string; score: number; words: number[]; data: () => Promise<PagefindResultData> }>;
    unfilteredResultCount: number;
    filters: Record<string, Record<string, number>>;
    totalFilters: Record<string, Record<string, number>>;
  }>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  destroy?: () => Promise<void>;
}

/** What a result's data holds (Pagefind gives an excerpt too; the search page makes its own). */
export type PagefindResultData = FragmentData;

export interface LoadedPagefind {
  pagefind: PagefindModule;
  /** The bundle's other files (common words, facet table, hot lists), fetched as the search page fetches them. */
  files: SearchBundle;
  /** Bytes read from the bundle so far, by file (for cold-query weight figures). */
  bytesRead: Map<string, number>;
}

let installed = false;
const bundles = new Map<string, Map<string, number>>();

/**
 * Loads a built pagefind.js in Node, as the search page would in a browser whose
 * `<html lang="th">`: fetch reads the bundle from disk, and a minimal document reports the language.
 * `engineOptions` are the search page's unless given (`{}` for stock Pagefind).
 */
export async function loadPagefind(
  bundleDir: string,
  engineOptions: Record<string, unknown> = PAGEFIND_OPTIONS,
): Promise<LoadedPagefind> {
  const dir = path.resolve(bundleDir);
  const bytesRead = new Map<string, number>();
  bundles.set(pathToFileURL(dir).href, bytesRead);
  if (!installed) {
    installed = true;
    const realFetch = globalThis.fetch;
    const g = globalThis as Record<string, unknown>;
    g.document ??= {
      currentScript: null,
      querySelector: (selector: string) =>
        selector === 'html' ? { getAttribute: (name: string) => (name === 'lang' ? 'th' : null) } : null,
    };
    globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (!url.startsWith('file:')) return realFetch(input, init);
      const file = new URL(url);
      const body = await readFile(file);
      for (const [root, counter] of bundles)
        if (file.href.startsWith(root)) counter.set(file.pathname, (counter.get(file.pathname) ?? 0) + body.byteLength);
      return new Response(body);
    }) as typeof fetch;
  }
  // A query string makes each load a fresh module instance with its own state.
  const moduleUrl = `${pathToFileURL(path.join(dir, 'pagefind.js')).href}?instance=${bundles.size}-${Date.now()}`;
  const pagefind = (await import(moduleUrl)) as PagefindModule;
  await pagefind.options({ basePath: `${pathToFileURL(dir).href}/`, baseUrl: '/', ...engineOptions });
  await pagefind.init();
  return { pagefind, files: searchBundle(`${pathToFileURL(dir).href}/`), bytesRead };
}
