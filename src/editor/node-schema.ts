/**
 * The case form's fields for use in Node (the case formatter and its tests). Keystatic's Node build
 * leaves out its editor, so the MDX body field comes from its browser build, the one the form runs;
 * every other field is the same code in both builds.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { fields } from '@keystatic/core';
import { caseEntrySchema } from './case-schema';

export async function caseEntrySchemaForNode() {
  const require = createRequire(import.meta.url);
  const packageDir = path.dirname(require.resolve('@keystatic/core/package.json'));
  const browser = (await import(pathToFileURL(path.join(packageDir, 'dist/keystatic-core.js')).href)) as {
    fields: typeof fields;
  };
  return caseEntrySchema(browser.fields.mdx);
}
