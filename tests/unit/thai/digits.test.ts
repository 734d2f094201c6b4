import { describe, expect, it } from 'vitest';
import { arabicToThaiDigits, thaiToArabicDigits } from '../../../src/thai/digits';

describe('thaiToArabicDigits', () => {
  it('maps every Thai digit ๐–๙ to 0–9', () => {
    expect(thaiToArabicDigits('๐๑๒๓๔๕๖๗๘๙')).toBe('0123456789');
  });

  it('replaces digits inside Thai text and leaves the letters alone', () => {
    expect(thaiToArabicDigits('พ.ศ. ๒๕๖๒ หมู่ ๔')).toBe('พ.ศ. 2562 หมู่ 4');
  });

  it('leaves Arabic digits and text without digits unchanged', () => {
    expect(thaiToArabicDigits('2562')).toBe('2562');
    expect(thaiToArabicDigits('ตำบลดอนแก้ว')).toBe('ตำบลดอนแก้ว');
    expect(thaiToArabicDigits('')).toBe('');
  });
});

describe('arabicToThaiDigits', () => {
  it('maps every digit 0–9 to ๐–๙', () => {
    expect(arabicToThaiDigits('0123456789')).toBe('๐๑๒๓๔๕๖๗๘๙');
  });

  it('replaces digits inside mixed text only', () => {
    expect(arabicToThaiDigits('ปี 2562 (2019)')).toBe('ปี ๒๕๖๒ (๒๐๑๙)');
  });

  it('round-trips with thaiToArabicDigits', () => {
    const text = 'โทร 053-123456 ต่อ 12';
    expect(thaiToArabicDigits(arabicToThaiDigits(text))).toBe(text);
  });
});
