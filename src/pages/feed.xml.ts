import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCases } from '../data/cases';
import { siteOf } from '../data/site';
import { siteFeed } from '../feeds/feed';

/** The library's feed: the 50 cases added or reviewed last. */
export const GET: APIRoute = async ({ site }) => rss(siteFeed(await getCases(), siteOf(site)));
