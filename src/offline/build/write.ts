import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  MANIFEST_URL,
  offlineManifest,
  offlineSummary,
  SERVICE_WORKER_URL,
  SUMMARY_URL,
  type OfflineManifest,
} from '../manifest';

const WORKER_SOURCE = fileURLToPath(new URL('../../client/service-worker.ts', import.meta.url));

/** Files read and hashed at the same time. */
const FILES_AT_ONCE = 8;

const shortHash = (content: string | Buffer) => createHash('sha256').update(content).digest('hex').slice(0, 16);

/** Every file under `folder`, as paths relative to it with / separators. */
async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/** Bundles the service worker for this version (minified, one file, no imports left). */
export async function bundleServiceWorker(version: string): Promise<string> {
  const result = await build({
    entryPoints: [WORKER_SOURCE],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2020',
    write: false,
    define: { OFFLINE_VERSION: JSON.stringify(version) },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/**
 * Writes the offline edition into a finished build: the manifest of the files a reader can save
 * (each with a content hash, the whole versioned by them), its summary for the save button, and
 * the service worker with that version in it, so a new build is a new worker that renews the copy.
 */
export async function writeOfflineEdition(outDir: string): Promise<{ manifest: OfflineManifest; workerBytes: number }> {
  // A few files at a time: a 10,000-case build has tens of thousands, and reading them all at
  // once would hold many in memory together.
  const paths = await listFiles(outDir);
  const files: Array<{ path: string; bytes: number; revision: string }> = new Array(paths.length);
  let next = 0;
  const hashFiles = async () => {
    for (let at = next++; at < paths.length; at = next++) {
      const content = await readFile(path.join(outDir, paths[at]!));
      files[at] = { path: paths[at]!, bytes: content.byteLength, revision: shortHash(content) };
    }
  };
  await Promise.all(Array.from({ length: FILES_AT_ONCE }, hashFiles));
  const manifest = offlineManifest(files, shortHash);
  const out = (url: string) => path.join(outDir, ...url.split('/'));
  await mkdir(path.dirname(out(MANIFEST_URL)), { recursive: true });
  await writeFile(out(MANIFEST_URL), JSON.stringify(manifest));
  await writeFile(out(SUMMARY_URL), JSON.stringify(offlineSummary(manifest)));
  const worker = await bundleServiceWorker(manifest.version);
  await writeFile(out(SERVICE_WORKER_URL), worker);
  return { manifest, workerBytes: Buffer.byteLength(worker) };
}
