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

/**
 * Reads a built case page, or returns undefined when the page is not a case page. Only the
 * marked parts are searched; site chrome, facts panels and sources are not.
 */
export function readCasePage(html: string, url: string): CasePage | undefined {
  const tree: Root = fromHtml(html);
  const article = select('article[data-case-slug]', tree);
  if (!article) return undefined;
  const parts = Object.fromEntries(
    SEARCHED_PARTS.map((part) => [
      part,
      selectAll(`[data-search="${part}"]`, article)
        .map((el) => toText(el, { whitespace: 'normal' }))
        .join(' '),
    ]),
  ) as Record<SearchedPart, string>;
  const allText = SEARCHED_PARTS.map((part) => parts[part]).join(' ');
  const area = attribute(article, 'dataSearchArea');
  const year = attribute(article, 'dataSearchYear');
  const provinces = attribute(article, 'dataSearchProvinces').split('|').filter(Boolean);
  const firstPlace = select('[data-place]', article);
  return {
    url,
    parts,
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
