/**
 * Result excerpts, in the author's words. Made here rather than taken from Pagefind, whose
 * excerpt shows the indexed text (abbreviations written out, Thai words split by spaces) and
 * centres on where the query matched, which for a phrase searched by its pair tokens is the list
 * of pairs at the end of the text.
 */
import { escapeHtml } from '../lib/escape-html';
import { textWords } from './tokens';
import { readWrittenText } from './written-text';

/** Marked stretches of text, as [start, end) pairs in order, joined when only spaces part them. */
function joinMarks(text: string, spans: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const joined: Array<[number, number]> = [];
  for (const [start, end] of spans) {
    const last = joined.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else if (last && /^\s*$/u.test(text.slice(last[1], start))) last[1] = end;
    else joined.push([start, end]);
  }
  return joined;
}

const shown = (text: string) => escapeHtml(text.replace(/\s+/gu, ' '));

/**
 * An excerpt of a result, ready to show: `length` words of the author's text (its written text,
 * src/search/written-text.ts, at the end of the fragment's `content`) around the first place the
 * phrase stands, or else the first word that begins with one of `terms`, or else the start; the
 * phrase or those words marked. The title is not in the text: the result shows it apart.
 */
export function textExcerpt(
  content: string,
  phrase: readonly string[] | null,
  terms: readonly string[],
  length = 24,
): string {
  const words = textWords(content);
  const { text, starts, ends } = readWrittenText(content, words);
  // The written text covers the page's words up to the body; the years added in the other era follow.
  const count = starts.length;
  const inText = (index: number) => ends[index]! > starts[index]!;
  const marked = new Array<boolean>(count).fill(false);
  let at = -1;
  if (phrase && phrase.length > 0)
    for (let start = 0; start + phrase.length <= count && at < 0; start++)
      if (inText(start) && phrase.every((word, offset) => words[start + offset] === word)) at = start;
  if (at >= 0) marked.fill(true, at, at + phrase!.length);
  else {
    for (let index = 0; index < count; index++)
      if (inText(index) && terms.some((term) => term && words[index]!.startsWith(term))) marked[index] = true;
    at = marked.indexOf(true);
  }
  let first = 0;
  while (first < count && !inText(first)) first++;
  const start = at < 0 ? first : Math.max(first, Math.min(at - Math.floor(length / 3), count - length));
  const end = Math.min(count, start + length);
  const from = start <= first ? 0 : starts[start]!;
  const to = end >= count ? text.length : ends[end - 1]!;
  const spans: Array<[number, number]> = [];
  for (let index = start; index < end; index++)
    if (marked[index] && inText(index)) spans.push([starts[index]!, ends[index]!]);
  let html = '';
  let position = from;
  for (const [markStart, markEnd] of joinMarks(text, spans)) {
    html += `${shown(text.slice(position, markStart))}<mark>${shown(text.slice(markStart, markEnd))}</mark>`;
    position = markEnd;
  }
  html = (html + shown(text.slice(position, to))).trim();
  return `${from > 0 ? '… ' : ''}${html}${to < text.length ? ' …' : ''}`;
}
