/// <reference lib="webworker" />
/**
 * The offline edition's service worker, bundled into dist/sw.js after the build
 * (src/offline/build/write.ts) with OFFLINE_VERSION, the version of this build's offline manifest.
 * Pages come from the network first, so an online reader always reads the newest build; when the
 * network fails or is slower than a few seconds, the stored copy answers. Visited pages are kept;
 * the whole library is kept after the home page's save button; a new build renews a saved library.
 */
import { MANIFEST_URL, OFFLINE_PAGE_URL, SERVICE_WORKER_URL, type OfflineManifest } from '../offline/manifest';
import {
  cacheKey,
  isStored,
  removeOtherLibraries,
  SAVE_HEADER,
  saveLibrary,
  storedLibraries,
  storedResponse,
  VISITED_CACHE,
} from '../offline/library';

declare const self: ServiceWorkerGlobalScope;
declare const OFFLINE_VERSION: string;

/** How long a request waits for the network before a stored copy answers. */
const NETWORK_WAIT_MS = 4000;
/** Files a page needs, named in its HTML: the hashed build assets (fonts, scripts). */
const ASSET_PATTERN = /\/_astro\/[^"'()\s<>]+/g;

const fresh = (url: string) => fetch(url, { cache: 'no-cache' });

/** Stores a page and the build assets it names that are not stored yet. */
async function keepPage(key: string, response: Response): Promise<void> {
  const visited = await caches.open(VISITED_CACHE);
  const html = await response.clone().text();
  await visited.put(key, response);
  for (const asset of new Set(html.match(ASSET_PATTERN) ?? [])) {
    if (await storedResponse(caches, asset)) continue;
    const fetched = await fetch(asset).catch(() => undefined);
    if (fetched?.ok) await visited.put(asset, fetched);
  }
}

async function keepUrl(url: string): Promise<void> {
  const response = await fresh(url).catch(() => undefined);
  if (response?.ok && response.headers.get('content-type')?.includes('text/html'))
    await keepPage(cacheKey(url), response);
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      await keepUrl(OFFLINE_PAGE_URL);
      // A reader who saved the library gets this build's copy before this worker takes over.
      if ((await storedLibraries(caches)).length > 0 && !(await isStored(caches, OFFLINE_VERSION))) {
        const manifest = (await (await fresh(MANIFEST_URL)).json()) as OfflineManifest;
        if (manifest.version !== OFFLINE_VERSION)
          throw new Error('a newer build is deployed: its worker will renew the copy');
        await saveLibrary(caches, manifest, { fetchFile: fresh });
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      if (await isStored(caches, OFFLINE_VERSION)) await removeOtherLibraries(caches, OFFLINE_VERSION);
      await self.clients.claim();
      // The page that registered this worker was loaded without it: keep it too.
      const windows = await self.clients.matchAll({ type: 'window' });
      for (const client of windows) if (new URL(client.url).origin === self.location.origin) await keepUrl(client.url);
    })(),
  );
});

type Outcome = { response: Response } | { failed: true } | { late: true };

async function networkFirst(event: FetchEvent, page: boolean): Promise<Response> {
  const request = event.request;
  const key = cacheKey(request.url);
  const network = fetch(request);
  if (page)
    event.waitUntil(
      network.then((response) => (response.ok ? keepPage(key, response.clone()) : undefined)).catch(() => undefined),
    );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const outcome = await Promise.race<Outcome>([
    network.then(
      (response) => ({ response }),
      () => ({ failed: true as const }),
    ),
    new Promise<Outcome>((resolve) => (timer = setTimeout(() => resolve({ late: true }), NETWORK_WAIT_MS))),
  ]);
  clearTimeout(timer);
  if ('response' in outcome) return outcome.response;
  const stored = await storedResponse(caches, key);
  if (stored) return stored;
  if ('late' in outcome) return network;
  const fallback = page ? await storedResponse(caches, OFFLINE_PAGE_URL) : undefined;
  return fallback ?? Response.error();
}

/** Build assets have hashed names: a stored one is never stale. */
async function storedFirst(request: Request): Promise<Response> {
  const key = cacheKey(request.url);
  const stored = await storedResponse(caches, key);
  if (stored) return stored;
  const response = await fetch(request);
  if (response.ok) await (await caches.open(VISITED_CACHE)).put(key, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname === SERVICE_WORKER_URL || request.headers.has(SAVE_HEADER)) return;
  if (url.pathname.startsWith('/_astro/')) event.respondWith(storedFirst(request));
  else event.respondWith(networkFirst(event, request.mode === 'navigate'));
});
