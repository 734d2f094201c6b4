/**
 * Proposes the ASCII slug of a new case (its file name and URL) from the author's answers:
 * the place in Latin letters plus the core area, e.g. ดอนแก้ว + health → don-kaeo-health.
 * Pure: the caller passes the slugs already taken and, when the gazetteer knows it, the
 * place's official RTGS name, which beats the rough transliteration below.
 */
import { CASE_SLUG_PATTERN } from '../schemas/case';
import { stripPlacePrefix, type PlaceInput } from '../schemas/place';
import { bangkokIsoDate } from '../thai/dates';
import { segmentThai } from '../thai/segment';
import type { CoreAreaSlug } from './vocabulary';

/** "ก:k ข:kh …" → { ก: 'k', ข: 'kh', … } */
const soundTable = (pairs: string): Readonly<Record<string, string>> =>
  Object.fromEntries(
    pairs
      .trim()
      .split(/\s+/)
      .map((pair) => pair.split(':')),
  );

/** Initial consonant sounds, RTGS. อ carries a vowel and is silent. */
const INITIAL = soundTable(`
  ก:k ข:kh ฃ:kh ค:kh ฅ:kh ฆ:kh ง:ng จ:ch ฉ:ch ช:ch ซ:s ฌ:ch ญ:y ฎ:d ฏ:t ฐ:th ฑ:th ฒ:th ณ:n ด:d ต:t ถ:th
  ท:th ธ:th น:n บ:b ป:p ผ:ph ฝ:f พ:ph ฟ:f ภ:ph ม:m ย:y ร:r ล:l ว:w ศ:s ษ:s ส:s ห:h ฬ:l อ: ฮ:h`);

/** Final consonant sounds, RTGS. ห, อ and ฮ never close a syllable here. */
const FINAL = soundTable(`
  ก:k ข:k ฃ:k ค:k ฅ:k ฆ:k ง:ng จ:t ฉ:t ช:t ซ:t ฌ:t ญ:n ฎ:t ฏ:t ฐ:t ฑ:t ฒ:t ณ:n ด:t ต:t ถ:t ท:t ธ:t
  น:n บ:p ป:p ผ:p ฝ:p พ:p ฟ:p ภ:p ม:m ย:i ร:n ล:n ว:o ศ:t ษ:t ส:t ฬ:n`);

/** Vowel signs written after (above, below) their consonant. */
const FOLLOWING_VOWELS = new Set(['ะ', 'ั', 'า', 'ำ', 'ิ', 'ี', 'ึ', 'ื', 'ุ', 'ู', 'ๅ']);
/** Vowels written before their consonant. */
const LEADING_VOWELS = new Set(['เ', 'แ', 'โ', 'ใ', 'ไ']);
/** The true clusters, and the ones whose ร is silent or changes the sound (จร ch, สร ศร ซร s, ทร s). */
const CLUSTERS = new Set('กร กล กว ขร ขล ขว คร คล คว ตร ปร ปล พร พล ผล บร บล ดร ฟร ฟล จร ซร ศร สร ษร ทร'.split(' '));
/** Consonants that ห makes high-class while staying silent itself (หนอง → nong). */
const LED_BY_HO = new Set([...'งญนมยรลว']);

const isConsonant = (char: string | undefined): char is string => char !== undefined && char in INITIAL;

interface Syllable {
  roman: string;
  /** An open a-syllable (สะ, implicit ส in สบาย) is written together with the next one: samo, sabai. */
  bound: boolean;
}

/** Tone marks, maitaikhu, repeat and abbreviation signs, and silent letters (marked ์) removed. */
function prepare(word: string): string {
  return word
    .replace(/(?<=[\u0E01-\u0E2E])[\u0E01-\u0E2C]ร\u0E4C/g, '') // จันทร์ → จัน, ราษฎร์ → ราษ
    .replace(/[\u0E01-\u0E2E][\u0E34\u0E38]?\u0E4C/g, '') // the letter under ์ is silent
    .replace(/[\u0E48-\u0E4B\u0E47\u0E4D\u0E3A\u0E46\u0E2F]/g, '');
}

