/** Thai digits ๐–๙ (U+0E50–U+0E59) and Arabic digits are the same numbers written two ways. */

const THAI_ZERO = 0x0e50;

/** Replaces every Thai digit with its Arabic digit, leaving everything else as it is. */
export function thaiToArabicDigits(text: string): string {
  return text.replace(/[\u0E50-\u0E59]/g, (digit) => String(digit.charCodeAt(0) - THAI_ZERO));
}

/** Replaces every Arabic digit with its Thai digit. */
export function arabicToThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(THAI_ZERO + Number(digit)));
}
