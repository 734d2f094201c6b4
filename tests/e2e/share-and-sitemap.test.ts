import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { ParsedCase } from '../../src/cases/validate/index';
import { CORE_AREAS } from '../../src/cases/vocabulary';
import { loadContentCases } from '../support/content';
import { xmlErrors } from '../support/xml';

const baseUrl = inject('baseUrl');
let cases: ParsedCase[];
/** Every built HTML page, by its path on the site. */
let pages: Map<string, Root>;

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

beforeAll(async () => {
  cases = await loadContentCases();
  pages = new Map();
  for (const file of await htmlFiles('dist')) {
    const sitePath = `/${path
      .relative('dist', file)
      .replace(/index\.html$/, '')
      .split(path.sep)
      .join('/')}`;
    pages.set(sitePath, fromHtml(await readFile(file, 'utf8')));
  }
});

const metaContent = (root: Root, attribute: 'property' | 'name', key: string) =>
  selectAll(`meta[${attribute}="${key}"]`, root).map((meta: Element) => String(meta.properties.content ?? ''));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array) {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('share tags and feed links on every page', () => {
  it('every page has Open Graph and Twitter tags with an absolute image, and advertises the feed', () => {
    expect(pages.size).toBeGreaterThan(cases.length);
    for (const [sitePath, root] of pages) {
      for (const key of ['og:title', 'og:description', 'og:image', 'og:url'])
        expect(metaContent(root, 'property', key), `${key} on ${sitePath}`).toHaveLength(1);
      expect(metaContent(root, 'name', 'twitter:card'), sitePath).toEqual(['summary_large_image']);
      const [image] = metaContent(root, 'property', 'og:image');
      expect(new URL(image!).pathname, sitePath).toMatch(/^\/share\/(site|areas\/[a-z]+)\.png$/);
      expect(metaContent(root, 'name', 'twitter:image'), sitePath).toEqual([image]);
      const feeds = selectAll('link[rel="alternate"][type="application/rss+xml"]', root).map(
        (link) => link.properties.href,
      );
      expect(feeds, `feed link on ${sitePath}`).toContain('/feed.xml');
    }
  });

  it('case pages use their area’s card, the home page the library’s', () => {
    const imagePath = (sitePath: string) =>
      new URL(metaContent(pages.get(sitePath)!, 'property', 'og:image')[0]!).pathname;
    expect(imagePath('/')).toBe('/share/site.png');
    for (const entry of cases) expect(imagePath(`/cases/${entry.slug}/`)).toBe(`/share/areas/${entry.data.area}.png`);
    for (const area of CORE_AREAS) expect(imagePath(`/areas/${area.slug}/`)).toBe(`/share/areas/${area.slug}.png`);
  });

  it('the cards are served as 1200 × 630 PNGs', async () => {
    for (const image of ['/share/site.png', ...CORE_AREAS.map((area) => `/share/areas/${area.slug}.png`)]) {
      const response = await fetch(new URL(image, baseUrl));
      expect(response.status, image).toBe(200);
      expect(response.headers.get('content-type'), image).toContain('image/png');
      expect(pngSize(new Uint8Array(await response.arrayBuffer())), image).toEqual({ width: 1200, height: 630 });
    }
  });
});

describe('sitemap and robots.txt', () => {
  it('the sitemap lists every page, and robots.txt points to it', async () => {
    const robots = await (await fetch(new URL('/robots.txt', baseUrl))).text();
    const sitemapUrl = robots.match(/^Sitemap: (\S+)$/m)?.[1];
    expect(sitemapUrl).toBeDefined();
    const index = await (await fetch(new URL(new URL(sitemapUrl!).pathname, baseUrl))).text();
    expect(xmlErrors(index)).toEqual([]);
    const parser = new XMLParser();
    const listed = new Set<string>();
    for (const { loc } of [parser.parse(index).sitemapindex.sitemap].flat()) {
      const xml = await (await fetch(new URL(new URL(loc).pathname, baseUrl))).text();
      expect(xmlErrors(xml)).toEqual([]);
      for (const url of [parser.parse(xml).urlset.url].flat()) listed.add(new URL(url.loc).pathname);
    }
    const built = [...pages.keys()].filter((sitePath) => sitePath !== '/404.html');
    expect(built.filter((sitePath) => !listed.has(sitePath))).toEqual([]);
    expect(listed.size).toBe(built.length);
  });
});
