/**
 * The gazetteer of Thailand's administrative units: province (จังหวัด) → district (อำเภอ, เขต in Bangkok)
 * → tambon (ตำบล, แขวง in Bangkok), keyed by the Department of Provincial Administration's codes.
 *
 * Pure: the data comes in through `createGazetteer(data)`; `gazetteer-data.ts` wires the generated JSON.
 */
import type { PlaceInput } from '../schemas/place';
import { isRegion, type RegionSlug } from './regions';
import { placeResolver } from './resolve';

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
  /** RTGS name; empty when the source's English looked corrupted (see src/places/build/english.ts). */
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
  tambonsInProvince(provinceCode: string): readonly Tambon[];
  /** The one unit a case place names (src/places/resolve.ts). */
  resolvePlace(place: PlaceInput): ResolveResult;
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

  function byCode(code: string): PlaceMatch | undefined {
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

  const units: Omit<Gazetteer, 'resolvePlace'> = {
    provinces,
    districts,
    tambons,
    province: (code) => provinceByCode.get(code),
    district: (code) => districtByCode.get(code),
    tambon: (code) => tambonByCode.get(code),
    byCode,
    districtsOf: (provinceCode) => districtsByProvince.get(provinceCode) ?? [],
    tambonsOf: (districtCode) => tambonsByDistrict.get(districtCode) ?? [],
    tambonsInProvince: (provinceCode) => tambonsByProvince.get(provinceCode) ?? [],
  };
  return { ...units, resolvePlace: placeResolver(units) };
}
