/**
 * The bare baseline of the build benchmark: an Astro site generated on the fly over the same MDX
 * files, with the project's own astro and @astrojs/mdx (its node_modules, symlinked), one page
 * per case from a content collection without a schema, and no integration but MDX. Pagefind's
 * CLI then indexes it as it comes.
 */
import { mkdir, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

const CONFIG = `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({ cacheDir: './.astro-cache', integrations: [mdx()] });
`;

const contentConfig = (casesDir: string) => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const cases = defineCollection({ loader: glob({ pattern: '**/*.mdx', base: ${JSON.stringify(casesDir)} }) });

export const collections = { cases };
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const cases = await getCollection('cases');
  return cases.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---

<html lang="th">
  <head>
    <meta charset="utf-8" />
    <title>{entry.data.title}</title>
  </head>
  <body>
    <main>
      <h1>{entry.data.title}</h1>
      <p>{entry.data.summary}</p>
      <Content />
    </main>
  </body>
</html>
`;

/**
 * Writes the bare site into `dir` (replacing it) over the cases in `casesDir`, with each package
 * of `root`'s node_modules symlinked, so Vite's and Astro's caches stay inside `dir`.
 */
export async function writeBareSite(root: string, dir: string, casesDir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, 'src', 'pages'), { recursive: true });
  await mkdir(path.join(dir, 'node_modules'), { recursive: true });
  await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: 'bare', private: true, type: 'module' }));
  await writeFile(path.join(dir, 'astro.config.mjs'), CONFIG);
  await writeFile(path.join(dir, 'src', 'content.config.ts'), contentConfig(path.resolve(casesDir)));
  await writeFile(path.join(dir, 'src', 'pages', '[slug].astro'), PAGE);
  for (const entry of await readdir(path.join(root, 'node_modules')))
    if (!['.astro', '.vite', '.vite-temp', '.vitest-cache'].includes(entry))
      await symlink(path.join(root, 'node_modules', entry), path.join(dir, 'node_modules', entry));
}
