/**
 * Years in search. Pages write พ.ศ. (2562) far more often than ค.ศ. (2019), people search with
 * either, and Pagefind ANDs query words (no OR), so a query cannot ask for "2562 or 2019". Instead
 * the index holds both: for every year a page mentions, the other era's form is added to the
 * page's index-only text. Queries are left as typed.
 */

import { thaiToArabicDigits } from './digits';
import { readYear, toBuddhistYear } from './years';

/**
 * Both forms of a year token, พ.ศ. first: "2562", "๒๕๖๒" and "2019" all give ["2562", "2019"].
 * Only four-digit numbers read as a plausible year (ค.ศ. 1900–2100, พ.ศ. 2443–2643, the span
 * years.ts accepts); anything else gives [].
 */
export function yearVariants(token: string): string[] {
  const digits = thaiToArabicDigits(token.trim());
  if (!/^\d{4}$/.test(digits)) return [];
  const reading = readYear(digits);
  if (!reading.ok) return [];
  return [String(toBuddhistYear(reading.ce)), String(reading.ce)];
}

/** Numbers with their decimal and thousands separators, so 1,2019 and 2019.5 are not years. */
const NUMBERS = /\d+(?:[.,]\d+)*/g;

/**
 * The other era's form of every year in a text, each once, leaving out forms the text already has:
 * "ปี 2562 และ 2563" → ["2019", "2020"].
 */
export function otherEraYears(text: string): string[] {
  const numbers = thaiToArabicDigits(text).match(NUMBERS) ?? [];
  const years = new Set(numbers.filter((number) => /^\d{4}$/.test(number)));
  const others = new Set<string>();
  for (const year of years) {
    for (const variant of yearVariants(year)) if (!years.has(variant)) others.add(variant);
  }
  return [...others];
}
