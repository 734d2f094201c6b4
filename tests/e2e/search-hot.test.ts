/**
 * The search page answering from hot lists, in Chromium. The real collection is too small to have
 * any (src/search/hot.ts), so the built site is copied and its index written again with the
 * hot-list thresholds lowered; the pages, Pagefind and everything else stay as built.
 */
import { cpSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPagefind } from '../../src/search/bench/pagefind-node';
import { startPreview, type PreviewedSite } from '../../src/bench/preview';
import { readCasePages, writeSearchIndex } from '../../src/search/build/write-index';
import { createSearch } from '../../src/search/create-search';
import { launchBrowser, openPage } from '../support/browser';

const QUERY = 'ชุมชน';

let browser: Browser;
let server: PreviewedSite;
let site: string;
/** The slugs Pagefind alone gives for QUERY on the same index. */
let fromPagefind: string[];

beforeAll(async () => {
  site = await mkdtemp(path.join(tmpdir(), 'hot-site-'));
  cpSync('dist', site, { recursive: true });
  const bundle = path.join(site, 'pagefind');
  await rm(bundle, { recursive: true, force: true });
  await writeSearchIndex(await readCasePages(site), bundle, { hot: { share: 0.3, minPages: 3 } });
  // Astro before Pagefind: pagefind-node gives the worker browser globals that Astro's Prism then trips on.
  server = await startPreview(site);
  const { pagefind, files } = await loadPagefind(bundle);
  const withoutLists = { ...files, hot: async () => ({ covers: () => false, search: async () => [] }) };
  const answer = await createSearch(pagefind, withoutLists).run({ query: QUERY });
  fromPagefind = (await Promise.all(answer.results.map((result) => result.data()))).map((data) => data.url);
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (site) await rm(site, { recursive: true, force: true });
});

describe('search page with hot lists', () => {
  it('answers a common word from its hot list with the pages Pagefind finds, excerpts and all', async () => {
    // Opened straight on the query: a page left while loading would count its aborted requests as errors.
    const { page, errors } = await openPage(browser, server.url, `/search/?q=${encodeURIComponent(QUERY)}`);
    await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '').startsWith('พบ'));
    const requests = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
    );
    expect(requests.some((request) => request.startsWith('/pagefind/hot/'))).toBe(true);
    expect(requests.filter((request) => request.startsWith('/pagefind/index/'))).toEqual([]);

    // Every result, showing more until the button goes.
    const more = page.locator('[data-search-more]');
    const items = page.locator('#search-results li');
    while (await more.isVisible()) {
      const shown = await items.count();
      await more.click();
      await page.waitForFunction((before) => document.querySelectorAll('#search-results li').length > before, shown);
    }
    const slugs = await page
      .locator('#search-results li a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(fromPagefind.length).toBeGreaterThan(3);
    expect([...slugs].sort()).toEqual([...fromPagefind].sort());
    // Each result marks the word in its excerpt, unless only its title (shown above the excerpt) has it.
    const results = await page.locator('#search-results li').evaluateAll((items) =>
      items.map((item) => ({
        title: item.querySelector('h2')?.textContent ?? '',
        excerpt: item.querySelector('.excerpt')?.innerHTML ?? '',
      })),
    );
    expect(results).toHaveLength(slugs.length);
    expect(
      results.filter(({ title, excerpt }) => !excerpt.includes(`<mark>${QUERY}</mark>`) && !title.includes(QUERY)),
    ).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
