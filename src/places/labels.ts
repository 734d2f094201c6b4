/**
 * The one way a place is written in Thai: "ต.ดอนแก้ว อ.แม่ริม จ.เชียงใหม่", or with full prefixes
 * "ตำบลดอนแก้ว อำเภอแม่ริม จังหวัดเชียงใหม่" for headings. Bangkok's units are แขวง and เขต, and its
 * name stands without จ. in the short form. Pure and browser-safe (the tambon finder uses it).
 */
import type { PlaceMatch, Province } from './gazetteer';

export type PlaceLevel = 'tambon' | 'district' | 'province';

/** Short (ต. อ. จ.) for lists and messages, full (ตำบล อำเภอ จังหวัด) for headings. */
export type PrefixStyle = 'short' | 'full';

export interface PrefixOptions {
  style?: PrefixStyle;
  /** Use Bangkok's prefixes (แขวง, เขต). */
  bangkok?: boolean;
}

/** The names of a place's levels; a level left out is not written. */
export interface PlaceNames {
  province: string;
  district?: string | undefined;
  tambon?: string | undefined;
}

const PREFIXES: Readonly<Record<PrefixStyle, Readonly<Record<PlaceLevel, readonly [other: string, bangkok: string]>>>> =
  {
    short: { tambon: ['ต.', 'แขวง'], district: ['อ.', 'เขต'], province: ['จ.', ''] },
    // Headings have always written จังหวัดกรุงเทพมหานคร.
    full: { tambon: ['ตำบล', 'แขวง'], district: ['อำเภอ', 'เขต'], province: ['จังหวัด', 'จังหวัด'] },
  };

export const isBangkok = (province: Province): boolean => province.code === '10';

/** One unit's name with its prefix: ต.ดอนแก้ว, อำเภอแม่ริม, เขตปทุมวัน. */
export function prefixedName(
  level: PlaceLevel,
  name: string,
  { style = 'short', bangkok = false }: PrefixOptions = {},
): string {
  return `${PREFIXES[style][level][bangkok ? 1 : 0]}${name}`;
}

/**
 * A place as one line, tambon first, leaving out the levels it does not name, with the code in
 * brackets when given: "ต.ดอนแก้ว อ.แม่ริม จ.เชียงใหม่ (500710)".
 */
export function formatPlaceLabel(
  place: PlaceNames,
  options: PrefixOptions & { code?: string | undefined } = {},
): string {
  const { code, ...prefix } = options;
  return [
    place.tambon ? prefixedName('tambon', place.tambon, prefix) : '',
    place.district ? prefixedName('district', place.district, prefix) : '',
    prefixedName('province', place.province, prefix),
    code ? `(${code})` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** A case place as written in the case file (Bangkok recognised by its full name): ต.ดอนแก้ว อ.แม่ริม จ.เชียงใหม่. */
export function formatPlace(place: PlaceNames): string {
  return formatPlaceLabel(place, { bangkok: place.province === 'กรุงเทพมหานคร' });
}

/** A gazetteer unit with the units above it, in official names: ต.ดอนแก้ว อ.แม่ริม จ.เชียงใหม่. */
export function matchLabel(match: PlaceMatch): string {
  return formatPlaceLabel(
    { tambon: match.tambon?.th, district: match.district?.th, province: match.province.th },
    { bangkok: isBangkok(match.province) },
  );
}

/** A short Thai label for error messages and lists, e.g. "ต.ดอนแก้ว อ.แม่ริม จ.เชียงใหม่ (500710)". */
export function placeLabel(match: PlaceMatch): string {
  return `${matchLabel(match)} (${match.code})`;
}
