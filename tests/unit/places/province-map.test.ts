import { describe, it, expect } from 'vitest';
import provinceMap from '../../../src/generated/province-map.json';
import { gazetteer } from '../../../src/places/gazetteer-data';

type Point = [x: number, y: number];

/** The rings of path data made of absolute moves, relative lines and closes (what the build writes). */
function rings(d: string): Point[][] {
  const tokens = d.match(/[MmLlZz]|-?(?:\d+\.?\d*|\.\d+)/g) ?? [];
  const result: Point[][] = [];
  let command = '';
  let x = 0;
  let y = 0;
  for (let index = 0; index < tokens.length;) {
    const token = tokens[index] ?? '';
    if (/^[A-Za-z]$/.test(token)) {
      command = token;
      index++;
      continue;
    }
    const dx = Number(token);
    const dy = Number(tokens[index + 1]);
    if (Number.isNaN(dx) || Number.isNaN(dy))
      throw new Error(`bad coordinates at token ${index} of ${d.slice(0, 40)}…`);
    index += 2;
    if (command === 'M') {
      [x, y] = [dx, dy];
      result.push([[x, y]]);
      command = 'L';
    } else if (command === 'l' || command === 'L') {
      [x, y] = command === 'l' ? [x + dx, y + dy] : [dx, dy];
      result[result.length - 1]?.push([x, y]);
    } else {
      throw new Error(`unexpected command ${command}`);
    }
  }
  return result;
}

function centre(code: string): Point {
  const province = provinceMap.provinces.find((candidate) => candidate.code === code);
  const points = rings(province?.d ?? '').flat();
  const sum = points.reduce<Point>(([sx, sy], [px, py]) => [sx + px, sy + py], [0, 0]);
  return [sum[0] / points.length, sum[1] / points.length];
}

describe('province map', () => {
  const [minX, minY, width, height] = provinceMap.viewBox.split(' ').map(Number);

  it('has a viewBox and credits its ODbL source', () => {
    expect(provinceMap.viewBox).toMatch(/^0 0 \d+ \d+$/);
    expect(provinceMap.attribution).toMatch(/ODbL/);
  });

  it('draws each of the 77 provinces once, under codes the gazetteer knows', () => {
    const codes = provinceMap.provinces.map((province) => province.code);
    expect(codes).toHaveLength(77);
    expect(new Set(codes).size).toBe(77);
    for (const province of provinceMap.provinces) {
      const known = gazetteer.province(province.code);
      expect(known, province.code).toBeDefined();
      expect(province.en).toBe(known?.en);
    }
    expect(codes).toContain('38');
  });

  it('gives every province a non-empty path inside the viewBox', () => {
    for (const province of provinceMap.provinces) {
      const provinceRings = rings(province.d);
      expect(province.d, province.code).toMatch(/^(M[^Mz]+z)+$/);
      expect(provinceRings.length, province.code).toBeGreaterThan(0);
      for (const ring of provinceRings) {
        expect(ring.length, province.code).toBeGreaterThanOrEqual(3);
        for (const [x, y] of ring) {
          expect(x, province.code).toBeGreaterThanOrEqual(minX ?? 0);
          expect(y, province.code).toBeGreaterThanOrEqual(minY ?? 0);
          expect(x, province.code).toBeLessThanOrEqual(width ?? 0);
          expect(y, province.code).toBeLessThanOrEqual(height ?? 0);
        }
      }
    }
  });

  it('puts the provinces where they are (north up, east right)', () => {
    const [, bangkokY] = centre('10');
    expect(centre('57')[1]).toBeLessThan(bangkokY); // เชียงราย is north of Bangkok
    expect(centre('96')[1]).toBeGreaterThan(bangkokY); // นราธิวาส is south
    expect(centre('34')[0]).toBeGreaterThan(centre('71')[0]); // อุบลราชธานี is east of กาญจนบุรี
    expect(centre('38')[1]).toBeLessThan(centre('34')[1]); // บึงกาฬ is north of อุบลราชธานี
  });
});
