/**
 * The offline edition's list of files: what "save the whole library" stores in the browser, made at
 * build time from dist/ (src/offline/build/write.ts) and read by the save button and the service worker.
 */

/** The full list, fetched when a reader starts a save. */
export const MANIFEST_URL = '/offline/manifest.json';
/** Version, file count and bytes only: the home page reads it to say the size before a save starts. */
export const SUMMARY_URL = '/offline/summary.json';
/** The service worker's address; its scope is the whole site. */
export const SERVICE_WORKER_URL = '/sw.js';
/** The page shown offline for a page that was neither visited nor saved. */
export const OFFLINE_PAGE_URL = '/offline/';

export interface OfflineFile {
  /** The address the file is served at (a page as its folder, ending in /). */
  url: string;
  bytes: number;
  /** A hash of the file's content: a file with the same revision is not downloaded again. */
  revision: string;
}

export interface OfflineManifest {
  /** A hash of every url and revision: a new build with any change gets a new version. */
  version: string;
  /** Total bytes of all files. */
  bytes: number;
  files: OfflineFile[];
}

export type OfflineSummary = Omit<OfflineManifest, 'files'> & { count: number };

/** Files in dist/ that the offline copy leaves out (paths relative to dist/, with /). */
const LEFT_OUT: readonly RegExp[] = [
  // The books repeat every case page in one long page, and `npm run book` puts PDFs there.
  /^book\//,
  /^areas\/[^/]+\/book\//,
  // Pagefind's own UI and worker: the search page uses neither.
  /^pagefind\/pagefind-(?:component-ui|modular-ui|ui|highlight|worker)\./,
  // For machines and other sites, not for reading: share cards, feeds, open data downloads, sitemaps.
  /^share\//,
  /(^|\/)feed\.xml$/,
  /^data\/cases\.(?:csv|json)$/,
  /^sitemap[^/]*\.xml$/,
  /^robots\.txt$/,
  // The offline machinery itself.
  /^sw\.js$/,
  /^offline\/(?:manifest|summary)\.json$/,
  /^404\.html$/,
];

/** Whether a file of dist/ belongs to the offline copy. */
export function isOfflineFile(distPath: string): boolean {
  return !LEFT_OUT.some((pattern) => pattern.test(distPath));
}

/** The address a file of dist/ is served at: folder/index.html as folder/. */
export function fileUrl(distPath: string): string {
  if (distPath === 'index.html') return '/';
  return `/${distPath.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * The manifest of the offline copy from the files of a build (paths relative to dist/), in URL
 * order; `hash` turns the list of urls and revisions into the version.
 */
export function offlineManifest(
  files: ReadonlyArray<{ path: string; bytes: number; revision: string }>,
  hash: (text: string) => string,
): OfflineManifest {
  const kept = files
    .filter((file) => isOfflineFile(file.path))
    .map((file) => ({ url: fileUrl(file.path), bytes: file.bytes, revision: file.revision }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return {
    version: hash(kept.map((file) => `${file.url} ${file.revision}`).join('\n')),
    bytes: kept.reduce((sum, file) => sum + file.bytes, 0),
    files: kept,
  };
}

export function offlineSummary(manifest: OfflineManifest): OfflineSummary {
  return { version: manifest.version, bytes: manifest.bytes, count: manifest.files.length };
}

const megabytes = new Intl.NumberFormat('th-TH', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A size for readers, in megabytes with one decimal ("6.6 MB"); at least 0.1 MB. */
export function formatMegabytes(bytes: number): string {
  return `${megabytes.format(Math.max(bytes / 1_000_000, 0.1))} MB`;
}
