import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { caseSchema } from './schemas/case';
import { CASES_DIR, slugOf } from './cases/files';

const cases = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: path.resolve(CASES_DIR), generateId: ({ entry }) => slugOf(entry) }),
  schema: caseSchema,
});

export const collections = { cases };
