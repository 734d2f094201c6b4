/**
 * Thai word segmentation shared by the search index (Node) and the search page (browser), so both
 * cut the same text into the same words. Uses the platform's `Intl.Segmenter` (ICU dictionary).
 */

import { normalizeThai } from './normalize';

/**
 * Null where the browser lacks `Intl.Segmenter` (Firefox before 125): words are then split at spaces
 * only, as Pagefind itself does there. (Regular expressions here avoid lookbehind, which Safari
 * before 16.4 cannot parse.)
 */
const wordSegmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('th', { granularity: 'word' }) : null;

/** A Thai letter or mark (not a Thai digit or sign) followed by a digit, and the reverse. */
const THAI_THEN_DIGIT = /([\u0E01-\u0E3A\u0E40-\u0E4E])(?=\d)/g;
const DIGIT_THEN_THAI = /(\d)(?=[\u0E01-\u0E3A\u0E40-\u0E4E])/g;

/**
 * The search words inside one segment: a number (a period or comma between digits stays: 3.5,
 * 1,000) or a run of letters and marks. ๆ (repeat) and ฯ (abbreviation) are signs, not letters:
 * ต่างๆ and ต่าง ๆ both give ต่าง. Letters joined by a period (พ.ศ) come apart.
 */
const WORD_PARTS = /\p{N}+(?:[.,]\p{N}+)*|(?:(?![\u0E2F\u0E46])[\p{L}\p{M}])+/gu;

function wordLikeSegments(text: string): string[] {
  if (wordSegmenter === null) return text.split(' ');
  const segments: string[] = [];
  for (const { segment, isWordLike } of wordSegmenter.segment(text)) if (isWordLike) segments.push(segment);
  return segments;
}

/**
 * The words of a text, in order: normalised with {@link normalizeThai}, cut by `Intl.Segmenter('th')`,
 * punctuation and spaces dropped, and digits split from Thai letters (ที่๕ตำบล → ที่ 5 ตำบล).
 */
export function segmentThai(text: string): string[] {
  const prepared = normalizeThai(text).replace(THAI_THEN_DIGIT, '$1 ').replace(DIGIT_THEN_THAI, '$1 ');
  // ICU keeps letters joined by a period or a sign in one segment (พ.ศ, ต่างๆ): split them.
  return wordLikeSegments(prepared).flatMap((segment) => segment.match(WORD_PARTS) ?? []);
}
