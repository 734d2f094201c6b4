// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import path from 'node:path';
import remarkGfm from 'remark-gfm';
import { caseValidation } from './src/integrations/case-validation.ts';
import { editor } from './src/integrations/editor.ts';
import { offlineEdition } from './src/integrations/offline-edition.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { timed } from './src/integrations/timed.ts';

// Test fixtures and benchmark corpora are built from another folder (CASES_DIR): each such folder
// gets its own content cache, so its entries never mix with those of content/cases.
const casesDir = process.env.CASES_DIR;
const cacheDir = casesDir
  ? `./node_modules/.astro/cases-${createHash('sha1').update(path.resolve(casesDir)).digest('hex').slice(0, 12)}`
  : undefined;

// Absolute URLs (feeds, data files, sitemap, share tags) start with the address the site is served
// at: set SITE_URL when building for deployment. The default is where `npm start` serves it.
const site = process.env.SITE_URL || 'http://127.0.0.1:4321';

export default defineConfig({
  ...(cacheDir ? { cacheDir } : {}),
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // remark-gfm for GitHub tables; @astrojs/mdx takes the same processor for case files.
  markdown: { processor: unified({ remarkPlugins: [remarkGfm] }) },
  // offlineEdition after searchIndex: the offline copy includes the search index. Each logs how
  // long its build hooks take (npm run bench:build reads it). editor() adds the form editor
  // (Keystatic, React) under `astro dev` only.
  integrations: [...timed([caseValidation(), mdx(), sitemap(), searchIndex(), offlineEdition()]), editor()],
});
