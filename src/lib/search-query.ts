/**
 * Turns what someone typed into the search box into Pagefind queries, using the same
 * normalisation and segmentation as the index (see src/lib/thai-segment.ts).
 *
 * Pagefind ANDs query words anywhere on a page and prefix-matches each one, so a compound such as
 * ป่าชุมชน also finds pages with น้ำป่า and ชุมชน far apart. The search page therefore runs the
 * exact phrase first and the looser word query only when the phrase finds nothing.
 */

import { expandAbbreviations, stripPlacePrefixes } from './thai-abbreviations';
import { normalizeThai } from './thai-normalize';
import { INDEX_WORD_SEPARATOR, segmentThai, toIndexText } from './thai-segment';
import { addYearVariants, yearVariants } from './thai-years';

/**
 * The index-side counterpart of {@link planQuery}: a page's searchable text as it should be given
 * to Pagefind (`addCustomRecord({ content, language: 'th' })`). Normalised, abbreviations written
 * in full (อบต.ดอนแก้ว → องค์การบริหารส่วนตำบล ดอน แก้ว, which also holds the bare name ดอน แก้ว
 * for a query without ตำบล), the other era's form of each year appended, and segmented.
 */
export function searchIndexText(text: string, separator: string = INDEX_WORD_SEPARATOR): string {
  return toIndexText(addYearVariants(expandAbbreviations(normalizeThai(text))), separator);
}

export interface QueryPlan {
  /** The query as typed, tidied for showing back (spaces collapsed, invisible characters gone). */
  display: string;
  /** The search words, without repeats: for highlighting and for telling whether there is a query. */
  terms: string[];
  /** A quoted phrase of segmented words to search first, or null when there is nothing to gain. */
  phrase: string | null;
  /** Segmented words separated by spaces, ANDed by Pagefind: searched when the phrase finds nothing. */
  fallback: string;
}

/** Whitespace between two Thai characters: either a word break or a slip inside a word. */
const SPACE_INSIDE_THAI = /(?<=[\u0E01-\u0E4E])\s+(?=[\u0E01-\u0E4E])/g;

const sameWords = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((word, index) => word === b[index]);

const quote = (words: readonly string[]): string => `"${words.join(' ')}"`;

/**
 * Plans the Pagefind queries for a typed query.
 *
 * The text is normalised, abbreviations are expanded and place level words dropped
 * (ต.ดอนแก้ว, ตำบลดอนแก้ว → ดอนแก้ว), then segmented. Year tokens stay as typed: the index holds
 * both eras (src/lib/thai-years.ts).
 *
 * A space typed between Thai letters is usually a word break (ป่า ชุมชน) but sometimes a slip
 * inside a word (ชุม ชน). The text is segmented both with and without such spaces: when the two
 * agree (ป่า ชุมชน, ดอน แก้ว), that is the query; when the segmenter reads the joined text
 * differently, the joined reading becomes the phrase (searched first, quoted even when it is one
 * word) and the words as typed become the fallback.
 */
export function planQuery(raw: string): QueryPlan {
  const display = raw
    .normalize('NFC')
    .replace(/[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const text = stripPlacePrefixes(normalizeThai(raw));
  const typedWords = segmentThai(text);
  const joinedWords = segmentThai(text.replace(SPACE_INSIDE_THAI, ''));
  const terms = [...new Set([...joinedWords, ...typedWords])];
  const fallback = typedWords.join(' ');

  if (sameWords(typedWords, joinedWords)) {
    return { display, terms, phrase: typedWords.length > 1 ? quote(typedWords) : null, fallback };
  }
  return { display, terms, phrase: quote(joinedWords), fallback };
}

/**
 * Words to mark in titles and excerpts for a plan: its terms, plus the other era's form of any
 * year (a search for 2019 may find a page that says 2562).
 */
export function highlightTerms(plan: QueryPlan): string[] {
  return [...new Set(plan.terms.flatMap((term) => [term, ...yearVariants(term)]))];
}
