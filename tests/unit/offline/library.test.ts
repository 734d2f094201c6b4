import { describe, expect, it, vi } from 'vitest';
import {
  cacheKey,
  isStored,
  libraryCacheName,
  removeOtherLibraries,
  saveLibrary,
  storedLibraries,
  storedResponse,
  VISITED_CACHE,
  type SaveProgress,
} from '../../../src/offline/library';
import { MANIFEST_URL, type OfflineManifest } from '../../../src/offline/manifest';
import { FakeCacheStorage } from './fake-caches';

const manifest = (version: string, files: Record<string, string>): OfflineManifest => ({
  version,
  bytes: Object.keys(files).length * 10,
  files: Object.entries(files).map(([url, revision]) => ({ url, revision, bytes: 10 })),
});

/** A network that serves `url@revision` for each file of the current build. */
function network(current: OfflineManifest) {
  const revision = new Map(current.files.map((file) => [file.url, file.revision]));
  return vi.fn(async (url: string) =>
    revision.has(url) ? new Response(`${url}@${revision.get(url)}`) : new Response('missing', { status: 404 }),
  );
}

const text = async (storage: FakeCacheStorage, version: string, url: string) =>
  (await (await storage.open(libraryCacheName(version))).match(url))?.text();

describe('saveLibrary', () => {
  it('stores every file, then the manifest, reporting progress up to the totals', async () => {
    const storage = new FakeCacheStorage();
    const v1 = manifest('v1', { '/': 'a', '/cases/x/': 'b', '/pagefind/pagefind.js': 'c' });
    const progress: SaveProgress[] = [];
    expect(await isStored(storage.asCacheStorage(), 'v1')).toBe(false);
    await saveLibrary(storage.asCacheStorage(), v1, { fetchFile: network(v1), onProgress: (p) => progress.push(p) });
    expect(await text(storage, 'v1', '/cases/x/')).toBe('/cases/x/@b');
    expect(await isStored(storage.asCacheStorage(), 'v1')).toBe(true);
    expect(await storedLibraries(storage.asCacheStorage())).toEqual([v1]);
    expect(progress.map((p) => p.files)).toEqual([1, 2, 3]);
    expect(progress.at(-1)).toEqual({ files: 3, totalFiles: 3, bytes: 30, totalBytes: 30 });
  });

  it('leaves the copy incomplete (no manifest) when a file fails, and resumes without fetching what it has', async () => {
    const storage = new FakeCacheStorage();
    const v1 = manifest('v1', { '/a/': 'a', '/b/': 'b' });
    const failing = vi.fn(async (url: string) =>
      url === '/b/' ? new Response('', { status: 503 }) : new Response(url),
    );
    await expect(saveLibrary(storage.asCacheStorage(), v1, { fetchFile: failing, parallel: 1 })).rejects.toThrow(
      '/b/: HTTP 503',
    );
    expect(await isStored(storage.asCacheStorage(), 'v1')).toBe(false);
    const fetchFile = network(v1);
    await saveLibrary(storage.asCacheStorage(), v1, { fetchFile });
    expect(fetchFile.mock.calls.map(([url]) => url)).toEqual(['/b/']);
    expect(await isStored(storage.asCacheStorage(), 'v1')).toBe(true);
  });

  it('renews a stored copy for a new build: unchanged files copied, changed and new ones fetched, old copies removed', async () => {
    const storage = new FakeCacheStorage();
    const v1 = manifest('v1', { '/': 'a', '/cases/x/': 'b', '/cases/gone/': 'c' });
    await saveLibrary(storage.asCacheStorage(), v1, { fetchFile: network(v1) });
    await storage.open(libraryCacheName('v0')); // an older save that never finished
    const v2 = manifest('v2', { '/': 'a', '/cases/x/': 'b2', '/cases/new/': 'd' });
    const fetchFile = network(v2);
    await saveLibrary(storage.asCacheStorage(), v2, { fetchFile });
    expect(fetchFile.mock.calls.map(([url]) => url).sort()).toEqual(['/cases/new/', '/cases/x/']);
    expect(await text(storage, 'v2', '/')).toBe('/@a');
    expect(await text(storage, 'v2', '/cases/x/')).toBe('/cases/x/@b2');
    expect(await text(storage, 'v2', '/cases/gone/')).toBeUndefined();
    await removeOtherLibraries(storage.asCacheStorage(), 'v2');
    expect(await storage.keys()).toEqual([libraryCacheName('v2')]);
  });
});

describe('storedResponse', () => {
  it('answers from the saved copy before the visited pages, by path', async () => {
    const storage = new FakeCacheStorage();
    await (await storage.open(VISITED_CACHE)).put('/search/', new Response('visited'));
    await (await storage.open(VISITED_CACHE)).put('/about/', new Response('about'));
    const v1 = manifest('v1', { '/search/': 's' });
    await saveLibrary(storage.asCacheStorage(), v1, { fetchFile: network(v1) });
    const caches = storage.asCacheStorage();
    expect(await (await storedResponse(caches, cacheKey('http://site.test/search/?q=ป่าชุมชน')))?.text()).toBe(
      '/search/@s',
    );
    expect(await (await storedResponse(caches, '/about/'))?.text()).toBe('about');
    expect(await storedResponse(caches, '/cases/none/')).toBeUndefined();
    expect(await (await storedResponse(caches, MANIFEST_URL))?.json()).toEqual(v1);
  });

  it('keys requests by path: queries and Pagefind cache tags do not matter', () => {
    expect(cacheKey('http://site.test/pagefind/pagefind-entry.json?ts=123')).toBe('/pagefind/pagefind-entry.json');
    expect(cacheKey('/cases/x/#sources')).toBe('/cases/x/');
  });
});
