import type { CaseData } from '../schemas/case';
import { escapeHtml } from '../lib/escape-html';
import { filterValues, HIDDEN_WORD, isPairToken, WORD_END, SEARCH_FILTER_KEYS, type SearchFilterKey } from './record';
import { compareThai } from '../thai/sort';
import { coreArea, evidenceLevel, localGovernmentKind, workingSystem } from '../cases/vocabulary';
import type { CoreAreaSlug, EvidenceLevel, LocalGovernmentType, SystemSlug } from '../cases/vocabulary';

/** Keys of the search page's URL: the filters (several values each) and the ordering (one). */
export const SEARCH_PAGE_URL_KEYS = {
  ...Object.fromEntries(SEARCH_FILTER_KEYS.map((key) => [key, 'many' as const])),
  sort: 'one' as const,
};

export const RESULT_ORDERS = ['relevance', 'newest', 'oldest'] as const;
export type ResultOrder = (typeof RESULT_ORDERS)[number];

/** The year ordering a URL value asks for, or null for relevance (Pagefind's own order). */
export function yearOrder(value: string | undefined): 'newest' | 'oldest' | null {
  return value === 'newest' || value === 'oldest' ? value : null;
}

/** The Thai label of a filter value (slugs become names; provinces are already names). */
export function filterValueLabel(key: SearchFilterKey, value: string): string {
  try {
    switch (key) {
      case 'area':
        return coreArea(value as CoreAreaSlug).th;
      case 'system':
        return workingSystem(value as SystemSlug).th;
      case 'type':
        return localGovernmentKind(value as LocalGovernmentType).th;
      case 'evidence':
        return evidenceLevel(value as EvidenceLevel).th;
      default:
        return value;
    }
  } catch {
    return value;
  }
}

/** A filter's values with their labels and counts, in Thai order of the labels. */
export function filterOptions(key: SearchFilterKey, counts: Record<string, number>) {
  return Object.entries(counts)
    .map(([value, count]) => ({ value, count, label: filterValueLabel(key, value) }))
    .sort((a, b) => compareThai(a.label, b.label));
}

/** The mark of a hidden word, at the start of the excerpt or after a space or a highlight. */
const HIDDEN = new RegExp(`(^|[ >])${HIDDEN_WORD}`, 'g');
/** A Thai letter or mark. */
const THAI = '[\u0E01-\u0E3A\u0E40-\u0E4E]';
/** A space between two Thai words, with any highlight tags around it. */
const SPACE_IN_THAI = new RegExp(`(${THAI}(?:</?mark>)*) ((?:</?mark>)*)(?=${THAI})`, 'g');

/**
 * An excerpt from Pagefind, ready to show: the index's marks removed and Thai words joined as
 * Thai is written (spaces stay next to digits and Latin letters), with Pagefind's <mark>
 * highlights kept and merged where words were joined. Spaces the author wrote between Thai words
 * are not known here and are joined too.
 */
export function readableExcerpt(excerpt: string): string {
  return excerpt
    .split(WORD_END)
    .join('')
    .replace(HIDDEN, '$1')
    .replace(SPACE_IN_THAI, '$1$2')
    .replace(/<\/mark><mark>/g, '');
}

/** The words of a page's indexed text as the page has them: marks removed, pair tokens left out. */
export function textWords(content: string): string[] {
  const words: string[] = [];
  for (const token of content.split(/\s+/)) {
    if (token === '' || isPairToken(token)) continue;
    const word = (token.startsWith(HIDDEN_WORD) ? token.slice(HIDDEN_WORD.length) : token).split(WORD_END).join('');
    if (word) words.push(word);
  }
  return words;
}

/**
 * An excerpt of a result's indexed text (its fragment's content), ready to show: `length` words
 * around the first place the phrase stands, or else the first word that begins with one of
 * `terms`, or else the start; the phrase or those words marked. Made here rather than taken from
 * Pagefind, whose excerpt centres on where the query matched, which for a phrase searched by its
 * pair tokens is the list of pairs at the end of the text.
 */
export function textExcerpt(content: string, phrase: readonly string[] | null, terms: readonly string[], length = 24): string {
  const words = textWords(content);
  const marked = new Array<boolean>(words.length).fill(false);
  let at = -1;
  if (phrase && phrase.length > 0)
    for (let start = 0; start + phrase.length <= words.length && at < 0; start++)
      if (phrase.every((word, offset) => words[start + offset] === word)) at = start;
  if (at >= 0) marked.fill(true, at, at + phrase!.length);
  else {
    words.forEach((word, index) => {
      if (terms.some((term) => term && word.startsWith(term))) marked[index] = true;
    });
    at = marked.indexOf(true);
  }
  const start = at < 0 ? 0 : Math.max(0, Math.min(at - Math.floor(length / 3), words.length - length));
  const end = Math.min(words.length, start + length);
  const shown = words.slice(start, end).map((word, index) => (marked[start + index] ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word)));
  return readableExcerpt(`${start > 0 ? '… ' : ''}${shown.join(' ')}${end < words.length ? ' …' : ''}`);
}

/**
 * How many cases carry each filter value. Built into the search page so the filter list shows
 * before the facet table is fetched (that table grows with the number of cases).
 */
export function filterTotals(cases: ReadonlyArray<{ data: CaseData }>): Record<SearchFilterKey, Record<string, number>> {
  const totals = Object.fromEntries(SEARCH_FILTER_KEYS.map((key) => [key, {}])) as Record<SearchFilterKey, Record<string, number>>;
  for (const { data } of cases) {
    const values = filterValues(data);
    for (const key of SEARCH_FILTER_KEYS) for (const value of values[key]) totals[key][value] = (totals[key][value] ?? 0) + 1;
  }
  return totals;
}
