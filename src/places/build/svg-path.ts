/** Compact SVG path data for province outlines, in integer tenths of an SVG unit. */
import type { Point } from './echarts-map';

/** Formats a number of tenths compactly: 12.3, -0.5 → -.5, 40 → 4. */
export function tenths(value: number): string {
  const sign = value < 0 ? '-' : '';
  const absolute = Math.abs(value);
  const whole = Math.floor(absolute / 10);
  const fraction = absolute % 10;
  if (fraction === 0) return `${sign}${whole}`;
  return `${sign}${whole === 0 ? '' : whole}.${fraction}`;
}

/** Joins numbers, leaving out the space where a minus sign or a second decimal point already separates them. */
export function joinNumbers(numbers: string[]): string {
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
export function pathData(ringsInTenths: Point[][]): string {
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