/** Whether the consonant at k closes the syllable before it (rather than opening the next one). */
function closes(text: string, k: number): boolean {
  const char = text[k];
  if (!isConsonant(char) || !(char in FINAL)) return false;
  const next = text[k + 1];
  if (next !== undefined && (FOLLOWING_VOWELS.has(next) || next === 'อ')) return false;
  // ปลา after a vowel: ป opens the cluster ปล rather than closing the syllable before.
  if (CLUSTERS.has(char + (next ?? '')) && FOLLOWING_VOWELS.has(text[k + 2] ?? '')) return false;
  return true;
}

/**
 * The final consonant at k, if it closes the syllable. An even run of bare consonants after a vowel
 * pairs up by itself (ยโสธร: so-thon, not sot-ra), so its first consonant is left to open a syllable.
 */
function finalAt(text: string, k: number, required = false): { sound: string; next: number } {
  const run = bareRun(text, k);
  return run % 2 === 1 || (required && run > 0)
    ? { sound: FINAL[text[k] ?? ''] ?? '', next: k + 1 }
    : { sound: '', next: k };
}

/** Consonants from k on that could each close a syllable (no vowel sign after them). */
function bareRun(text: string, k: number): number {
  let count = 0;
  while (closes(text, k + count)) count++;
  return count;
}

interface Initial {
  roman: string;
  length: number;
}

/** The initial consonant sound at i: a cluster or a ห-led consonant when one fits, else the single consonant. */
function initialAt(text: string, i: number, leading: string): Initial {
  const [first = '', second = '', third] = [text[i], text[i + 1], text[i + 2]];
  const single: Initial = { roman: INITIAL[first] ?? '', length: 1 };
  const vowelAfter = FOLLOWING_VOWELS.has(third ?? '') || third === 'อ';
  // ห before a low consonant is silent (หนอง nong); หว only before a vowel (หวาน wan, but ห้วย huai).
  if (first === 'ห' && LED_BY_HO.has(second) && (second === 'ว' ? vowelAfter : third !== undefined || leading !== ''))
    return { roman: INITIAL[second] ?? '', length: 2 };
  if (first === 'อ' && second === 'ย' && vowelAfter) return { roman: 'y', length: 2 };
  if (!CLUSTERS.has(first + second) || (second === 'ร' && third === 'ร')) return single;
  // A cluster needs a vowel after it or a closing consonant (กรม krom; ว between consonants is the
  // vowel ua: สวน suan); after ใ/ไ nothing need follow (ไกล klai).
  const fits =
    leading === 'ใ' || leading === 'ไ' || vowelAfter || (closes(text, i + 2) && (leading !== '' || second !== 'ว'));
  if (!fits) return single;
  const silentR = second === 'ร' && 'จซศสษ'.includes(first);
  const roman =
    first === 'ท' && second === 'ร'
      ? 's'
      : silentR
        ? (INITIAL[first] ?? '')
        : `${INITIAL[first] ?? ''}${INITIAL[second] ?? ''}`;
  return { roman, length: 2 };
}

