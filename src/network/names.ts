/**
 * Local-government names as coordinators write them: one comparable form, the type a name's prefix
 * says, and the name without that prefix (the stem, which a body keeps when its type changes).
 */
import { LOCAL_GOVERNMENT_KINDS, type LocalGovernmentType } from '../cases/vocabulary';
import { expandAbbreviations } from '../thai/abbreviations';
import { normalizeThai } from '../thai/normalize';

/**
 * Bodies of one tier can turn into one another (an อบต. becomes a เทศบาลตำบล, a เทศบาลตำบล a
 * เทศบาลเมือง); across tiers they never do, so an อบจ. and a เทศบาลนคร named after the same
 * province are two bodies.
 */
export type BodyTier = 'basic' | 'provincial' | 'bangkok' | 'pattaya';

const TIER: Readonly<Record<LocalGovernmentType, BodyTier>> = {
  sao: 'basic',
  'subdistrict-municipality': 'basic',
  'town-municipality': 'basic',
  'city-municipality': 'basic',
  pao: 'provincial',
  bangkok: 'bangkok',
  pattaya: 'pattaya',
};

/** The order a body climbs within the basic tier; other tiers have one type each. */
const RANK: Readonly<Record<LocalGovernmentType, number>> = {
  sao: 0,
  'subdistrict-municipality': 1,
  'town-municipality': 2,
  'city-municipality': 3,
  pao: 0,
  bangkok: 0,
  pattaya: 0,
};

export const tierOf = (type: LocalGovernmentType): BodyTier => TIER[type];
export const rankOf = (type: LocalGovernmentType): number => RANK[type];

const compact = (text: string) => text.replace(/[\s\-–.]/gu, '');

/**
 * The form names are compared in: Thai normalised as for search, abbreviations written in full
 * (ทต. → เทศบาลตำบล), no spaces, hyphens or dots.
 */
export function normalizeBodyName(name: string): string {
  return compact(expandAbbreviations(normalizeThai(name)));
}

/** Each type's full Thai name in comparable form, longest first, so เทศบาลตำบล wins over a shorter match. */
const PREFIXES = LOCAL_GOVERNMENT_KINDS.map((kind) => ({ type: kind.slug, prefix: normalizeBodyName(kind.th) })).sort(
  (a, b) => b.prefix.length - a.prefix.length,
);
/** A municipality named without its class (เทศบาลสามง่ามพัฒนา). */
const MUNICIPALITY = normalizeBodyName('เทศบาล');

/** The type a name's prefix gives (เทศบาลตำบลปัว → subdistrict-municipality), if any. */
export function typeInName(name: string): LocalGovernmentType | undefined {
  const normalized = normalizeBodyName(name);
  return PREFIXES.find(({ prefix }) => normalized.startsWith(prefix))?.type;
}

/** The name without its type prefix, in comparable form: อบต.ดอนแก้ว → ดอนแก้ว; กรุงเทพมหานคร → ''. */
export function bodyStem(name: string): string {
  const normalized = normalizeBodyName(name);
  const match = PREFIXES.find(({ prefix }) => normalized.startsWith(prefix));
  if (match) return normalized.slice(match.prefix.length);
  return normalized.startsWith(MUNICIPALITY) ? normalized.slice(MUNICIPALITY.length) : normalized;
}

/** A name as written, with only Unicode form and spacing evened out: what "spelt the same" means. */
export const writtenName = (name: string): string => name.normalize('NFC').replace(/\s+/g, ' ').trim();
