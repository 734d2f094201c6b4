/**
 * Abbreviations people write for places, local-government bodies and agencies.
 * Search expands them to their full forms on both the index side and the
 * query side, so อบต.ดอนแก้ว, อบต. ดอนแก้ว and องค์การบริหารส่วนตำบลดอนแก้ว give the same words.
 */

export interface Abbreviation {
  /** As written, with its period(s): "อบต.". */
  abbreviation: string;
  /** The full form it stands for: "องค์การบริหารส่วนตำบล". */
  full: string;
}

export const ABBREVIATIONS: readonly Abbreviation[] = [
  { abbreviation: 'ต.', full: 'ตำบล' },
  { abbreviation: 'อ.', full: 'อำเภอ' },
  { abbreviation: 'จ.', full: 'จังหวัด' },
  { abbreviation: 'ม.', full: 'หมู่' },
  { abbreviation: 'อบต.', full: 'องค์การบริหารส่วนตำบล' },
  { abbreviation: 'ทต.', full: 'เทศบาลตำบล' },
  { abbreviation: 'ทม.', full: 'เทศบาลเมือง' },
  { abbreviation: 'ทน.', full: 'เทศบาลนคร' },
  { abbreviation: 'อบจ.', full: 'องค์การบริหารส่วนจังหวัด' },
  { abbreviation: 'อปท.', full: 'องค์กรปกครองส่วนท้องถิ่น' },
  { abbreviation: 'กทม.', full: 'กรุงเทพมหานคร' },
  { abbreviation: 'สสส.', full: 'สำนักงานกองทุนสนับสนุนการสร้างเสริมสุขภาพ' },
  { abbreviation: 'สช.', full: 'สำนักงานคณะกรรมการสุขภาพแห่งชาติ' },
  { abbreviation: 'พอช.', full: 'สถาบันพัฒนาองค์กรชุมชน' },
  { abbreviation: 'กปท.', full: 'กองทุนหลักประกันสุขภาพระดับท้องถิ่น' },
  { abbreviation: 'อสม.', full: 'อาสาสมัครสาธารณสุขประจำหมู่บ้าน' },
  { abbreviation: 'รพ.สต.', full: 'โรงพยาบาลส่งเสริมสุขภาพตำบล' },
  { abbreviation: 'ศพด.', full: 'ศูนย์พัฒนาเด็กเล็ก' },
];

/** Words that name the level of a place rather than the place: ตำบลดอนแก้ว is the place ดอนแก้ว. */
export const PLACE_PREFIXES = ['ตำบล', 'อำเภอ', 'จังหวัด'] as const;

const THAI_LETTER = '[\\u0E01-\\u0E2E\\u0E40-\\u0E44]';
const LETTER_OR_DIGIT = '[\\p{L}\\p{N}]';
/**
 * Not inside a word: the start, or a character that is neither letter nor mark, captured and put
 * back (no lookbehind, which Safari before 16.4 cannot parse).
 */
const WORD_START = '(^|[^\\p{L}\\p{M}])';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * How an abbreviation may be written. A period may be followed by a space (รพ. สต.). Abbreviations
 * of three or more letters may also drop their periods when they stand alone (อบต ดอนแก้ว);
 * shorter ones always need the period, since ทน, ม and ต without one are ordinary words or letters.
 * ม. counts only before a number (ม.5, ม. ๕): ม.เชียงใหม่ is a university, not a village.
 * ต., อ. and จ. count only before a name.
 */
function abbreviationForms({ abbreviation, full }: Abbreviation): {
  withPeriods: string;
  withoutPeriods: string | null;
} {
  const letters = abbreviation.replace(/\./g, '');
  const parts = abbreviation.split('.').filter(Boolean).map(escapeRegExp);
  const withPeriods = `${parts.join('\\.\\s?')}\\.`;
  const withoutPeriods = [...letters].length >= 3 ? parts.join('\\.?') : null;
  if (full === 'หมู่') return { withPeriods: `${withPeriods}(?=\\s?[0-9\\u0E50-\\u0E59])`, withoutPeriods };
  if ([...letters].length === 1) return { withPeriods: `${withPeriods}(?=\\s?${THAI_LETTER})`, withoutPeriods };
  return { withPeriods, withoutPeriods };
}

const byLengthDescending = (a: string, b: string): number => b.length - a.length;

const ABBREVIATION_BY_LETTERS = new Map(
  ABBREVIATIONS.map((entry) => [entry.abbreviation.replace(/\./g, ''), entry.full]),
);

