import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { TrackerFile } from './validate';

/** Where the tracker's files live, relative to the project root. */
export const TRACKER_DIR = 'content/decentralization';
export const COUNTS_FILE = 'content/decentralization-counts.yaml';
export const SERIES_FILE = 'content/decentralization-series.yaml';

/** Hidden files and a guide (README.md) in the folder are not entries. */
const IGNORED = (name: string) => name.startsWith('.') || /^readme\.md$/i.test(name);

/**
 * Every file in the tracker folder (any extension, so a misnamed file is reported rather than
 * skipped), with paths relative to `root`, in name order.
 */
export async function readTrackerFiles(root: string, dir = TRACKER_DIR): Promise<TrackerFile[]> {
  const entries = await readdir(path.resolve(root, dir), { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isFile() && !IGNORED(entry.name))
    .map((entry) => entry.name)
    .sort();
  return Promise.all(names.map((name) => readTrackerFile(root, path.join(dir, name))));
}

/** One file, with its path relative to `root` written with forward slashes. */
export async function readTrackerFile(root: string, file: string): Promise<TrackerFile> {
  return {
    file: path.relative(root, path.resolve(root, file)).split(path.sep).join('/'),
    source: await readFile(path.resolve(root, file), 'utf8'),
  };
}
