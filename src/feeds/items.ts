/**
 * What the feeds carry: the cases most recently added or reviewed (by lastReviewed, the day a
 * coordinator last checked the case; a new case is reviewed the day it is added), newest first.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import type { CaseSummary } from '../cases/lists';
import { coreArea } from '../cases/vocabulary';
import { t } from '../i18n/t';
import { formatPlace } from '../places/labels';
import { compareThai } from '../thai/sort';
import { rssDateInBangkok } from './dates';

/** How many cases a feed lists. */
export const FEED_LIMIT = 50;

/** The `limit` cases reviewed last, newest first; cases reviewed the same day in Thai title order. */
export function recentlyReviewed<T extends CaseSummary>(cases: readonly T[], limit = FEED_LIMIT): T[] {
  return [...cases]
    .sort(
      (a, b) =>
        b.data.lastReviewed.getTime() - a.data.lastReviewed.getTime() || compareThai(a.data.title, b.data.title),
    )
    .slice(0, limit);
}

/**
 * A feed entry: the title, the summary with a line naming the area and the places, the area and
 * places again as categories, the case's address (site-relative; the feed makes it absolute) and
 * the review day: midnight in Bangkok, written in Bangkok time (our own pubDate element, since the
 * library's is GMT only; the date string holds no character XML would need escaped).
 */
export function feedItem({ id, data }: CaseSummary): RSSFeedItem {
  const area = coreArea(data.area).th;
  const places = data.places.map(formatPlace);
  return {
    title: data.title,
    description: `${data.summary}\n${t('feed.itemMeta', { area, places: places.join(', ') })}`,
    link: `/cases/${id}/`,
    categories: [area, ...places],
    customData: `<pubDate>${rssDateInBangkok(data.lastReviewed)}</pubDate>`,
  };
}
