/**
 * Brings case files into the form editor's format (what a save through the form writes), so that a
 * save that changes nothing changes no byte and a small edit makes a small diff.
 */
import type { ComponentSchema } from '@keystatic/core';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CASE_EXTENSION, slugOf, type CaseFile } from '../cases/files';
import { formatEntry } from './entry-format';
import { caseEntrySchemaForNode } from './node-schema';

export interface FormattedCase extends CaseFile {
  /** The text in the form's format. */
  formatted: string;
}

/** Each case file with its text in the form's format; files the form cannot read are reported, not formatted. */
export async function formatCaseFiles(
  files: readonly CaseFile[],
  root = process.cwd(),
): Promise<{ formatted: FormattedCase[]; failed: { file: string; message: string }[] }> {
  const schema = (await caseEntrySchemaForNode()) as unknown as Record<string, ComponentSchema>;
  const readAsset = (projectPath: string) => {
    const absolute = path.resolve(root, projectPath);
    return existsSync(absolute) ? new Uint8Array(readFileSync(absolute)) : undefined;
  };
  const formatted: FormattedCase[] = [];
  const failed: { file: string; message: string }[] = [];
  for (const file of files) {
    if (!file.file.endsWith(CASE_EXTENSION)) continue;
    try {
      formatted.push({ ...file, formatted: formatEntry(schema, file.source, slugOf(file.file), readAsset) });
    } catch (error) {
      failed.push({ file: file.file, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return { formatted, failed };
}
