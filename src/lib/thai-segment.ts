/**
 * Thai word segmentation shared by the search index (Node) and the search page (browser), so both
 * cut the same text into the same words. Uses the platform's `Intl.Segmenter` (ICU dictionary).
 */

import { normalizeThai } from './thai-normalize';

const wordSegmenter = new Intl.Segmenter('th', { granularity: 'word' });

/** A Thai letter or mark (not a Thai digit or sign) next to a digit, in either order. */
const THAI_DIGIT_BOUNDARY = /(?<=[\u0E01-\u0E3A\u0E40-\u0E4E])(?=\d)|(?<=\d)(?=[\u0E01-\u0E3A\u0E40-\u0E4E])/gu;

/**
 * Characters that are not part of a search word. ๆ (repeat) and ฯ (abbreviation) are signs, not
 * letters: ต่างๆ and ต่าง ๆ both give ต่าง. A period or comma between two digits stays (3.5, 1,000).
 */
const NOT_WORD = /[^\p{L}\p{M}\p{N}.,]|[\u0E2F\u0E46]|(?<!\p{N})[.,]|[.,](?!\p{N})/gu;

/**
 * The words of a text, in order: normalised with {@link normalizeThai}, cut by `Intl.Segmenter('th')`,
 * punctuation and spaces dropped, and digits split from Thai letters (ที่๕ตำบล → ที่ 5 ตำบล).
 */
export function segmentThai(text: string): string[] {
  const prepared = normalizeThai(text).replace(THAI_DIGIT_BOUNDARY, ' ');
  const words: string[] = [];
  for (const { segment, isWordLike } of wordSegmenter.segment(prepared)) {
    if (!isWordLike) continue;
    // ICU keeps letters joined by a period or a sign in one segment (พ.ศ, ต่างๆ): split them.
    for (const part of segment.split(NOT_WORD)) if (part) words.push(part);
  }
  return words;
}

/** Separator {@link toIndexText} puts between words unless told otherwise. */
export const INDEX_WORD_SEPARATOR = ' ';

/**
 * The word-separated form of a text for the search index: {@link segmentThai}'s words joined by one
 * separator (a space by default). The search page segments the query the same way, so a phrase
 * query's words line up with the indexed words.
 */
export function toIndexText(text: string, separator: string = INDEX_WORD_SEPARATOR): string {
  return segmentThai(text).join(separator);
}
