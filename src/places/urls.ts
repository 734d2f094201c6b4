/** Where the places pages live: /places/<province>/ and /places/<province>/<tambon code>/. */
import type { District, PlaceMatch, Province, Tambon } from './gazetteer';

/** The URL part of a province: its English name in kebab case (77 distinct names), e.g. chiang-mai. */
/** Lower-case ASCII letters and digits joined by single hyphens, accents dropped: "Don Kaeo" → don-kaeo. */
export function kebab(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A province page's path segment, from its English name. */
export const provinceSlug = (province: Province): string => kebab(province.en);

export const provinceHref = (province: Province) => `/places/${provinceSlug(province)}/`;
/** Tambon pages are keyed by the official code: English tambon names in the sources are unreliable. */
export const tambonHref = (province: Province, tambon: Tambon) => `${provinceHref(province)}${tambon.code}/`;
export const districtAnchor = (district: District) => `d-${district.code}`;

/** Where a case place links to: its tambon page, or the district's part of the province page. */
export function placeHref(match: PlaceMatch): string {
  if (match.tambon) return tambonHref(match.province, match.tambon);
  if (match.district) return `${provinceHref(match.province)}#${districtAnchor(match.district)}`;
  return provinceHref(match.province);
}
