import type { APIRoute } from 'astro';
import { getOpenDataRecords } from '../../data/open-data';
import { siteOf } from '../../data/site';

/** Every case as JSON, one object per case (described at /data/). */
export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(await getOpenDataRecords(siteOf(site)), null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
