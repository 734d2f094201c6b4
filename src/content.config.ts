import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { caseSchema, dropEmptyFields } from './schemas/case';
import { photoFields } from './schemas/photo';
import { countsFileSchema, seriesFileSchema, trackerEntrySchema } from './schemas/decentralization';
import { CASES_DIR, slugOf } from './cases/files';
import { COUNTS_FILE, SERIES_FILE, TRACKER_DIR } from './decentralization/build/files';
import { entrySlugOf } from './decentralization/build/validate';

const cases = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: path.resolve(CASES_DIR), generateId: ({ entry }) => slugOf(entry) }),
  // As src/schemas/case.ts's caseFileSchema, with each photo's file through astro:assets (image()).
  schema: ({ image }) =>
    z.preprocess(dropEmptyFields, caseSchema.extend({ photos: z.array(photoFields(image())).optional() })),
});

/** Tracker entries, one YAML file each, keyed by file name. */
const decentralization = defineCollection({
  loader: glob({ pattern: '*.yaml', base: TRACKER_DIR, generateId: ({ entry }) => entrySlugOf(entry) }),
  schema: trackerEntrySchema,
});

// Each of these files is one document: the `yaml` parser (the validator's) reads it as one entry.
const decentralizationCounts = defineCollection({
  loader: file(COUNTS_FILE, { parser: (text) => ({ counts: parse(text) as Record<string, unknown> }) }),
  schema: countsFileSchema,
});

const decentralizationSeries = defineCollection({
  loader: file(SERIES_FILE, { parser: (text) => ({ series: parse(text) as Record<string, unknown> }) }),
  schema: seriesFileSchema,
});

export const collections = { cases, decentralization, decentralizationCounts, decentralizationSeries };
