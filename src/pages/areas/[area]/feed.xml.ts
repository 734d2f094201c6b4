import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { CORE_AREA_SLUGS, type CoreAreaSlug } from '../../../cases/vocabulary';
import { getCases } from '../../../data/cases';
import { siteOf } from '../../../data/site';
import { areaFeed } from '../../../feeds/feed';

export const getStaticPaths = (() => CORE_AREA_SLUGS.map((area) => ({ params: { area } }))) satisfies GetStaticPaths;

/** One core area's feed: its 50 cases added or reviewed last. */
export const GET: APIRoute = async ({ params, site }) =>
  rss(areaFeed(await getCases(), params.area as CoreAreaSlug, siteOf(site)));
