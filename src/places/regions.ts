/** Thailand's six regions and the region of each province. */

export const REGION_SLUGS = ['north', 'northeast', 'central', 'east', 'west', 'south'] as const;
export type RegionSlug = (typeof REGION_SLUGS)[number];

export interface Region {
  slug: RegionSlug;
  th: string;
  en: string;
}

/** The six regions commonly used for grouping (the National Geographical Committee's 1977 division). */
export const REGIONS: readonly Region[] = [
  { slug: 'north', th: 'ภาคเหนือ', en: 'North' },
  { slug: 'northeast', th: 'ภาคตะวันออกเฉียงเหนือ', en: 'Northeast' },
  { slug: 'central', th: 'ภาคกลาง', en: 'Central' },
  { slug: 'east', th: 'ภาคตะวันออก', en: 'East' },
  { slug: 'west', th: 'ภาคตะวันตก', en: 'West' },
  { slug: 'south', th: 'ภาคใต้', en: 'South' },
];

export const isRegion = (value: string): value is RegionSlug => (REGION_SLUGS as readonly string[]).includes(value);

const REGION_BY_FIRST_DIGIT: Readonly<Record<string, RegionSlug>> = {
  '1': 'central',
  '2': 'east',
  '3': 'northeast',
  '4': 'northeast',
  '5': 'north',
  '6': 'central',
  '7': 'west',
  '8': 'south',
  '9': 'south',
};

/** Provinces whose region differs from the one their code's first digit suggests. */
const REGION_EXCEPTIONS: Readonly<Record<string, RegionSlug>> = {
  '26': 'central', // นครนายก
  '63': 'west', // ตาก
  '72': 'central', // สุพรรณบุรี
  '73': 'central', // นครปฐม
  '74': 'central', // สมุทรสาคร
  '75': 'central', // สมุทรสงคราม
};

/**
 * The region of a province, from its 2-digit code. Neither source package records a region, but DOPA
 * codes are grouped by area: 1x central, 2x east, 3x–4x northeast, 5x north, 6x lower north (central in
 * the six-region scheme), 7x west, 8x–9x south, with a handful of exceptions listed above.
 */
export function provinceRegion(provinceCode: string): RegionSlug {
  const region = REGION_EXCEPTIONS[provinceCode] ?? REGION_BY_FIRST_DIGIT[provinceCode.charAt(0)];
  if (!region || !/^\d{2}$/.test(provinceCode)) throw new Error(`Not a province code: ${provinceCode}`);
  return region;
}
