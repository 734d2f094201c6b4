import { existsSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { readCaseFiles, slugOf } from '../files';
import { normalizeTitle } from '../validate/shared-rules';
import { splitFrontmatter } from '../validate/front-matter';
import type { Existing } from './answers';

/** The slugs and titles of the cases already in `casesDir`, which a new case may not reuse. */
export async function existingCases(root: string, casesDir: string): Promise<Existing> {
  const existing: Existing = { slugs: new Set(), titles: new Map() };
  if (!existsSync(casesDir)) return existing;
  for (const file of await readCaseFiles(root, casesDir)) {
    if (!file.file.endsWith('.mdx')) continue;
    existing.slugs.add(slugOf(file.file));
    const split = splitFrontmatter(file.source);
    const title = split ? (parseDocument(split.frontmatter).toJS() as { title?: unknown } | null)?.title : undefined;
    if (typeof title === 'string') existing.titles.set(normalizeTitle(title), file.file);
  }
  return existing;
}
