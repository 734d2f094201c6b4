/**
 * Proposes the ASCII slug of a new case (its file name and URL) from the author's answers: the
 * place's official Latin name (the gazetteer's RTGS) plus the core area, e.g. ดอนแก้ว (Don Kaeo) +
 * health → don-kaeo-health. Pure: the caller passes the resolved place and the slugs already taken.
 */
import type { PlaceMatch } from '../places/gazetteer';
import { kebab } from '../places/urls';
import { CASE_SLUG_PATTERN } from '../schemas/case';
import type { CoreAreaSlug } from './vocabulary';

/** `base`, or `base-2`, `base-3`, … when it is taken. */
export function uniqueSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

export const isCaseSlug = (slug: string): boolean => CASE_SLUG_PATTERN.test(slug);

/**
 * A slug for a new case: the English name of the place's most specific unit (tambon, else district,
 * else province), then the area, made unique against `taken`.
 */
export function proposeSlug(area: CoreAreaSlug, place: PlaceMatch, taken: Iterable<string>): string {
  const latin = place.tambon?.en || place.district?.en || place.province.en;
  return uniqueSlug(`${kebab(latin)}-${area}`, taken);
}
