// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import path from 'node:path';
import remarkGfm from 'remark-gfm';
import { caseValidation } from './src/integrations/case-validation.ts';
import { offlineEdition } from './src/integrations/offline-edition.ts';
import { searchIndex } from './src/integrations/search-index.ts';

// Test fixtures and benchmark corpora are built from another folder (CASES_DIR): each such folder
// gets its own content cache, so its entries never mix with those of content/cases.
const casesDir = process.env.CASES_DIR;
const cacheDir = casesDir
  ? `./node_modules/.astro/cases-${createHash('sha1').update(path.resolve(casesDir)).digest('hex').slice(0, 12)}`
  : undefined;

export default defineConfig({
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // remark-gfm for GitHub tables; @astrojs/mdx takes the same processor for case files.
  markdown: { processor: unified({ remarkPlugins: [remarkGfm] }) },
  // offlineEdition after searchIndex: the offline copy includes the search index.
  integrations: [caseValidation(), mdx(), searchIndex(), offlineEdition()],
});
