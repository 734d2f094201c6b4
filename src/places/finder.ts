/** The tambon finder on /places/: its packed data, and matching what is typed against tambon names. */
import { nameMatchRank, normalizePlaceName } from './names';

/**
 * The tambon finder's data, small enough to load on the places page only: names by code, tambons
 * packed per district as "NNname|NNname" (NN = the last two digits of the code), the tambons that
 * have a page, and the cases with the codes of their places.
 */
export interface FinderData {
  provinces: Record<string, string>;
  districts: Record<string, string>;
  tambons: Record<string, string>;
  pages: Record<string, string>;
  cases: Array<{ url: string; title: string; codes: string[] }>;
}

export interface FinderTambon {
  code: string;
  name: string;
  district: string;
  province: string;
}

/** Unpacks the per-district tambon strings into a list. */
export function unpackTambons(data: FinderData): FinderTambon[] {
  const list: FinderTambon[] = [];
  for (const [districtCode, packed] of Object.entries(data.tambons)) {
    for (const item of packed.split('|')) {
      if (!item) continue;
      list.push({
        code: districtCode + item.slice(0, 2),
        name: item.slice(2),
        district: data.districts[districtCode] ?? '',
        province: data.provinces[districtCode.slice(0, 2)] ?? '',
      });
    }
  }
  return list;
}

/** Packs tambons ({ code, th }) per district for FinderData.tambons. */
export function packTambons(tambons: ReadonlyArray<{ code: string; th: string }>): Record<string, string> {
  const packed: Record<string, string[]> = {};
  for (const tambon of tambons) (packed[tambon.code.slice(0, 4)] ??= []).push(tambon.code.slice(4) + tambon.th);
  return Object.fromEntries(Object.entries(packed).map(([district, items]) => [district, items.join('|')]));
}

/**
 * Tambons whose name matches what was typed (with or without ต./ตำบล, typing variants folded):
 * exact names first, then names starting with it, then names containing it.
 */
export function matchTambons(tambons: readonly FinderTambon[], query: string): FinderTambon[] {
  const wanted = normalizePlaceName(query);
  if (!wanted) return [];
  const byRank: [FinderTambon[], FinderTambon[], FinderTambon[]] = [[], [], []];
  for (const tambon of tambons) {
    const rank = nameMatchRank(wanted, normalizePlaceName(tambon.name));
    if (rank !== undefined) byRank[rank].push(tambon);
  }
  return byRank.flat();
}

/** Cases nearest a tambon that has none: in its district first, then in its province. */
export function nearbyCases(data: FinderData, tambonCode: string, limit = 3) {
  const district = tambonCode.slice(0, 4);
  const province = tambonCode.slice(0, 2);
  const inDistrict = data.cases.filter((c) => c.codes.some((code) => code.startsWith(district)));
  const inProvince = data.cases.filter(
    (c) => !inDistrict.includes(c) && c.codes.some((code) => code.startsWith(province)),
  );
  return {
    inDistrict: inDistrict.slice(0, limit),
    inProvince: inProvince.slice(0, Math.max(0, limit - inDistrict.length)),
  };
}
