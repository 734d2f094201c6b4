/** Cases grouped by place: province → district → tambon, nearest cases, and coverage by region. */
import type { CaseSummary } from '../cases/lists';
import { CORE_AREA_SLUGS, type CoreAreaSlug } from '../cases/vocabulary';
import { compareThai } from '../thai/sort';
import type { District, Gazetteer, PlaceMatch, Province, Tambon } from './gazetteer';
import { REGIONS, type Region, type RegionSlug } from './regions';

/** A case with its places resolved against the gazetteer. */
export interface PlacedCase<T extends CaseSummary = CaseSummary> {
  entry: T;
  matches: PlaceMatch[];
}

export interface TambonGroup<T extends CaseSummary> {
  tambon: Tambon;
  cases: T[];
}
export interface DistrictGroup<T extends CaseSummary> {
  district: District;
  /** Cases that cover the whole district. */
  wholeDistrict: T[];
  tambons: TambonGroup<T>[];
}
export interface ProvinceGroup<T extends CaseSummary> {
  province: Province;
  /** Every case with a place in the province, each once. */
  cases: T[];
  /** Cases that cover the whole province. */
  wholeProvince: T[];
  districts: DistrictGroup<T>[];
}

const pushOnce = <T>(list: T[], item: T) => {
  if (!list.includes(item)) list.push(item);
};

/** Groups cases by province → district → tambon, each level in Thai order. */
export function groupByPlace<T extends CaseSummary>(placed: readonly PlacedCase<T>[]): ProvinceGroup<T>[] {
  const provinces = new Map<string, ProvinceGroup<T>>();
  const districts = new Map<string, DistrictGroup<T>>();
  const tambons = new Map<string, TambonGroup<T>>();
  for (const { entry, matches } of placed) {
    for (const match of matches) {
      let province = provinces.get(match.province.code);
      if (!province) {
        province = { province: match.province, cases: [], wholeProvince: [], districts: [] };
        provinces.set(match.province.code, province);
      }
      pushOnce(province.cases, entry);
      if (!match.district) {
        pushOnce(province.wholeProvince, entry);
        continue;
      }
      let district = districts.get(match.district.code);
      if (!district) {
        district = { district: match.district, wholeDistrict: [], tambons: [] };
        districts.set(match.district.code, district);
        province.districts.push(district);
      }
      if (!match.tambon) {
        pushOnce(district.wholeDistrict, entry);
        continue;
      }
      let tambon = tambons.get(match.tambon.code);
      if (!tambon) {
        tambon = { tambon: match.tambon, cases: [] };
        tambons.set(match.tambon.code, tambon);
        district.tambons.push(tambon);
      }
      pushOnce(tambon.cases, entry);
    }
  }
  const groups = [...provinces.values()].sort((a, b) => compareThai(a.province.th, b.province.th));
  for (const group of groups) {
    group.districts.sort((a, b) => compareThai(a.district.th, b.district.th));
    for (const district of group.districts) district.tambons.sort((a, b) => compareThai(a.tambon.th, b.tambon.th));
  }
  return groups;
}

/** Every tambon that has a case, with its province group (for tambon pages). */
export function tambonsWithCases<T extends CaseSummary>(groups: readonly ProvinceGroup<T>[]) {
  return groups.flatMap((group) =>
    group.districts.flatMap((district) => district.tambons.map((tambon) => ({ group, district, tambon }))),
  );
}

/**
 * The nearest other cases to a tambon: cases elsewhere in its district first, then elsewhere in its
 * province, without the tambon's own cases.
 */
export function nearestCases<T extends CaseSummary>(
  group: ProvinceGroup<T>,
  districtCode: string,
  exclude: readonly T[],
  limit = 4,
): { sameDistrict: T[]; sameProvince: T[] } {
  const seen = new Set<T>(exclude);
  const take = (cases: readonly T[]) => cases.filter((entry) => (seen.has(entry) ? false : (seen.add(entry), true)));
  const district = group.districts.find((d) => d.district.code === districtCode);
  const sameDistrict = take(district ? [...district.wholeDistrict, ...district.tambons.flatMap((t) => t.cases)] : []);
  const sameProvince = take(group.cases);
  return {
    sameDistrict: sameDistrict.slice(0, limit),
    sameProvince: sameProvince.slice(0, Math.max(0, limit - sameDistrict.length)),
  };
}

export interface CoverageRow {
  province: Province;
  counts: Record<CoreAreaSlug, number>;
  total: number;
}
export interface CoverageRegion {
  region: Region;
  rows: CoverageRow[];
}

/** Provinces × the five areas, every province present (zeros included), grouped by region, Thai order. */
export function coverage<T extends CaseSummary>(
  gazetteer: Gazetteer,
  groups: readonly ProvinceGroup<T>[],
): CoverageRegion[] {
  const byCode = new Map(groups.map((group) => [group.province.code, group]));
  const rows = gazetteer.provinces.map((province): CoverageRow & { region: RegionSlug } => {
    const counts = Object.fromEntries(CORE_AREA_SLUGS.map((area) => [area, 0])) as Record<CoreAreaSlug, number>;
    const cases = byCode.get(province.code)?.cases ?? [];
    for (const entry of cases) counts[entry.data.area] += 1;
    return { province, counts, total: cases.length, region: province.region };
  });
  return REGIONS.map((region) => ({
    region,
    rows: rows.filter((row) => row.region === region.slug).sort((a, b) => compareThai(a.province.th, b.province.th)),
  }));
}