/** The vowel and final consonant after an initial at j, with where the syllable ends. */
function rime(text: string, j: number, leading: string): { roman: string; next: number; bound?: boolean } {
  const at = (k: number) => text[k] ?? '';
  const withFinal = (vowel: string, k: number, required = false) => {
    const final = finalAt(text, k, required);
    return { roman: vowel + final.sound, next: final.next };
  };
  switch (leading) {
    case 'เ':
      if (at(j) === 'ี' && at(j + 1) === 'ย')
        return at(j + 2) === 'ะ' ? { roman: 'ia', next: j + 3 } : withFinal('ia', j + 2);
      if (at(j) === 'ื' && at(j + 1) === 'อ')
        return at(j + 2) === 'ะ' ? { roman: 'uea', next: j + 3 } : withFinal('uea', j + 2);
      if (at(j) === 'า') return at(j + 1) === 'ะ' ? { roman: 'o', next: j + 2 } : { roman: 'ao', next: j + 1 };
      if (at(j) === 'ิ') return withFinal('oe', j + 1);
      if (at(j) === 'อ') return at(j + 1) === 'ะ' ? { roman: 'oe', next: j + 2 } : withFinal('oe', j + 1);
      if (at(j) === 'ย' && !FOLLOWING_VOWELS.has(at(j + 1))) return { roman: 'oei', next: j + 1 };
      if (at(j) === 'ะ') return { roman: 'e', next: j + 1 };
      return withFinal('e', j);
    case 'แ':
      return at(j) === 'ะ' ? { roman: 'ae', next: j + 1 } : withFinal('ae', j);
    case 'โ':
      return at(j) === 'ะ' ? { roman: 'o', next: j + 1 } : withFinal('o', j);
    case 'ใ':
    case 'ไ':
      return { roman: 'ai', next: at(j) === 'ย' && !FOLLOWING_VOWELS.has(at(j + 1)) ? j + 1 : j };
  }
  const vowel = at(j);
  if (vowel === 'ั' && at(j + 1) === 'ว')
    return at(j + 2) === 'ะ' ? { roman: 'ua', next: j + 3 } : withFinal('ua', j + 2);
  // ั is always closed by a consonant (จันทบุรี: chan-tha-…).
  if (vowel === 'ั') return withFinal('a', j + 1, true);
  if (vowel === 'า') return withFinal('a', j + 1);
  if (vowel === 'ำ') return { roman: 'am', next: j + 1 };
  if (vowel === 'ิ' || vowel === 'ี') return withFinal('i', j + 1);
  if (vowel === 'ึ') return withFinal('ue', j + 1);
  if (vowel === 'ื') return withFinal('ue', at(j + 1) === 'อ' ? j + 2 : j + 1);
  if (vowel === 'ุ' || vowel === 'ู') return withFinal('u', j + 1);
  if (vowel === 'ะ') return { roman: 'a', next: j + 1, bound: true };
  if (vowel === 'ร' && at(j + 1) === 'ร') {
    const final = finalAt(text, j + 2);
    return final.sound ? { roman: `a${final.sound}`, next: final.next } : { roman: 'an', next: j + 2 };
  }
  if (vowel === 'อ' && !FOLLOWING_VOWELS.has(at(j + 1))) return withFinal('o', j + 1);
  if (vowel === 'ว' && closes(text, j + 1)) return withFinal('ua', j + 1);
  // No vowel written: bare consonants pair up as C-o-C (คน khon); an odd number starts with C-a (นคร na-khon).
  const run = bareRun(text, j);
  if (run > 0 && run % 2 === 1) return { roman: `o${FINAL[vowel] ?? ''}`, next: j + 1 };
  return { roman: 'a', next: j, bound: true };
}

function readSyllable(text: string, start: number): { syllable: Syllable; next: number } {
  const char = text[start] ?? '';
  if (char === 'ฤ' || char === 'ฦ')
    return {
      syllable: { roman: char === 'ฤ' ? 'rue' : 'lue', bound: false },
      next: start + (text[start + 1] === 'ๅ' ? 2 : 1),
    };
  const leading = LEADING_VOWELS.has(char) ? char : '';
  const i = start + leading.length;
  if (!isConsonant(text[i]))
    return { syllable: { roman: leading ? 'e' : '', bound: false }, next: i + (leading ? 0 : 1) };
  const initial = initialAt(text, i, leading);
  const { roman, next, bound = false } = rime(text, i + initial.length, leading);
  return { syllable: { roman: initial.roman + roman, bound }, next: Math.max(next, i + 1) };
}

