import type { APIRoute, GetStaticPaths } from 'astro';
import { casesInArea } from '../../../cases/lists';
import { CORE_AREA_SLUGS, type CoreAreaSlug } from '../../../cases/vocabulary';
import { getCases } from '../../../data/cases';
import { siteOf } from '../../../data/site';
import { renderShareCard } from '../../../share-cards/build/render';
import { areaCardText } from '../../../share-cards/cards';

export const getStaticPaths = (() => CORE_AREA_SLUGS.map((area) => ({ params: { area } }))) satisfies GetStaticPaths;

/** A core area's share card, for its pages and its cases' pages. */
export const GET: APIRoute = async ({ params, site }) => {
  const area = params.area as CoreAreaSlug;
  const count = casesInArea(await getCases(), area).length;
  return new Response(renderShareCard(areaCardText(area, count, siteOf(site).host)), {
    headers: { 'Content-Type': 'image/png' },
  });
};
