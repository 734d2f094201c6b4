/**
 * Length and shortening of Thai text as a reader sees it: in grapheme clusters (a consonant with
 * its vowel and tone marks is one), not code points, and cut between words, not inside one.
 */

const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });
const words = new Intl.Segmenter('th', { granularity: 'word' });

/** How many grapheme clusters a text has: น้ำ is one cluster per base letter, two in all. */
export function graphemeCount(text: string): number {
  return [...graphemes.segment(text)].length;
}

const ELLIPSIS = '…';
/** Spaces and punctuation that should not end a shortened text: "ชุมชน (" or "ชุมชน:" before the ellipsis. */
const TRAILING = /[\s([{:;,.\-–—/|"“'‘]+$/u;

/**
 * The text itself when it has at most `max` grapheme clusters; otherwise its longest beginning that
 * ends between two words, followed by "…", within `max` in all. A cut at a space (between phrases,
 * as Thai titles are spaced) is preferred when it keeps two thirds of the room: the dictionary's
 * word breaks can fall inside a name it does not know (ปะลุกาสาเมาะ). A first word longer than
 * the room is cut between clusters.
 */
export function truncateText(text: string, max: number): string {
  if (graphemeCount(text) <= max) return text;
  const budget = max - 1;
  let kept = '';
  let atSpace = '';
  for (const { segment } of words.segment(text)) {
    if (graphemeCount(kept + segment) > budget) break;
    if (/^\s+$/u.test(segment)) atSpace = kept;
    kept += segment;
  }
  if (graphemeCount(atSpace) * 3 >= budget * 2) kept = atSpace;
  kept = kept.replace(TRAILING, '');
  if (kept === '') {
    for (const { segment } of graphemes.segment(text)) {
      if (graphemeCount(kept) + 1 > budget) break;
      kept += segment;
    }
  }
  return `${kept}${ELLIPSIS}`;
}
