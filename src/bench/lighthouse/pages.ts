/**
 * The page types `npm run bench:lighthouse` measures: one table, one line a type. A path with `*`
 * segments stands for every built page it matches, and the heaviest of them (largest index.html)
 * is measured, so a type is judged by its worst page. A new kind of page gets a line here (book
 * pages are still to come; the feeds are XML, not pages for Lighthouse).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface PageType {
  /** Short name, used by --pages and in the report. */
  name: string;
  /** Site path of the page, ending in a slash; `*` matches one folder of dist/. */
  path: string;
  /** Query string added to the path (without `?`). */
  query?: string;
}

export const PAGE_TYPES: readonly PageType[] = [
  { name: 'home', path: '/' },
  { name: 'areas', path: '/areas/' },
  { name: 'area', path: '/areas/*/' },
  { name: 'systems', path: '/systems/' },
  { name: 'system', path: '/systems/*/' },
  { name: 'case', path: '/cases/*/' },
  { name: 'search', path: '/search/' },
  { name: 'search-query', path: '/search/', query: `q=${encodeURIComponent('ชุมชน')}` },
  { name: 'places', path: '/places/' },
  { name: 'province', path: '/places/*/' },
  { name: 'tambon', path: '/places/*/*/' },
  { name: 'visits', path: '/visits/' },
  { name: 'contribute', path: '/contribute/' },
  { name: 'about', path: '/about/' },
  { name: 'network', path: '/network/' },
  { name: 'network-body', path: '/network/*/' },
  { name: 'network-type', path: '/network/type/*/' },
  { name: 'decentralization', path: '/decentralization/' },
  { name: 'decentralization-kind', path: '/decentralization/kind/*/' },
  { name: 'decentralization-entry', path: '/decentralization/*/' },
  { name: 'data', path: '/data/' },
];

/** The built page a type stands for, as a site path with its query, or null when dist/ has none. */
export function resolvePage(dist: string, type: PageType): string | null {
  const segments = type.path.split('/').filter(Boolean);
  let folders = [''];
  for (const segment of segments) {
    folders = folders.flatMap((folder) => {
      if (segment !== '*') return [path.posix.join(folder, segment)];
      const absolute = path.join(dist, folder);
      if (!existsSync(absolute)) return [];
      return readdirSync(absolute, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => path.posix.join(folder, entry.name))
        .sort();
    });
  }
  const sized = folders
    .map((folder) => ({ folder, file: path.join(dist, folder, 'index.html') }))
    .filter(({ file }) => existsSync(file))
    .map(({ folder, file }) => ({ folder, size: statSync(file).size }));
  if (sized.length === 0) return null;
  const heaviest = sized.reduce((best, page) => (page.size > best.size ? page : best));
  const sitePath = heaviest.folder === '' ? '/' : `/${heaviest.folder}/`;
  return type.query ? `${sitePath}?${type.query}` : sitePath;
}

/** The types named in a comma-separated list (all of them when the list is empty); unknown names throw. */
export function selectPageTypes(names: string | undefined, types: readonly PageType[] = PAGE_TYPES): PageType[] {
  if (!names) return [...types];
  return names.split(',').map((name) => {
    const found = types.find((type) => type.name === name.trim());
    if (!found) throw new Error(`unknown page type "${name}"; known: ${types.map((type) => type.name).join(', ')}`);
    return found;
  });
}
