import type { APIRoute } from 'astro';
import { siteOf } from '../data/site';

/** Every page may be crawled; the sitemap (@astrojs/sitemap) lists them. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap-index.xml', siteOf(site)).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
