import type { APIRoute } from 'astro';
import { getCases } from '../../data/cases';
import { siteOf } from '../../data/site';
import { renderShareCard } from '../../share-cards/build/render';
import { siteCardText } from '../../share-cards/cards';

/** The library's share card, for the home page and general pages. */
export const GET: APIRoute = async ({ site }) =>
  new Response(renderShareCard(siteCardText((await getCases()).length, siteOf(site).host)), {
    headers: { 'Content-Type': 'image/png' },
  });
