import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readCaseFiles } from '../../src/cases/files';
import { splitFrontmatter } from '../../src/cases/validate/index';
import { CORE_AREAS } from '../../src/cases/vocabulary';

/** Case slugs listed on a built page (cards carry data-case). */
async function listedOn(page: string): Promise<string[]> {
  const html = await readFile(`dist/${page}index.html`, 'utf8');
  return [...html.matchAll(/data-case="([^"]+)"/g)].map((match) => match[1]!);
}

describe('no case is silently dropped', () => {
  it('every published case file becomes a case page and is listed on exactly one area page', async () => {
    const files = (await readCaseFiles(process.cwd())).filter(
      (file) =>
        file.file.endsWith('.mdx') &&
        (parse(splitFrontmatter(file.source)?.frontmatter ?? '') as { status?: string } | null)?.status === 'published',
    );
    const slugs = files
      .map((file) =>
        file.file
          .split('/')
          .pop()!
          .replace(/\.mdx$/, ''),
      )
      .sort();
    const pages = (await readdir('dist/cases', { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(pages).toEqual(slugs);

    const listed: string[] = [];
    for (const area of CORE_AREAS) listed.push(...(await listedOn(`areas/${area.slug}/`)));
    expect(listed.length).toBe(files.length);
    expect([...listed].sort()).toEqual(slugs);
  });
});