const ABBREVIATION_FORMS = [...ABBREVIATIONS]
  .sort((a, b) => byLengthDescending(a.abbreviation, b.abbreviation))
  .map(abbreviationForms);
/**
 * Every written form, the ones with periods first. The forms without periods share one lookahead:
 * each copy of the Unicode class costs a phone's browser milliseconds to compile, and a copy per
 * abbreviation made the first search on the search page wait 40 ms and more. (None of the forms
 * with periods matches where a longer one without them also does, so the matches are those of one
 * alternative per abbreviation.)
 */
const ABBREVIATION_REGEX = new RegExp(
  `${WORD_START}((?:${ABBREVIATION_FORMS.map((form) => form.withPeriods).join('|')})|(?:${ABBREVIATION_FORMS.flatMap(
    (form) => form.withoutPeriods ?? [],
  ).join('|')})(?!${LETTER_OR_DIGIT}))`,
  'gu',
);

/**
 * Full forms that may be glued to the name that follows (ตำบลดอนแก้ว, เทศบาลนครเชียงใหม่): a space
 * is put around them so the name is segmented on its own, exactly as when it is searched alone.
 * หมู่ is left out because it begins หมู่บ้าน.
 */
const isThai = (character: string | undefined): boolean =>
  character !== undefined && character >= '\u0E01' && character <= '\u0E4E';

const GLUED_FULL_FORM_REGEX = new RegExp(
  `(${[...new Set([...ABBREVIATIONS.map((entry) => entry.full), ...PLACE_PREFIXES])]
    .filter((full) => full !== 'หมู่')
    .sort(byLengthDescending)
    .join('|')})`,
  'gu',
);

/**
 * Writes every abbreviation in full and separates full forms from a name glued to them:
 * ต.ดอนแก้ว → ตำบล ดอนแก้ว, อบต.ดอนแก้ว → องค์การบริหารส่วนตำบล ดอนแก้ว, ม.5 → หมู่ 5,
 * ตำบลดอนแก้ว → ตำบล ดอนแก้ว. Whitespace is collapsed.
 */
export function expandAbbreviations(text: string): string {
  return text
    .normalize('NFC')
    .replace(ABBREVIATION_REGEX, (match, before: string, written: string) => {
      const full = ABBREVIATION_BY_LETTERS.get(written.replace(/[.\s]/g, ''));
      return full === undefined ? match : `${before}${full} `;
    })
    .replace(GLUED_FULL_FORM_REGEX, (full: string, _group: string, offset: number, whole: string) => {
      const before = isThai(whole[offset - 1]) ? ' ' : '';
      const after = isThai(whole[offset + full.length]) ? ' ' : '';
      return `${before}${full}${after}`;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words after ตำบล that make a concept of the programme, not a place: ตำบลสุขภาวะ is a healthy tambon. */
export const PLACE_PREFIX_CONCEPTS = ['สุขภาวะ', 'น่าอยู่', 'เข้มแข็ง', 'ต้นแบบ'] as const;

/** A level word followed by a name (not by a concept word). */
const PLACE_PREFIX = `(?:${PLACE_PREFIXES.join('|')})(?=\\s*[\\p{L}\\p{N}])(?!\\s*(?:${PLACE_PREFIX_CONCEPTS.join('|')}))`;
const PLACE_PREFIX_REGEX = new RegExp(`(^|[\\s\\p{P}])${PLACE_PREFIX}`, 'gu');
const LEADING_PLACE_PREFIX_REGEX = new RegExp(`^${PLACE_PREFIX}`, 'u');

/**
 * The query's place names without the level words ตำบล, อำเภอ, จังหวัด (or ต., อ., จ.), so that
 * ดอนแก้ว, ต.ดอนแก้ว and ตำบลดอนแก้ว become the same search words and find pages that write the
 * name any of these ways. Abbreviations are expanded first. A level word inside a longer name
 * (องค์การบริหารส่วนตำบล) stays, and so do ตำบลสุขภาวะ-like concepts and a query made of a level
 * word alone. With `scope: 'leading'` only a level word at the start of the query goes: the ones
 * between two names (ดอนแก้ว อำเภอ แม่ริม) are what a page has between them, which a phrase needs.
 */
export function stripPlacePrefixes(query: string, scope: 'all' | 'leading' = 'all'): string {
  const expanded = expandAbbreviations(query);
  const stripped = (
    scope === 'all' ? expanded.replace(PLACE_PREFIX_REGEX, '$1') : expanded.replace(LEADING_PLACE_PREFIX_REGEX, '')
  )
    .replace(/\s+/g, ' ')
    .trim();
  return stripped === '' ? expanded : stripped;
}
