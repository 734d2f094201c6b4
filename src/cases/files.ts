import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** A case file as read from disk: its path relative to the project and its text. */
export interface CaseFile {
  file: string;
  source: string;
}

/** The extension the build publishes; a file with any other is reported, not skipped. */
export const CASE_EXTENSION = '.mdx';

/** The slug of a case file: its file name without the extension. */
export function slugOf(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.[^.]+$/, '');
}

/**
 * Where coordinators keep case files, relative to the project root. CASES_DIR overrides it for
 * test fixtures and generated benchmark corpora, which never live in content/.
 */
export const CASES_DIR = process.env.CASES_DIR ?? 'content/cases';

/** A case's photo: an image in a folder beside the case files (content/cases/<slug>/…), not a case. */
const isPhotoFile = (relativePath: string) =>
  relativePath.split(/[\\/]/).length > 1 && /\.(?:jpe?g|png|webp|avif)$/i.test(relativePath);

/**
 * Files in the cases folder that are not cases: the guide and anything hidden (a dot file or a
 * file in a dot folder), which the build's glob does not pick up either. Everything else is read,
 * so a file the build would publish is always validated and a misnamed one is reported.
 */
const IGNORED = (relativePath: string) =>
  relativePath.split(/[\\/]/).some((part) => part.startsWith('.')) ||
  /^readme\.md$/i.test(path.basename(relativePath)) ||
  isPhotoFile(relativePath);

/**
 * Every file under the cases folder (any extension, so a misnamed file is reported rather than
 * silently skipped), with paths relative to `root`.
 */
export async function readCaseFiles(root: string, dir = CASES_DIR): Promise<CaseFile[]> {
  const absolute = path.resolve(root, dir);
  const entries = await readdir(absolute, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !IGNORED(path.relative(absolute, file)))
    .sort();
  return Promise.all(
    files.map(async (file) => ({
      file: path.relative(root, file).split(path.sep).join('/'),
      source: await readFile(file, 'utf8'),
    })),
  );
}

/** Reads the named files (for `validate file…`), relative to `root`. */
export async function readNamedFiles(root: string, names: readonly string[]): Promise<CaseFile[]> {
  return Promise.all(
    names.map(async (name) => ({
      file: path.relative(root, path.resolve(root, name)).split(path.sep).join('/'),
      source: await readFile(path.resolve(root, name), 'utf8'),
    })),
  );
}
