/**
 * Place names as people type them: the one prefix stripper, the one comparison key, and how close
 * two keys are. Pure and browser-safe (the tambon finder uses it).
 */
import { normalizeThai } from '../thai/normalize';

/**
 * Strips a Thai administrative prefix a coordinator may type before a name: จ. / จังหวัด, อ. / อำเภอ /
 * กิ่งอำเภอ / เขต, ต. / ตำบล / แขวง.
 */
export function stripPlacePrefix(name: string): string {
  return name
    .trim()
    .replace(/^(จังหวัด|จ\.|กิ่งอำเภอ|อำเภอ|อ\.|เขต|ตำบล|ต\.|แขวง)\s*/u, '')
    .trim();
}

/**
 * The form names are compared in: Thai text normalised as for search (invisible characters, ำ and the
 * order of marks folded), every leading administrative prefix removed, and no spaces, hyphens or dots
 * (สุไหงโก-ลก = สุไหงโกลก).
 */
export function normalizePlaceName(name: string): string {
  let text = normalizeThai(name);
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = stripPlacePrefix(text);
  }
  return text.replace(/[\s\-–.]/gu, '');
}

/** How a name matches what was typed, both normalised: 0 the same, 1 starts with it, 2 contains it; undefined otherwise. */
export function nameMatchRank(typed: string, known: string): 0 | 1 | 2 | undefined {
  if (known === typed) return 0;
  if (known.startsWith(typed)) return 1;
  if (known.includes(typed)) return 2;
  return undefined;
}

/** Levenshtein distance over code points. */
export function editDistance(a: string, b: string): number {
  const left = Array.from(a);
  const right = Array.from(b);
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let i = 1; i <= left.length; i++) {
    const current = [i];
    for (let j = 1; j <= right.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (left[i - 1] === right[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[right.length] ?? 0;
}

/** Edit distance, except that a name containing the other (สวก in บ่อสวก) counts as nearly equal. */
export function nameDistance(typed: string, known: string): number {
  if (typed === known) return 0;
  if (typed.length > 0 && (known.includes(typed) || typed.includes(known))) return 0.5;
  return editDistance(typed, known);
}
