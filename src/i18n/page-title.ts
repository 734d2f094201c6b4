import { graphemeCount, truncateText } from '../thai/truncate';

/** The longest `<title>`, in grapheme clusters: about what a search result shows before cutting it. */
export const MAX_TITLE_LENGTH = 70;
const SEPARATOR = ' | ';

/**
 * A page's `<title>`: its own title and the site name, the page's part shortened between words
 * when the whole would be longer than {@link MAX_TITLE_LENGTH}. The page's heading keeps the full
 * title. The home page's title is the site name alone.
 */
export function pageTitle(title: string, siteName: string, max = MAX_TITLE_LENGTH): string {
  if (title === siteName) return truncateText(siteName, max);
  const suffix = `${SEPARATOR}${siteName}`;
  return `${truncateText(title, max - graphemeCount(suffix))}${suffix}`;
}
