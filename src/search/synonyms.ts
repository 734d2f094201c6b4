/**
 * Words that mean the same thing, so that a page which writes one form is found by the others.
 * Pagefind cannot OR a query's words, so the index does it: a page that has a form of a group
 * also holds the group's other forms, after its text (src/search/record.ts), as it holds the
 * years in the other era. Pure.
 *
 * Only true synonyms belong here, one reason each. Related but wider or narrower terms do not:
 * ภาวะพึ่งพิง (dependency, the long-term-care term) is not ผู้ป่วยติดเตียง (bedridden patients,
 * one kind of dependent person); งานวิจัย (research) is not every page that names a research
 * team or institute (ทีมวิจัย, สถาบันวิจัย); ปลอดขยะ (free of litter, bin-free) is not Zero Waste.
 */
import { pageWords } from './tokens';

export const SYNONYMS: ReadonlyArray<{ forms: readonly string[]; why: string }> = [
  {
    forms: ['คนพิการ', 'ผู้พิการ'],
    why: 'a person with disabilities: คนพิการ is the word of the law (พ.ร.บ.ส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ), ผู้พิการ the politer everyday one',
  },
  {
    forms: ['Zero Waste', 'ขยะเป็นศูนย์'],
    why: 'the English name and its Thai translation, both used on Thai pages for the same policy',
  },
];

/** Each group's forms as index words (normalised, segmented), found once. */
const GROUPS: string[][][] = SYNONYMS.map(({ forms }) => forms.map((form) => pageWords(form).flat()));

const hasAt = (words: readonly string[], form: readonly string[], at: number) =>
  form.every((word, offset) => words[at + offset] === word);

/**
 * The forms to add to a page whose words (pageWords, searchable ones only) are `words`: for every
 * group the page has a form of, each other form of it, once, as index words.
 */
export function synonymForms(words: readonly string[]): string[][] {
  const added: string[][] = [];
  for (const forms of GROUPS) {
    const has = forms.map((form) => words.some((_, at) => hasAt(words, form, at)));
    if (has.some(Boolean)) added.push(...forms.filter((_, index) => !has[index]));
  }
  return added;
}
