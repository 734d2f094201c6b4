import { describe, it, expect } from 'vitest';
import { gazetteer } from '../../../src/places/gazetteer-data';
import { provinceRegion, REGIONS } from '../../../src/places/regions';

describe('provinceRegion', () => {
  it('puts the provinces in the six regions with the usual sizes', () => {
    const sizes = Object.fromEntries(REGIONS.map((region) => [region.slug, 0]));
    for (const province of gazetteer.provinces) {
      expect(province.region).toBe(provinceRegion(province.code));
      sizes[province.region] = (sizes[province.region] ?? 0) + 1;
    }
    expect(sizes).toEqual({ north: 9, northeast: 20, central: 22, east: 7, west: 5, south: 14 });
  });

  it('handles the provinces whose code digit misleads', () => {
    expect(provinceRegion('26')).toBe('central'); // นครนายก
    expect(provinceRegion('63')).toBe('west'); // ตาก
    expect(provinceRegion('73')).toBe('central'); // นครปฐม
    expect(provinceRegion('77')).toBe('west'); // ประจวบคีรีขันธ์
    expect(provinceRegion('65')).toBe('central'); // พิษณุโลก
    expect(() => provinceRegion('7')).toThrow();
  });
});