/** Common place-name words whose spelling the rules above read wrongly. */
const IRREGULAR: ReadonlyArray<readonly [string, string]> = [
  ['นคร', 'nakhon'],
  ['สมุทร', 'samut'],
  ['ปฐม', 'pathom'],
  ['มหา', 'maha'],
  ['ธานี', 'thani'],
  ['ราชสีมา', 'ratchasima'],
  ['สงคราม', 'songkhram'],
  ['ตลาด', 'talat'],
];

/** The syllables of a run of Thai letters with no irregular word in it. */
function regularSyllables(text: string): Syllable[] {
  const syllables: Syllable[] = [];
  for (let k = 0; k < text.length;) {
    const { syllable, next } = readSyllable(text, k);
    k = next;
    if (syllable.roman) syllables.push(syllable);
  }
  return syllables;
}

const IRREGULAR_PATTERN = new RegExp(`(${IRREGULAR.map(([thai]) => thai).join('|')})`);
const IRREGULAR_ROMAN = new Map(IRREGULAR);

/** The syllables of one Thai word (or a run of Latin letters and digits); irregular words are read whole. */
function syllablesOf(word: string): Syllable[] {
  if (/^[a-z0-9]+$/.test(word)) return [{ roman: word, bound: false }];
  return prepare(word)
    .split(IRREGULAR_PATTERN)
    .flatMap((part) => {
      const irregular = IRREGULAR_ROMAN.get(part);
      return irregular ? [{ roman: irregular, bound: false }] : regularSyllables(part);
    });
}

/**
 * A rough RTGS-like romanisation of Thai text as a kebab-case string, one hyphen between syllables
 * except after an open a-syllable: ดอนแก้ว → don-kaeo, บางขะแยง → bang-khayaeng. Tone marks are
 * dropped; irregular spellings come out approximately.
 */
export function romanizeThai(text: string): string {
  let out = '';
  let joinNext = true;
  for (const syllable of segmentThai(text).flatMap(syllablesOf)) {
    out += joinNext ? syllable.roman : `-${syllable.roman}`;
    joinNext = syllable.bound;
  }
  return kebab(out);
}

/** Lower-case ASCII letters and digits joined by single hyphens: "Don Kaeo" → don-kaeo. */
export function kebab(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The longest place part of a proposed slug, so file names stay readable. */
const MAX_PLACE_LENGTH = 40;

/** The first `max` characters of a kebab string, cut at a hyphen. */
function shorten(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, max)).replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3`, … when it is taken. */
export function uniqueSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

export const isCaseSlug = (slug: string): boolean => CASE_SLUG_PATTERN.test(slug);

export interface SlugAnswers {
  area: CoreAreaSlug;
  places: readonly Pick<PlaceInput, 'province' | 'district' | 'tambon'>[];
}

export interface SlugOptions {
  /** The first place's official Latin name (the gazetteer's RTGS), used instead of the transliteration. */
  latinPlace?: string;
  /** For the fallback `case-<yyyymmdd>`; defaults to now. */
  today?: Date;
}

/**
 * A slug for a new case: the first place's most specific name (tambon, else district, else province)
 * in Latin letters, then the area, made unique against `taken`; `case-<yyyymmdd>` when no name
 * gives any Latin letters.
 */
export function proposeSlug(answers: SlugAnswers, taken: Iterable<string>, options: SlugOptions = {}): string {
  const place = answers.places[0];
  const name = stripPlacePrefix(place?.tambon ?? place?.district ?? place?.province ?? '');
  const placePart = shorten(kebab(options.latinPlace ?? '') || romanizeThai(name), MAX_PLACE_LENGTH);
  const base = placePart
    ? `${placePart}-${answers.area}`
    : `case-${bangkokIsoDate(options.today ?? new Date()).replace(/-/g, '')}`;
  return uniqueSlug(base, taken);
}
