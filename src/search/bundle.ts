/**
 * The files the search page reads from the Pagefind bundle folder besides Pagefind itself, and
 * how it reads them: the common-word list, the facet table, the hot lists and, for hot results,
 * the pages' fragments. The search page and the benchmark both use this, through `fetch`.
 */
import { readFacetFile, type FacetFile, type FacetTable } from './facets';
import { rankHotRows, type HotKeys, type HotList } from './hot';

/** The facet table's file name (src/search/facets.ts). */
export const FACET_FILE = 'case-facets.json';
/** The common-word list's file name (src/search/run.ts, phraseWords). */
export const COMMON_WORDS_FILE = 'common-words.json';
/** The hot-list keys' file name (src/search/hot.ts). */
export const HOT_KEYS_FILE = 'hot-keys.json';
/** The file name of hot list `number`. */
export const hotListFile = (number: number) => `hot/${number}.json`;

/** What a result's data holds, as Pagefind's fragment files store it. */
export interface FragmentData {
  url: string;
  content: string;
  meta: Record<string, string>;
  word_count: number;
  filters: Record<string, string[]>;
}

/** A result the hot lists found: Pagefind's shape, without word positions. */
export interface HotResult {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<FragmentData>;
}

/** Answers queries made only of hot terms (see plannedSearch). */
export interface HotSearcher<R> {
  /** Whether every term has a hot list. */
  covers: (terms: readonly string[]) => boolean;
  /** The pages that match every term, best first. */
  search: (terms: readonly string[]) => Promise<R[]>;
}

/** Hot lists hold no positions: one empty array for every hot result, never written to. */
const NO_WORDS: number[] = [];

/** A hot result: one object per page, thousands per search, so a class rather than a closure each. */
class HotHit implements HotResult {
  readonly words = NO_WORDS;
  constructor(
    readonly id: string,
    readonly score: number,
    private readonly fragment: (id: string) => Promise<FragmentData>,
  ) {}
  data() {
    return this.fragment(this.id);
  }
}

/** A Pagefind fragment file: gzip of a signature and then JSON. */
async function readFragment(response: Response): Promise<FragmentData> {
  if (!response.ok || !response.body) throw new Error(`${response.url}: HTTP ${response.status}`);
  const text = await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).text();
  const fragment = JSON.parse(text.slice(text.indexOf('{'))) as FragmentData;
  // As pagefind.js does before it hands a fragment out.
  return { ...fragment, content: fragment.content.replace(/\u200B/g, '') };
}

export interface SearchBundle {
  commonWords: () => Promise<string[]>;
  facets: () => Promise<FacetTable>;
  hotKeys: () => Promise<HotKeys>;
  /** A hot searcher, once the keys are loaded. */
  hot: () => Promise<HotSearcher<HotResult>>;
  fragment: (id: string) => Promise<FragmentData>;
}

/**
 * The bundle at `base` (a URL ending in /), each file fetched once. A missing common-word list or
 * keys file (an index written before they existed) means none; a missing facet table is an error.
 */
export function searchBundle(base: string, fetchFile: typeof fetch = (input) => fetch(input)): SearchBundle {
  const json = async <T>(name: string): Promise<T> => {
    const response = await fetchFile(`${base}${name}`);
    if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
    return (await response.json()) as T;
  };
  const once = <T>(load: () => Promise<T>) => {
    let loaded: Promise<T> | undefined;
    return () => (loaded ??= load());
  };
  const lists = new Map<number, Promise<HotList>>();
  const list = (number: number) => {
    let loaded = lists.get(number);
    if (!loaded) lists.set(number, (loaded = json<HotList>(hotListFile(number))));
    return loaded;
  };
  const commonWords = once(() => json<string[]>(COMMON_WORDS_FILE).catch(() => []));
  const facets = once(() => json<FacetFile>(FACET_FILE).then(readFacetFile));
  const hotKeys = once(() => json<HotKeys>(HOT_KEYS_FILE).catch((): HotKeys => ({ pages: 0, keys: {} })));
  const fragment = async (id: string) => readFragment(await fetchFile(`${base}fragment/${id}.pf_fragment`));
  const hot = once(async (): Promise<HotSearcher<HotResult>> => {
    const { keys } = await hotKeys();
    return {
      covers: (terms) => terms.length > 0 && terms.every((term) => Object.hasOwn(keys, term)),
      search: async (terms) => {
        const [table, ...found] = await Promise.all([facets(), ...terms.map((term) => list(keys[term]!))]);
        for (const hotList of found)
          if (hotList.levels.length !== table.ids.length)
            throw new Error(
              `${HOT_KEYS_FILE}: a hot list covers ${hotList.levels.length} pages, the facet table ${table.ids.length}`,
            );
        const rows = rankHotRows(found);
        return rows.map((row, rank) => new HotHit(table.ids[row]!, rows.length - rank, fragment));
      },
    };
  });
  return { commonWords, facets, hotKeys, hot, fragment };
}
