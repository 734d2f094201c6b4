/**
 * One spelling for text that Thai keyboards and documents write several ways, so that the search
 * index and the search query compare equal. Pure: no DOM, no I/O; used in Node and in the browser.
 */

import { thaiToArabicDigits } from './digits';

/** Zero-width space, non-joiner, joiner, word joiner, byte-order mark, soft hyphen. */
const INVISIBLE = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/g;

/**
 * Rank of each Thai combining mark in the canonical order of a mark run:
 * phinthu, lower vowels, upper vowels and maitaikhu, nikhahit, tone marks, thanthakhat and yamakkan.
 * It agrees with Unicode's canonical combining classes (phinthu 9 < lower vowels 103 < tones 107),
 * so the result stays in NFC.
 */
const MARK_RANK: Readonly<Record<string, number>> = {
  '\u0E3A': 0, // ฺ phinthu
  '\u0E38': 1, // ุ
  '\u0E39': 1, // ู
  '\u0E31': 2, // ั
  '\u0E34': 2, // ิ
  '\u0E35': 2, // ี
  '\u0E36': 2, // ึ
  '\u0E37': 2, // ื
  '\u0E47': 2, // ็ maitaikhu
  '\u0E4D': 3, // ํ nikhahit
  '\u0E48': 4, // ่ mai ek
  '\u0E49': 4, // ้ mai tho
  '\u0E4A': 4, // ๊ mai tri
  '\u0E4B': 4, // ๋ mai chattawa
  '\u0E4C': 5, // ์ thanthakhat
  '\u0E4E': 5, // ๎ yamakkan
};

const MARK_RUN = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]{2,}/g;

/** Sorts a run of combining marks into canonical order and drops a mark typed twice. */
function canonicalMarkRun(run: string): string {
  const marks = [...run].sort((a, b) => (MARK_RANK[a] ?? 0) - (MARK_RANK[b] ?? 0));
  return marks.filter((mark, index) => mark !== marks[index - 1]).join('');
}

/**
 * A space that leaves a Thai combining mark or following vowel (ะ า ำ ๅ) without its consonant,
 * or a leading vowel (เ แ โ ใ ไ) without the consonant it precedes, can only be a typing slip.
 */
const SPACE_BEFORE_DEPENDENT = /\s+(?=[\u0E30-\u0E3A\u0E45\u0E47-\u0E4E])/g;
const SPACE_AFTER_LEADING_VOWEL = /([\u0E40-\u0E44])\s+(?=[\u0E01-\u0E2E])/g;

/**
 * Normalises text for search, identically on the index side and the query side:
 * NFC; invisible characters removed; combining marks after a consonant in canonical order
 * (vowel mark before tone mark: ท+่+ี → ที่) with duplicates dropped (่่ → ่); ํ+า folded to ำ and
 * a tone typed after ำ moved before it (น+ำ+้ → น้ำ); Thai digits to Arabic; whitespace collapsed;
 * Latin lower-cased.
 */
export function normalizeThai(text: string): string {
  return thaiToArabicDigits(
    text
      .normalize('NFC')
      .replace(INVISIBLE, '')
      .replace(SPACE_BEFORE_DEPENDENT, '')
      .replace(SPACE_AFTER_LEADING_VOWEL, '$1')
      .replace(MARK_RUN, canonicalMarkRun)
      // ํ (+ tones) + า is ำ; the tone belongs before ำ.
      .replace(/\u0E4D([\u0E48-\u0E4B]*)\u0E32/g, '$1\u0E33')
      .replace(/\u0E33([\u0E48-\u0E4B]+)/g, '$1\u0E33')
      .replace(/([\u0E48-\u0E4B])\1+/g, '$1'),
  )
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
