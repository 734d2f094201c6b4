/**
 * The gazetteer of Thailand's administrative units: province (จังหวัด) → district (อำเภอ, เขต in Bangkok)
 * → tambon (ตำบล, แขวง in Bangkok), keyed by the Department of Provincial Administration's codes.
 *
 * Pure: the data comes in through `createGazetteer(data)`; `gazetteer-data.ts` wires the generated JSON.
 */
import type { PlaceInput } from '../schemas/place';

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

/**
 * The generated gazetteer (src/generated/gazetteer.json), rows sorted by code: provinces
 * [code, th, en, region], districts and tambons [code, th, en]. Rows are checked when the gazetteer is created.
 */
export interface GazetteerData {
  about?: string;
  provinces: readonly (readonly string[])[];
  districts: readonly (readonly string[])[];
  tambons: readonly (readonly string[])[];
}

export interface Province {
  /** 2-digit DOPA code. */
  code: string;
  th: string;
  en: string;
  region: RegionSlug;
}

export interface District {
  /** 4-digit DOPA code; starts with the province code. */
  code: string;
  provinceCode: string;
  th: string;
  en: string;
}

export interface Tambon {
  /** 6-digit DOPA code; starts with the district code. */
  code: string;
  districtCode: string;
  provinceCode: string;
  th: string;
  /** RTGS name; empty when the source's English looked corrupted (see scripts/build-gazetteer.ts). */
  en: string;
}

export type PlaceKind = 'province' | 'district' | 'tambon';

/** One administrative unit with the units above it. */
export interface PlaceMatch {
  kind: PlaceKind;
  code: string;
  province: Province;
  district?: District;
  tambon?: Tambon;
}

export type ResolveFailure = 'unknown' | 'ambiguous' | 'code-mismatch';

export type ResolveResult =
  | ({ ok: true } & PlaceMatch)
  | {
      ok: false;
      reason: ResolveFailure;
      /** ambiguous: every exact match; unknown: the nearest names; code-mismatch: the unit the code names first. */
      candidates: PlaceMatch[];
    };

export interface Gazetteer {
  readonly provinces: readonly Province[];
  readonly districts: readonly District[];
  readonly tambons: readonly Tambon[];
  province(code: string): Province | undefined;
  district(code: string): District | undefined;
  tambon(code: string): Tambon | undefined;
  /** The unit a 2-, 4- or 6-digit code names. */
  byCode(code: string): PlaceMatch | undefined;
  districtsOf(provinceCode: string): readonly District[];
  tambonsOf(districtCode: string): readonly Tambon[];
  resolvePlace(place: PlaceInput): ResolveResult;
  findTambons(query: string, limit?: number): PlaceMatch[];
}

const PREFIX = /^(?:จังหวัด|จ\.|กิ่งอำเภอ|อำเภอ|อ\.|เขต|ตำบล|ต\.|แขวง)\s*/u;
const ZERO_WIDTH = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const TONE = '[\u0E48-\u0E4B]';

/**
 * The form names are compared in: NFC, no zero-width characters, ำ typed as ํ + า (or before its tone mark)
 * folded to ำ, tone marks typed before an upper vowel put after it, administrative prefixes (จ./จังหวัด,
 * อ./อำเภอ/เขต, ต./ตำบล/แขวง) removed, and no spaces, hyphens or dots (สุไหงโก-ลก = สุไหงโกลก).
 */
export function normalizePlaceName(name: string): string {
  let text = name
    .normalize('NFC')
    .replace(ZERO_WIDTH, '')
    .replace(new RegExp(`\u0E4D(${TONE}?)\u0E32`, 'gu'), '$1\u0E33')
    .replace(new RegExp(`\u0E33(${TONE})`, 'gu'), '$1\u0E33')
    .replace(new RegExp(`(${TONE})([\u0E31\u0E34-\u0E37\u0E47])`, 'gu'), '$2$1')
    .trim();
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(PREFIX, '').trim();
  }
  return text.replace(/[\s\-–.]/gu, '');
}

