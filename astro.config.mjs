// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { caseValidation } from './src/integrations/case-validation.ts';
import { searchIndex } from './src/integrations/search-index.ts';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { remarkPlugins: [remarkGfm] },
  integrations: [caseValidation(), mdx(), searchIndex()],
});
