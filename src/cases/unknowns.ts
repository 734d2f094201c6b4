import type { CaseData } from '../schemas/case';

/** Optional facts a reviewer should know are missing, by front-matter field. */
const OPTIONAL_FACTS = ['knownSince', 'partners', 'budget', 'outcomes', 'studyVisit', 'contact'] as const;

/**
 * What a case leaves unknown, as front-matter fields: the start year when it is ไม่ทราบ, and each
 * optional fact it does not give. For the reviewers' page; nothing here is an error.
 */
export function unknownFields(data: CaseData): string[] {
  const unknown: string[] = [];
  if (data.started === null) unknown.push('started');
  for (const key of OPTIONAL_FACTS) {
    if (key === 'knownSince' && data.started !== null) continue;
    const value = data[key];
    if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) unknown.push(key);
  }
  if (data.sources.some((source) => !source.accessed)) unknown.push('sources[].accessed');
  return unknown;
}
