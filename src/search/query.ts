/**
 * Turns what someone typed into the search box into Pagefind queries, using the same
 * normalisation and segmentation as the index (see src/thai/segment.ts).
 *
 * Pagefind ANDs query words anywhere on a page and prefix-matches each one, so a compound such as
 * ป่าชุมชน also finds pages with น้ำป่า and ชุมชน far apart. The search page therefore keeps the
 * pages where the words stand together as a phrase, and shows the looser all-words matches only
 * when no page has the phrase (src/search/run.ts).
 */

import { expandAbbreviations, stripPlacePrefixes } from '../thai/abbreviations';
import { normalizeThai } from '../thai/normalize';
import { segmentThai } from '../thai/segment';
import { yearVariants } from '../thai/year-variants';

export interface QueryPlan {
  /** The query as typed, tidied for showing back (spaces collapsed, invisible characters gone). */
  display: string;
  /** The search words, without repeats: for highlighting and for telling whether there is a query. */
  terms: string[];
  /** The segmented words to find next to each other first, or null when there is nothing to gain. */
  phrase: string[] | null;
  /** Segmented words separated by spaces, ANDed by Pagefind: searched when the phrase finds nothing. */
  fallback: string;
}

/** Whitespace between two Thai characters: either a word break or a slip inside a word. */
const SPACE_INSIDE_THAI = /([\u0E01-\u0E4E])\s+(?=[\u0E01-\u0E4E])/g;

const sameWords = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((word, index) => word === b[index]);

/** พ.ศ. / ค.ศ. (with or without dots and spaces) written just before a four-digit year. */
const ERA_BEFORE_YEAR = /(?:พ\.?\s?ศ\.?|ค\.?\s?ศ\.?)\s*(?=\d{4}(?!\d))/gu;

/**
 * Plans the Pagefind queries for a typed query.
 *
 * The text is normalised and abbreviations are expanded, as on the index side. Place level words
 * are dropped so that ดอนแก้ว, ต.ดอนแก้ว and ตำบลดอนแก้ว search alike: all of them from the
 * fallback, only a leading one from the phrase (in ต.ดอนแก้ว อ.แม่ริม the phrase keeps อำเภอ, which
 * pages write between the two names). Year tokens stay as typed: the index holds both eras
 * (src/thai/year-variants.ts).
 *
 * A space typed between Thai letters is usually a word break (ป่า ชุมชน) but sometimes a slip
 * inside a word (ชุม ชน). The phrase is made from the text with such spaces removed, which gives
 * the same words when the space was a word break (ป่า ชุมชน, ดอน แก้ว) and mends the word when it
 * was not (ชุม ชน → ชุมชน, a one-word phrase). The fallback keeps the words as
 * typed, so ANDed words still find pages when the joined reading was wrong (น้ำ ป่า → น้ำป่า).
 */
export function planQuery(raw: string): QueryPlan {
  const display = raw
    .normalize('NFC')
    .replace(/[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  // An era marker before a year (พ.ศ. 2562, ค.ศ. 2019) is left out: pages write "ปี 2562" or
  // "2562" as often as "พ.ศ. 2562", and the index holds both eras of every year anyway.
  const expanded = expandAbbreviations(normalizeThai(raw).replace(ERA_BEFORE_YEAR, ' '));
  const typedWords = segmentThai(stripPlacePrefixes(expanded));
  const phraseText = stripPlacePrefixes(expanded, 'leading').replace(SPACE_INSIDE_THAI, '$1');
  // Expanding again puts back the spaces the index has around ตำบล, อำเภอ, องค์การบริหารส่วนตำบล….
  const phraseWords = segmentThai(expandAbbreviations(phraseText));
  const terms = [...new Set([...phraseWords, ...typedWords])];
  const fallback = typedWords.join(' ');
  const needsPhrase = phraseWords.length > 1 || !sameWords(phraseWords, typedWords);
  return { display, terms, phrase: needsPhrase && phraseWords.length > 0 ? phraseWords : null, fallback };
}

/**
 * Words to mark in titles and excerpts for a plan: its terms, plus the other era's form of any
 * year (a search for 2019 may find a page that says 2562).
 */
export function highlightTerms(plan: QueryPlan): string[] {
  return [...new Set(plan.terms.flatMap((term) => [term, ...yearVariants(term)]))];
}
