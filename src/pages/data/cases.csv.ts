import type { APIRoute } from 'astro';
import { getOpenDataRecords } from '../../data/open-data';
import { siteOf } from '../../data/site';
import { casesCsv } from '../../open-data/csv';

/** Every case as CSV, one row per case (described at /data/). */
export const GET: APIRoute = async ({ site }) =>
  new Response(casesCsv(await getOpenDataRecords(siteOf(site))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
