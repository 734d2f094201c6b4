/**
 * Whether an RTGS name looks corrupted. thai-address-universal's word table writes r/l as n, drops
 * letters and runs syllables together (Khnong Tntnai, Sinm, Bang Kho L); these checks catch the visible
 * cases: a lone consonant, a word without a vowel, a consonant RTGS never ends a word with, a consonant
 * followed by n where RTGS has r or l, or the mangled เหนือ / ใหม่ / ใหญ่ (Enue, Aim, Ain).
 */
export function looksCorrupted(en: string): boolean {
  if (!/^[A-Z][A-Za-z' -]*$/.test(en) || /\s{2,}/.test(en)) return true;
  return en.split(/[ -]/).some((word) => {
    const lower = word.toLowerCase();
    if (lower.length === 0) return true;
    if (lower.length === 1) return !'aeiou'.includes(lower);
    if (!/[aeiou]/.test(lower)) return true;
    if (/^(enue|aim|ain)$/.test(lower)) return true;
    if (/[^aeioukptnmgwy]$/.test(lower) || (/[^aeiou]{2}$/.test(lower) && !/(ng|kh|ph|th)$/.test(lower))) return true;
    return /[bdfhkpst]n/.test(lower.replace(/ng/g, '_'));
  });
}
