import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, openPage } from '../support/browser';
import { browserAndCases } from '../support/content';
import { practiceYear } from '../../src/cases/lists';
import type { ParsedCase } from '../../src/cases/validate/index';
import { readCasePages } from '../../src/search/build/write-index';
import { SEARCHED_PARTS } from '../../src/search/record';

const baseUrl = inject('baseUrl');
let browser: Browser;
let cases: ParsedCase[];

beforeAll(async () => ({ browser, cases } = await browserAndCases()));
afterAll(() => browser?.close());

const resultSlugs = (page: Page) =>
  page
    .locator('#search-results li a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

async function waitForResults(page: Page) {
  await page.waitForFunction(() => {
    const status = document.querySelector('#search-status')?.textContent ?? '';
    return status.startsWith('พบ') || !document.querySelector('[data-search-empty]')?.hasAttribute('hidden');
  });
}

/** How many results the status line announces (the page shows them ten at a time). */
const resultCount = async (page: Page) =>
  Number(/พบ (\d+)/.exec((await page.locator('#search-status').textContent()) ?? '')?.[1] ?? 0);

/** Every result, showing more until the button goes. */
async function allResultSlugs(page: Page) {
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const shown = await page.locator('#search-results li').count();
    await more.click();
    await page.waitForFunction((before) => document.querySelectorAll('#search-results li').length > before, shown);
  }
  return resultSlugs(page);
}

describe('search in the browser', () => {
  it('a Thai query typed in the header box lands on results with the expected case', async () => {
    const target = cases.find((c) => c.data.places.some((p) => p.tambon === 'ดอนแก้ว'))!;
    const { page, errors } = await openPage(browser, baseUrl, '/');
    await page.locator('header input[name="q"]').fill('ต.ดอนแก้ว');
    await page.locator('header input[name="q"]').press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await waitForResults(page);
    expect(await resultSlugs(page)).toContain(`/cases/${target.slug}/`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a filter narrows the results and shows in the URL; the shared URL restores both', async () => {
    const { page, errors } = await openPage(
      browser,
      baseUrl,
      '/search/?q=%E0%B8%8A%E0%B8%B8%E0%B8%A1%E0%B8%8A%E0%B8%99',
    );
    await waitForResults(page);
    const before = await resultCount(page);
    const area = 'health';
    const expectedAfter = cases.filter((c) => c.data.area === area).map((c) => `/cases/${c.slug}/`);
    await page.locator(`input[name="area"][value="${area}"]`).check();
    await page.waitForURL(/area=health/);
    await waitForResults(page);
    const after = await resultSlugs(page);
    expect(after.length).toBeGreaterThan(0);
    expect(await resultCount(page)).toBeLessThan(before);
    for (const slug of after) expect(expectedAfter).toContain(slug);
    const shared = page.url();
    await page.close();

    const reopened = await openPage(browser, baseUrl, shared);
    await waitForResults(reopened.page);
    expect(await reopened.page.locator('#search-query').inputValue()).toBe('ชุมชน');
    expect(await reopened.page.locator('input[name="area"][value="health"]').isChecked()).toBe(true);
    expect(await resultSlugs(reopened.page)).toEqual(after);
    expect([...errors, ...reopened.errors]).toEqual([]);
    expect(await axeViolations(reopened.page)).toEqual([]);
    await reopened.page.close();
  });

  it('orders by year on request, counts filter values for the query, and shows highlighted excerpts in the author’s words', async () => {
    const query = encodeURIComponent('ผู้สูงอายุ');
    const { page, errors } = await openPage(browser, baseUrl, `/search/?q=${query}&sort=newest`);
    await waitForResults(page);
    const slugs = await resultSlugs(page);
    expect(slugs.length).toBeGreaterThan(1);
    const total = await resultCount(page);
    const yearOf = (slug: string) => practiceYear(cases.find((c) => `/cases/${c.slug}/` === slug)!.data);
    const years = slugs.map(yearOf);
    const known = years.filter((year): year is number => year !== null);
    expect(known).toEqual([...known].sort((a, b) => b - a));
    expect(years.slice(known.length).every((year) => year === null)).toBe(true);
    // Each case has one area, so once the query's counts are in, the area counts add up to the results.
    await page.waitForFunction((total) => {
      const counts = [...document.querySelectorAll('input[name="area"]')].map((box) =>
        Number(/\((\d+)\)/.exec(box.parentElement?.textContent ?? '')?.[1] ?? 0),
      );
      return counts.reduce((a, b) => a + b, 0) === total;
    }, total);
    const excerpts = await page
      .locator('#search-results .excerpt')
      .evaluateAll((nodes) => nodes.map((node) => ({ html: node.innerHTML, text: node.textContent ?? '' })));
    expect(excerpts.length).toBe(slugs.length);
    // Each excerpt is a stretch of the page's text as written (title aside), with the author's spaces.
    const pages = new Map((await readCasePages('dist')).map((built) => [built.url, built]));
    const unspaced = (text: string) => text.replace(/\s+/g, '');
    excerpts.forEach((excerpt, at) => {
      expect(excerpt.html).not.toMatch(/\u200C/);
      const written = unspaced(
        SEARCHED_PARTS.slice(1)
          .map((part) => pages.get(slugs[at]!)!.parts[part])
          .join(' '),
      );
      for (const piece of excerpt.text.split('…')) expect(written, slugs[at]).toContain(unspaced(piece));
    });
    expect(excerpts.some((excerpt) => /[\u0E01-\u0E4E] [\u0E01-\u0E4E]/.test(excerpt.text))).toBe(true);
    expect(excerpts.some((excerpt) => excerpt.html.includes('<mark>ผู้สูงอายุ</mark>'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an empty query with a filter lists the filtered cases', async () => {
    const { page } = await openPage(browser, baseUrl, '/search/?area=welfare');
    await waitForResults(page);
    const expected = cases
      .filter((c) => c.data.area === 'welfare')
      .map((c) => `/cases/${c.slug}/`)
      .sort();
    expect((await allResultSlugs(page)).sort()).toEqual(expected);
    await page.close();
  });

  it('a query with no result shows the empty state with the active filters and ways out', async () => {
    const { page } = await openPage(browser, baseUrl, '/search/?q=zzxqv&area=policy');
    await waitForResults(page);
    const empty = page.locator('[data-search-empty]');
    await expect(empty.isVisible()).resolves.toBe(true);
    const text = (await empty.textContent()) ?? '';
    expect(text).toContain('zzxqv');
    expect(text).toContain('การพัฒนานโยบายสาธารณะเพื่อสุขภาวะแบบมีส่วนร่วม');
    expect(await empty.locator('a[href^="/areas/"]').count()).toBe(5);
    await empty.locator('[data-clear-filters]').click();
    await page.waitForURL((url) => !url.search.includes('area='));
    await page.close();
  });

  it('without JavaScript the page says search needs it and links to the browse pages', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('/search/?q=x', baseUrl).href);
    const noscript = await page.locator('noscript').innerHTML();
    expect(noscript).toContain('JavaScript');
    expect(noscript).toContain('href="/areas/"');
    await context.close();
  });
});
