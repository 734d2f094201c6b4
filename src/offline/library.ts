/**
 * The stored copy of the library in the browser's Cache Storage, shared by the save button (the
 * home page) and the service worker (which renews the copy when a new build is deployed).
 * One cache per build version holds the saved library; pages a reader visited are kept apart.
 */
import { MANIFEST_URL, type OfflineFile, type OfflineManifest } from './manifest';

const LIBRARY_PREFIX = 'library-';
/** Pages a reader opened, and the files they need; not versioned (each visit online refreshes its page). */
export const VISITED_CACHE = 'visited';
/** Marks the save's own requests, which the service worker leaves to the network. */
export const SAVE_HEADER = 'x-offline-save';

export const libraryCacheName = (version: string) => `${LIBRARY_PREFIX}${version}`;

/** The key a response is stored under: its path, so ?q=… and Pagefind's ?ts=… find the stored file. */
export function cacheKey(url: string | URL, base?: string): string {
  return new URL(url, base ?? 'http://localhost/').pathname;
}

export interface SaveProgress {
  files: number;
  totalFiles: number;
  bytes: number;
  totalBytes: number;
}

export interface SaveOptions {
  /** Fetches one file from the network (the save button adds SAVE_HEADER). */
  fetchFile: (url: string) => Promise<Response>;
  onProgress?: (progress: SaveProgress) => void;
  /** Files fetched at once. */
  parallel?: number;
}

/** The manifest of each complete stored copy (the manifest is written last), newest cache first. */
export async function storedLibraries(caches: CacheStorage): Promise<OfflineManifest[]> {
  const names = (await caches.keys()).filter((name) => name.startsWith(LIBRARY_PREFIX)).reverse();
  const manifests: OfflineManifest[] = [];
  for (const name of names) {
    const stored = await (await caches.open(name)).match(MANIFEST_URL);
    if (stored) manifests.push((await stored.json()) as OfflineManifest);
  }
  return manifests;
}

/** Whether the copy of this version is stored complete. */
export async function isStored(caches: CacheStorage, version: string): Promise<boolean> {
  if (!(await caches.has(libraryCacheName(version)))) return false;
  return (await (await caches.open(libraryCacheName(version))).match(MANIFEST_URL)) !== undefined;
}

/**
 * Stores every file of `manifest` in its version's cache. A file already there (a save that was cut
 * off) is kept; a file whose revision is the same in a complete older copy is copied from it; the
 * rest are fetched. The manifest goes in last, so a copy without it is known to be incomplete.
 */
export async function saveLibrary(
  caches: CacheStorage,
  manifest: OfflineManifest,
  options: SaveOptions,
): Promise<void> {
  const target = await caches.open(libraryCacheName(manifest.version));
  const older = (await storedLibraries(caches)).find((stored) => stored.version !== manifest.version);
  const olderCache = older ? await caches.open(libraryCacheName(older.version)) : undefined;
  const olderRevision = new Map(older?.files.map((file) => [file.url, file.revision]));
  const progress: SaveProgress = { files: 0, totalFiles: manifest.files.length, bytes: 0, totalBytes: manifest.bytes };

  const store = async (file: OfflineFile) => {
    if (!(await target.match(file.url))) {
      const copy = olderRevision.get(file.url) === file.revision ? await olderCache?.match(file.url) : undefined;
      const response = copy ?? (await options.fetchFile(file.url));
      if (!response.ok) throw new Error(`${file.url}: HTTP ${response.status}`);
      await target.put(file.url, response);
    }
    progress.files += 1;
    progress.bytes += file.bytes;
    options.onProgress?.({ ...progress });
  };
  const queue = [...manifest.files];
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) await store(file);
  };
  await Promise.all(Array.from({ length: options.parallel ?? 4 }, worker));
  const json = JSON.stringify(manifest);
  await target.put(MANIFEST_URL, new Response(json, { headers: { 'content-type': 'application/json' } }));
}

/** Deletes every stored copy but `keep` (older builds, and saves of them that never finished). */
export async function removeOtherLibraries(caches: CacheStorage, keep: string): Promise<void> {
  const names = await caches.keys();
  await Promise.all(
    names
      .filter((name) => name.startsWith(LIBRARY_PREFIX) && name !== libraryCacheName(keep))
      .map((name) => caches.delete(name)),
  );
}

/** A stored response for a path: from a saved copy first (newest first), then from the visited pages. */
export async function storedResponse(caches: CacheStorage, key: string): Promise<Response | undefined> {
  const names = (await caches.keys()).filter((name) => name.startsWith(LIBRARY_PREFIX)).reverse();
  for (const name of [...names, VISITED_CACHE]) {
    if (!(await caches.has(name))) continue;
    const hit = await (await caches.open(name)).match(key);
    if (hit) return hit;
  }
  return undefined;
}