/** Names people write for Bangkok instead of its full name. */
const PROVINCE_ALIASES: Readonly<Record<string, string>> = {
  'กรุงเทพ': 'กรุงเทพมหานคร',
  'กรุงเทพฯ': 'กรุงเทพมหานคร',
  'กทม': 'กรุงเทพมหานคร',
};

/** Levenshtein distance over code points. */
export function editDistance(a: string, b: string): number {
  const left = Array.from(a);
  const right = Array.from(b);
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let i = 1; i <= left.length; i++) {
    const current = [i];
    for (let j = 1; j <= right.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (left[i - 1] === right[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[right.length] ?? 0;
}

const CANDIDATE_COUNT = 5;

/** Edit distance, except that a name containing the other (สวก in บ่อสวก) counts as nearly equal. */
function nameDistance(typed: string, known: string): number {
  if (typed === known) return 0;
  if (typed.length > 0 && (known.includes(typed) || typed.includes(known))) return 0.5;
  return editDistance(typed, known);
}
const collator = new Intl.Collator('th');

/** A short Thai label for error messages and lists, e.g. "ต.ดอนแก้ว อ.แม่ริม จ.เชียงใหม่ (500710)". */
export function placeLabel(match: PlaceMatch): string {
  const bangkok = match.province.code === '10';
  const parts: string[] = [];
  if (match.tambon) parts.push(`${bangkok ? 'แขวง' : 'ต.'}${match.tambon.th}`);
  if (match.district) parts.push(`${bangkok ? 'เขต' : 'อ.'}${match.district.th}`);
  parts.push(bangkok ? match.province.th : `จ.${match.province.th}`);
  return `${parts.join(' ')} (${match.code})`;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

const isRegion = (value: string): value is RegionSlug => (REGION_SLUGS as readonly string[]).includes(value);

/** A row's fields, after checking the code's length and the number of fields. */
function fields(row: readonly string[], codeLength: number, count: number): string[] {
  const [code = ''] = row;
  if (row.length !== count || !new RegExp(`^\\d{${codeLength}}$`).test(code)) {
    throw new Error(`Malformed gazetteer row: ${JSON.stringify(row)}`);
  }
  return [...row];
}

export function createGazetteer(data: GazetteerData): Gazetteer {
  const provinces: Province[] = data.provinces.map((row) => {
    const [code = '', th = '', en = '', region = ''] = fields(row, 2, 4);
    if (!isRegion(region)) throw new Error(`Unknown region in gazetteer row: ${JSON.stringify(row)}`);
    return { code, th, en, region };
  });
  const districts: District[] = data.districts.map((row) => {
    const [code = '', th = '', en = ''] = fields(row, 4, 3);
    return { code, provinceCode: code.slice(0, 2), th, en };
  });
  const tambons: Tambon[] = data.tambons.map((row) => {
    const [code = '', th = '', en = ''] = fields(row, 6, 3);
    return { code, districtCode: code.slice(0, 4), provinceCode: code.slice(0, 2), th, en };
  });

  const provinceByCode = new Map(provinces.map((province) => [province.code, province]));
  const districtByCode = new Map(districts.map((district) => [district.code, district]));
  const tambonByCode = new Map(tambons.map((tambon) => [tambon.code, tambon]));
  const districtsByProvince = groupBy(districts, (district) => district.provinceCode);
  const tambonsByDistrict = groupBy(tambons, (tambon) => tambon.districtCode);
  const tambonsByProvince = groupBy(tambons, (tambon) => tambon.provinceCode);

  const keyOf = new Map<object, string>();
  for (const unit of [...provinces, ...districts, ...tambons]) keyOf.set(unit, normalizePlaceName(unit.th));
  const key = (unit: Province | District | Tambon): string => keyOf.get(unit) ?? '';

  function matchOf(code: string): PlaceMatch | undefined {
    const province = provinceByCode.get(code.slice(0, 2));
    if (!province) return undefined;
    if (code.length === 2) return { kind: 'province', code, province };
    const district = districtByCode.get(code.slice(0, 4));
    if (!district) return undefined;
    if (code.length === 4) return { kind: 'district', code, province, district };
    const tambon = tambonByCode.get(code);
    if (!tambon || code.length !== 6) return undefined;
    return { kind: 'tambon', code, province, district, tambon };
  }

  function tambonMatch(tambon: Tambon): PlaceMatch {
    const match = matchOf(tambon.code);
    if (!match) throw new Error(`Gazetteer data is inconsistent at ${tambon.code}`);
    return match;
  }

  function findProvince(name: string): Province | undefined {
    const wanted = PROVINCE_ALIASES[normalizePlaceName(name)] ?? name;
    const wantedKey = normalizePlaceName(wanted);
    return provinces.find((province) => key(province) === wantedKey);
  }

  function findDistrict(province: Province, name: string): District | undefined {
    const wantedKey = normalizePlaceName(name);
    const own = districtsByProvince.get(province.code) ?? [];
    // "อ.เมือง" means the province's capital district, อำเภอเมือง<province>.
    const capitalKey = wantedKey === 'เมือง' ? normalizePlaceName(`เมือง${province.th}`) : wantedKey;
    return own.find((district) => key(district) === capitalKey);
  }

  function nearest<T>(units: readonly T[], score: (unit: T) => number, toMatch: (unit: T) => PlaceMatch): PlaceMatch[] {
    return units
      .map((unit) => ({ unit, score: score(unit) }))
      .sort((a, b) => a.score - b.score || toMatch(a.unit).code.localeCompare(toMatch(b.unit).code))
      .slice(0, CANDIDATE_COUNT)
      .map(({ unit }) => toMatch(unit));
  }

  function unknownCandidates(place: PlaceInput, province: Province | undefined): PlaceMatch[] {
    const provinceKey = normalizePlaceName(place.province ?? '');
    const districtKey = place.district === undefined ? undefined : normalizePlaceName(place.district);
    const tambonKey = place.tambon === undefined ? undefined : normalizePlaceName(place.tambon);
    const provinceScore = (code: string): number => {
      if (province) return 0;
      const candidate = provinceByCode.get(code);
      return provinceKey && candidate ? nameDistance(provinceKey, key(candidate)) : 0;
    };
    const districtScore = (code: string): number => {
      const candidate = districtByCode.get(code);
      return districtKey !== undefined && candidate ? nameDistance(districtKey, key(candidate)) : 0;
    };
    if (tambonKey !== undefined) {
      const scope = province ? (tambonsByProvince.get(province.code) ?? []) : tambons;
      // The same district and tambon in another province: the province is the likely mistake.
      const elsewhere =
        province && districtKey !== undefined
          ? tambons.filter((tambon) => key(tambon) === tambonKey && districtScore(tambon.districtCode) === 0)
          : [];
      return dedupe([
        ...elsewhere.map(tambonMatch),
        ...nearest(
          scope,
          (tambon) =>
            nameDistance(tambonKey, key(tambon)) + districtScore(tambon.districtCode) + provinceScore(tambon.provinceCode),
          tambonMatch,
        ),
      ]);
    }
    if (districtKey !== undefined) {
      const scope = province ? (districtsByProvince.get(province.code) ?? []) : districts;
      const elsewhere = province ? districts.filter((district) => districtScore(district.code) === 0) : [];
      const toMatch = (district: District): PlaceMatch => matchOf(district.code) as PlaceMatch;
      return dedupe([
        ...elsewhere.map(toMatch),
        ...nearest(scope, (district) => districtScore(district.code) + provinceScore(district.provinceCode), toMatch),
      ]);
    }
    return nearest(
      provinces,
      (candidate) => nameDistance(provinceKey, key(candidate)),
      (candidate) => matchOf(candidate.code) as PlaceMatch,
    );
  }

  function resolveNames(place: PlaceInput): ResolveResult {
    const province = findProvince(place.province ?? '');
    const unknown = (): ResolveResult => ({ ok: false, reason: 'unknown', candidates: unknownCandidates(place, province) });
    if (!province) return unknown();

    let district: District | undefined;
    if (place.district !== undefined) {
      district = findDistrict(province, place.district);
      if (!district) return unknown();
    }
    if (place.tambon === undefined) {
      const match = matchOf(district?.code ?? province.code);
      return match ? { ok: true, ...match } : unknown();
    }

    const tambonKey = normalizePlaceName(place.tambon);
    const scope = district ? (tambonsByDistrict.get(district.code) ?? []) : (tambonsByProvince.get(province.code) ?? []);
    const exact = scope.filter((tambon) => key(tambon) === tambonKey);
    const [only] = exact;
    if (exact.length === 1 && only) return { ok: true, ...tambonMatch(only) };
    if (exact.length > 1) return { ok: false, reason: 'ambiguous', candidates: exact.map(tambonMatch) };
    return unknown();
  }

  /** Whether a unit and a code lie on one branch (one's code starts with the other's). */
  const onSameBranch = (match: PlaceMatch, code: string): boolean =>
    match.code.startsWith(code) || code.startsWith(match.code);

  function resolvePlace(place: PlaceInput): ResolveResult {
    const byNames = resolveNames(place);
    if (place.code === undefined) return byNames;

    const byCode = matchOf(place.code);
    const nameMatches = byNames.ok ? [withoutOk(byNames)] : byNames.candidates;
    if (!byCode) {
      return byNames.ok ? { ok: false, reason: 'code-mismatch', candidates: nameMatches } : byNames;
    }
    const consistent = byNames.ok || byNames.reason === 'ambiguous' ? nameMatches.filter((match) => onSameBranch(match, byCode.code)) : [];
    const [agreed] = consistent;
    if (consistent.length === 1 && agreed) {
      const mostSpecific = agreed.code.length >= byCode.code.length ? agreed : byCode;
      return { ok: true, ...withoutOk(mostSpecific) };
    }
    return {
      ok: false,
      reason: 'code-mismatch',
      candidates: [byCode, ...nameMatches.filter((match) => match.code !== byCode.code)].slice(0, CANDIDATE_COUNT + 1),
    };
  }

  function findTambons(query: string, limit = 20): PlaceMatch[] {
    const terms = query
      .split(/\s+/u)
      .map(normalizePlaceName)
      .filter((term) => term.length > 0);
    const [first, ...rest] = terms;
    if (first === undefined || limit <= 0) return [];
    const ranked: { tambon: Tambon; rank: number }[] = [];
    for (const tambon of tambons) {
      const name = key(tambon);
      const rank = /^\d+$/u.test(first)
        ? tambon.code.startsWith(first)
          ? 0
          : -1
        : name.startsWith(first)
          ? 0
          : name.includes(first)
            ? 1
            : -1;
      if (rank < 0) continue;
      if (rest.length > 0) {
        const district = districtByCode.get(tambon.districtCode);
        const province = provinceByCode.get(tambon.provinceCode);
        const context = [district ? key(district) : '', province ? key(province) : ''];
        if (!rest.every((term) => context.some((name) => name.includes(term)))) continue;
      }
      ranked.push({ tambon, rank });
    }
    return ranked
      .sort((a, b) => a.rank - b.rank || collator.compare(a.tambon.th, b.tambon.th) || a.tambon.code.localeCompare(b.tambon.code))
      .slice(0, limit)
      .map(({ tambon }) => tambonMatch(tambon));
  }

  return {
    provinces,
    districts,
    tambons,
    province: (code) => provinceByCode.get(code),
    district: (code) => districtByCode.get(code),
    tambon: (code) => tambonByCode.get(code),
    byCode: matchOf,
    districtsOf: (provinceCode) => districtsByProvince.get(provinceCode) ?? [],
    tambonsOf: (districtCode) => tambonsByDistrict.get(districtCode) ?? [],
    resolvePlace,
    findTambons,
  };
}

/** The first occurrence of each code, at most CANDIDATE_COUNT of them. */
function dedupe(matches: readonly PlaceMatch[]): PlaceMatch[] {
  const seen = new Set<string>();
  return matches.filter((match) => !seen.has(match.code) && seen.add(match.code)).slice(0, CANDIDATE_COUNT);
}

function withoutOk(match: PlaceMatch & { ok?: boolean }): PlaceMatch {
  const { ok: _ok, ...rest } = match;
  return rest;
}
