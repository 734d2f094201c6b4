/** Reads what the search index needs from a built case page (HTML, through hast). Build only. */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { coreArea } from '../../cases/vocabulary';
import type { CaseData } from '../../schemas/case';
import { normalizeThai } from '../../thai/normalize';
import { otherEraYears } from '../../thai/year-variants';
import { formatBuddhistYear } from '../../thai/years';
import { caseRecord, SEARCHED_PARTS, type CasePage, type CaseSearchRecord, type SearchedPart } from '../record';

const attribute = (element: Element, name: string): string => {
  const value = element.properties[name];
  return Array.isArray(value) ? value.join(' ') : value === undefined || value === null ? '' : String(value);
};

/** Links to other cases, and the characters that mark their text while a part is read. */
const CASE_LINK = 'a[href^="/cases/"]';
const LINK_START = '\uE000';
const LINK_END = '\uE001';

/** A part's text, and where its links to other cases stand in it. */
function readPart(elements: Element[]): { text: string; linked: Array<[number, number]> } {
  for (const link of elements.flatMap((element) => selectAll(CASE_LINK, element))) {
    link.children.unshift({ type: 'text', value: LINK_START });
    link.children.push({ type: 'text', value: LINK_END });
  }
  const marked = elements.map((element) => toText(element, { whitespace: 'normal' })).join(' ');
  let text = '';
  const linked: Array<[number, number]> = [];
  for (const [at, run] of marked.split(new RegExp(`[${LINK_START}${LINK_END}]`)).entries()) {
    if (at % 2 === 1 && run) linked.push([text.length, text.length + run.length]);
    text += run;
  }
  return { text, linked };
}

/**
 * Reads a built case page, or returns undefined when the page is not a case page. Only the
 * marked parts are searched; site chrome, facts panels and sources are not, nor the text of links
 * to other cases.
 */
export function readCasePage(html: string, url: string): CasePage | undefined {
  // Only the stretch from the first article to the last is parsed: the head and the site's
  // chrome are a good part of the page, and nothing in them is read.
  const start = html.indexOf('<article');
  const end = html.lastIndexOf('</article>');
  if (start < 0 || end < start) return undefined;
  const tree: Root = fromHtml(html.slice(start, end + '</article>'.length), { fragment: true });
  const article = select('article[data-case-slug]', tree);
  if (!article) return undefined;
  const read = SEARCHED_PARTS.map((part) => readPart(selectAll(`[data-search="${part}"]`, article)));
  const parts = Object.fromEntries(SEARCHED_PARTS.map((part, at) => [part, read[at]!.text])) as Record<
    SearchedPart,
    string
  >;
  const linked = Object.fromEntries(
    SEARCHED_PARTS.flatMap((part, at) => (read[at]!.linked.length ? [[part, read[at]!.linked]] : [])),
  ) as CasePage['linked'];
  // The years a page names itself, not those in the titles of cases it links to.
  const allText = read
    .map(({ text, linked: links }) =>
      links.reduceRight((rest, [start, end]) => rest.slice(0, start) + ' ' + rest.slice(end), text),
    )
    .join(' ');
  const area = attribute(article, 'dataSearchArea');
  const year = attribute(article, 'dataSearchYear');
  const provinces = attribute(article, 'dataSearchProvinces').split('|').filter(Boolean);
  const firstPlace = select('[data-place]', article);
  return {
    url,
    parts,
    ...(linked && Object.keys(linked).length > 0 ? { linked } : {}),
    otherEraYears: otherEraYears(normalizeThai(allText)),
    meta: {
      title: parts.title.trim(),
      area: area ? coreArea(area as CaseData['area']).th : '',
      place: firstPlace ? toText(firstPlace).trim() : '',
      year: year ? formatBuddhistYear(Number(year)) : '',
    },
    filters: {
      area: area ? [area] : [],
      system: attribute(article, 'dataSearchSystems').split(/\s+/).filter(Boolean),
      province: provinces,
      type: [attribute(article, 'dataSearchType')].filter(Boolean),
      evidence: [attribute(article, 'dataSearchEvidence')].filter(Boolean),
    },
    year: year ? Number(year) : null,
  };
}

/** Reads a built case page and returns its search record, or undefined when it is not a case page. */
export function caseRecordFromHtml(html: string, url: string): CaseSearchRecord | undefined {
  const page = readCasePage(html, url);
  return page && caseRecord(page);
}
