/** The two kinds of feed: the library's and one per core area, as options for @astrojs/rss. */
import type { RSSOptions } from '@astrojs/rss';
import { casesInArea, type CaseSummary } from '../cases/lists';
import { coreArea, type CoreAreaSlug } from '../cases/vocabulary';
import { t } from '../i18n/t';
import { FEED_LIMIT, feedItem, recentlyReviewed } from './items';

export const SITE_FEED_PATH = '/feed.xml';
export const areaFeedPath = (area: CoreAreaSlug) => `/areas/${area}/feed.xml`;

/** Channel data shared by every feed: Thai, and the same trailing slashes as the site's pages. */
const channel = { customData: '<language>th</language>', trailingSlash: true } as const;

export function siteFeed(cases: readonly CaseSummary[], site: URL | string): RSSOptions {
  return {
    ...channel,
    title: t('feed.title'),
    description: t('feed.description', { count: Math.min(FEED_LIMIT, cases.length) }),
    site: String(site),
    items: recentlyReviewed(cases).map(feedItem),
  };
}

export function areaFeed(cases: readonly CaseSummary[], area: CoreAreaSlug, site: URL | string): RSSOptions {
  const name = coreArea(area).th;
  return {
    ...channel,
    title: t('feed.areaTitle', { area: name }),
    description: t('feed.areaDescription', { area: name }),
    site: new URL(`/areas/${area}/`, site).href,
    items: recentlyReviewed(casesInArea(cases, area)).map(feedItem),
  };
}
