import { describe, expect, it } from 'vitest';
import { compareThai, sortByThai, thaiCollator } from '../../../src/thai/sort';

const codePointOrder = (items: readonly string[]) => [...items].sort();

describe('compareThai', () => {
  it('files เชียงใหม่ under ช, before น่าน (the leading vowel เ is ignored)', () => {
    expect(compareThai('เชียงใหม่', 'น่าน')).toBeLessThan(0);
    expect(compareThai('น่าน', 'เชียงใหม่')).toBeGreaterThan(0);
  });

  it('differs from code-point order, which puts words starting with เ after น', () => {
    // U+0E40 (เ) is above U+0E19 (น), so a plain sort gets Thai dictionary order wrong.
    expect(codePointOrder(['เชียงใหม่', 'น่าน'])).toEqual(['น่าน', 'เชียงใหม่']);
    expect(['เชียงใหม่', 'น่าน'].sort(compareThai)).toEqual(['เชียงใหม่', 'น่าน']);
  });

  it('files โคราช under ค, between ขอนแก่น and ชลบุรี', () => {
    expect(['ชลบุรี', 'โคราช', 'ขอนแก่น'].sort(compareThai)).toEqual(['ขอนแก่น', 'โคราช', 'ชลบุรี']);
  });

  it('returns 0 for equal strings', () => {
    expect(compareThai('ดอนแก้ว', 'ดอนแก้ว')).toBe(0);
  });

  it('uses a Thai collator', () => {
    expect(thaiCollator.resolvedOptions().locale).toMatch(/^th\b/);
  });
});

describe('sortByThai', () => {
  const provinces = [
    { name: 'แพร่' },
    { name: 'น่าน' },
    { name: 'กรุงเทพมหานคร' },
    { name: 'เชียงใหม่' },
    { name: 'ขอนแก่น' },
  ];

  it('sorts by the Thai key in dictionary order', () => {
    expect(sortByThai(provinces, (p) => p.name).map((p) => p.name)).toEqual([
      'กรุงเทพมหานคร',
      'ขอนแก่น',
      'เชียงใหม่',
      'น่าน',
      'แพร่',
    ]);
  });

  it('returns a copy and leaves the input order alone', () => {
    const before = provinces.map((p) => p.name);
    const sorted = sortByThai(provinces, (p) => p.name);
    expect(sorted).not.toBe(provinces);
    expect(provinces.map((p) => p.name)).toEqual(before);
  });
});
