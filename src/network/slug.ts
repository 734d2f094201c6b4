/**
 * Each body's page address, /network/<slug>/: ASCII, and the same for as long as the body keeps its
 * name and province, whatever its type (an อบต. that becomes a เทศบาลตำบล keeps its page).
 *
 * <province>-<name>: the province's English name, then the English name of the gazetteer unit the
 * body is named after (its tambon, usually), e.g. chiang-mai-don-kaeo. A PAO is <province>-pao,
 * Bangkok and Pattaya their own names. A body named after no unit (เทศบาลตำบลสามง่ามพัฒนา), or after
 * one whose English name the gazetteer lacks, uses the code of its first place: chai-nat-180611.
 */
import type { Gazetteer, PlaceMatch, Province } from '../places/gazetteer';
import { kebab, provinceSlug } from '../places/urls';
import type { BodyTier } from './names';
import { normalizeBodyName } from './names';

/** What a slug is made from. */
export interface SlugSource {
  stem: string;
  tier: BodyTier;
  province: Province;
  places: readonly PlaceMatch[];
}

interface NamedUnit {
  th: string;
  en: string;
}

/** The gazetteer unit the body is named after: its own tambons first, then wider, then the province. */
export function namesakeUnit(body: SlugSource, gazetteer: Gazetteer): NamedUnit | undefined {
  const sameName = (unit: NamedUnit) => normalizeBodyName(unit.th) === body.stem;
  const ownTambons = body.places.flatMap((match) => (match.tambon ? [match.tambon] : []));
  const districtCodes = [...new Set(body.places.flatMap((match) => (match.district ? [match.district.code] : [])))];
  const candidates: (() => readonly NamedUnit[])[] = [
    () => ownTambons,
    () => districtCodes.flatMap((code) => gazetteer.tambonsOf(code)),
    () => gazetteer.districtsOf(body.province.code),
    () => [body.province],
    () => gazetteer.tambonsInProvince(body.province.code),
  ];
  for (const list of candidates) {
    const unit = list().find(sameName);
    if (unit) return unit;
  }
  return undefined;
}

/** The slug a body would have on its own (see uniqueSlugs for two bodies that would share one). */
export function baseSlug(body: SlugSource, gazetteer: Gazetteer): string {
  const province = provinceSlug(body.province);
  if (body.tier === 'bangkok') return 'bangkok';
  if (body.tier === 'pattaya') return 'pattaya';
  if (body.tier === 'provincial') return `${province}-pao`;
  const name = kebab(namesakeUnit(body, gazetteer)?.en ?? '');
  return `${province}-${name || body.places[0]?.code || 'body'}`;
}

/**
 * A slug for every body. Two bodies that would share one (an อบต. and a เทศบาล of the same name
 * and province) are told apart by their type, and failing that by a number.
 */
export function uniqueSlugs<B extends SlugSource & { type: string }>(
  bodies: readonly B[],
  gazetteer: Gazetteer,
): string[] {
  const counts = (slugs: readonly string[]) => {
    const count = new Map<string, number>();
    for (const slug of slugs) count.set(slug, (count.get(slug) ?? 0) + 1);
    return count;
  };
  const base = bodies.map((body) => baseSlug(body, gazetteer));
  const baseCount = counts(base);
  const typed = base.map((slug, index) => (baseCount.get(slug)! > 1 ? `${slug}-${bodies[index]!.type}` : slug));
  const typedCount = counts(typed);
  const seen = new Map<string, number>();
  return typed.map((slug) => {
    if (typedCount.get(slug)! === 1) return slug;
    const number = (seen.get(slug) ?? 0) + 1;
    seen.set(slug, number);
    return `${slug}-${number}`;
  });
}

/** Where a body's page lives. */
export const bodyHref = (body: { slug: string }): string => `/network/${body.slug}/`;

/** The directory filtered to one type of local government. */
export const networkTypeHref = (type: string): string => `/network/type/${type}/`;
