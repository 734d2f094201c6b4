/** The site's address (astro.config.mjs sets it from SITE_URL), for absolute URLs in feeds, data and share tags. */
export function siteOf(site: URL | undefined): URL {
  if (!site) throw new Error('Astro `site` is not set: astro.config.mjs sets it from SITE_URL');
  return site;
}
