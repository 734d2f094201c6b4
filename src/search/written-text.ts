/**
 * A page's text as the author wrote it, for excerpts, kept in its fragment as the differences
 * from the page's indexed words.
 *
 * A Pagefind fragment holds the indexed text: words normalised, abbreviations written out, Thai
 * words split by spaces, the title run into the summary. Excerpts must show the author's words.
 * Storing the text itself as well would add about half to every fragment (970 bytes gzipped on
 * average over 14 cases); its differences from the indexed words (the spaces and punctuation
 * between words, and the written form of the words the index rewrote: ต. for ตำบล, ๒๕๖๒ for
 * 2562) add a sixth (320 bytes over 96 cases).
 *
 * The written text is the page's text with each word the index has as written replaced by
 * SAME_WORD, and each word the index rewrote left as written and followed by one REWRITTEN_WORD
 * for every indexed word it became (อบต. → องค์การ บริหาร ส่วน ตำบล: "อบต." and four marks).
 * Read with the fragment's words (textWords), it gives the text back exactly.
 *
 * It cannot go into the record's meta, which Pagefind 1.6 searches too, so it ends the indexed
 * text as one token that Pagefind keeps but cannot index: every character in it is one Pagefind
 * splits words at (src/search/tokens.ts, WRITTEN_START).
 */
import { WRITTEN_START } from './tokens';

/** Stands for the next indexed word, written as indexed. */
export const SAME_WORD = '\x1E';
/** Gives the next indexed word the written form just before it (since the last word). */
export const REWRITTEN_WORD = '\x1F';

/** A character that is never part of an indexed word: space, punctuation, ฯ, ๆ, invisible ones. */
const SEPARATOR = /[^\p{L}\p{M}\p{N}]|[\u0E2F\u0E46]/u;
/** What ends a written form at the end of a part: spaces, closing brackets and quotes. */
const TRAILING = /[\s)\]}"'”’»]/u;
/** How far a rewritten word's written form may run: abbreviations are short (รพ. สต.). */
const FORM_CHARACTERS = 40;
const FORM_WORDS = 12;

/** The first position from `at` that is not a separator. */
function wordStart(text: string, at: number): number {
  let position = at;
  while (position < text.length && SEPARATOR.test(text[position]!)) position++;
  return position;
}

/**
 * Where the written form of words[next], which does not stand as indexed at `start`, ends, and
 * the first word after it: the nearest later word that stands as written, or the end of the
 * part. A form that cannot be told (nothing close enough) is empty, for that one word.
 */
function writtenForm(
  source: string,
  words: readonly string[],
  next: number,
  start: number,
): [end: number, following: number] {
  let end = -1;
  let following = next + 1;
  for (let j = next + 1; j < Math.min(words.length, next + FORM_WORDS); j++) {
    const found = source.indexOf(words[j]!, start + 1);
    if (found >= 0 && found - start <= FORM_CHARACTERS && (end < 0 || found < end)) [end, following] = [found, j];
  }
  if (end < 0 && words.length - next <= FORM_WORDS && source.length - start <= FORM_CHARACTERS) {
    end = source.length;
    while (end > start && TRAILING.test(source[end - 1]!)) end--;
    return [end, words.length];
  }
  if (end < 0) return [start, next + 1];
  while (end > start && /\s/u.test(source[end - 1]!)) end--;
  return [end, following];
}

/** The written text of one part of a page, given its indexed words (pageWords(text).flat()). */
function writePart(text: string, words: readonly string[]): string {
  const source = text.replaceAll(SAME_WORD, '').replaceAll(REWRITTEN_WORD, '');
  let written = '';
  let at = 0;
  let next = 0;
  while (next < words.length) {
    const start = wordStart(source, at);
    const word = words[next]!;
    if (source.startsWith(word, start)) {
      written += source.slice(at, start) + SAME_WORD;
      at = start + word.length;
      next++;
      continue;
    }
    const [end, following] = writtenForm(source, words, next, start);
    written += source.slice(at, end) + REWRITTEN_WORD.repeat(following - next);
    at = end;
    next = following;
  }
  return written + source.slice(at);
}

/**
 * The written text of a page's parts, one line each. `unwritten` indexed words come first with
 * no written form (the title, which the result shows on its own).
 */
export function writtenText(parts: ReadonlyArray<{ text: string; words: readonly string[] }>, unwritten = 0): string {
  return REWRITTEN_WORD.repeat(unwritten) + parts.map((part) => writePart(part.text, part.words)).join('\n');
}

/**
 * Braille cells: symbols Pagefind neither indexes nor splits content at. ASCII takes cells 0–7F,
 * Thai 80–FE; FF is WRITTEN_START.
 */
const CELL = 0x2800;
const THAI = 0x0e00;
/** Encloses any other character that is not punctuation, as its code point in hexadecimal. */
const CODE_POINT = '\u2E2E';
/** Punctuation, which Pagefind splits words at and does not index, kept as it is. */
const KEPT = /^(?!\p{Pc})\p{P}$/u;

function hide(text: string): string {
  let hidden = '';
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (code < 0x80) hidden += String.fromCharCode(CELL + code);
    else if (code >= THAI && code < THAI + 0x7f) hidden += String.fromCharCode(CELL + 0x80 + code - THAI);
    else if (KEPT.test(character) && character !== CODE_POINT) hidden += character;
    else hidden += CODE_POINT + hide(code.toString(16)) + CODE_POINT;
  }
  return hidden;
}

const HIDDEN_CHARACTER = new RegExp(`${CODE_POINT}([\\u2800-\\u287F]+)${CODE_POINT}|[\\u2800-\\u28FF]`, 'gu');

function show(hidden: string): string {
  return hidden.replace(HIDDEN_CHARACTER, (cell: string, hex?: string) => {
    if (hex) return String.fromCodePoint(parseInt(show(hex), 16));
    const code = cell.charCodeAt(0) - CELL;
    return String.fromCharCode(code < 0x80 ? code : THAI + code - 0x80);
  });
}

/** The token that ends a page's indexed text with its written text (see writtenText). */
export const writtenToken = (written: string) => WRITTEN_START + hide(written);

/** The author's text, and where each indexed word stands in it (empty for words with no written form). */
export interface WrittenWords {
  text: string;
  starts: number[];
  ends: number[];
}

/**
 * Reads the written text back with the page's indexed words, in order (textWords of the
 * fragment's content). Empty for a page without written text.
 */
export function readWrittenText(content: string, words: readonly string[]): WrittenWords {
  const token = content.slice(content.lastIndexOf(' ') + 1);
  const written = token.startsWith(WRITTEN_START) ? show(token.slice(WRITTEN_START.length)) : '';
  let text = '';
  let formStart = 0;
  const starts: number[] = [];
  const ends: number[] = [];
  for (const character of written) {
    if (character === SAME_WORD) {
      starts.push(text.length);
      text += words[starts.length - 1] ?? '';
      ends.push(text.length);
      formStart = text.length;
    } else if (character === REWRITTEN_WORD) {
      starts.push(Math.min(wordStart(text, formStart), text.length));
      ends.push(text.length);
    } else text += character;
  }
  return { text, starts, ends };
}
