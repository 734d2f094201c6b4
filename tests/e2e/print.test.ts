import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bookParts } from '../../src/cases/book';
import { CORE_AREAS } from '../../src/cases/vocabulary';
import type { ParsedCase } from '../../src/cases/validate/index';
import { t } from '../../src/i18n/t';
import { axeViolations, openPage } from '../support/browser';
import { browserAndCases } from '../support/content';

const baseUrl = inject('baseUrl');
let browser: Browser;
let cases: ParsedCase[];
const asSummary = (c: ParsedCase) => ({ id: c.slug, data: c.data });

beforeAll(async () => ({ browser, cases } = await browserAndCases()));
afterAll(() => browser?.close());

const display = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => getComputedStyle(element).display);
const afterContent = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => getComputedStyle(element, '::after').content);

describe('print', () => {
  it('prints a case page without the site chrome, with its sources and evidence, links followed by their address', async () => {
    const entry = cases.find((c) => c.data.sources.length > 1) ?? cases[0]!;
    const { page, errors } = await openPage(browser, baseUrl, `/cases/${entry.slug}/`);
    expect(errors).toEqual([]);
    const sourceLink = `#sources-heading ~ ol a[href="${entry.data.sources[0]!.url}"]`;
    // On screen: navigation and search shown, no addresses after links.
    expect(await display(page, '.site-header nav')).not.toBe('none');
    expect(await afterContent(page, sourceLink)).toBe('none');

    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.site-header', '.site-header nav', 'form[role="search"]', '.site-footer', '.skip-link'])
      expect(await page.locator(chrome).first().isVisible(), chrome).toBe(false);
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);
    for (const kept of ['#sources-heading', '#facts-heading', 'article .body'])
      expect(await page.locator(kept).isVisible(), kept).toBe(true);
    expect(await page.locator('#facts-heading ~ dl').textContent()).toContain(t('case.evidence'));
    for (const source of entry.data.sources) {
      const link = page.locator(`#sources-heading ~ ol a[href="${source.url}"]`);
      expect(await link.isVisible()).toBe(true);
      expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" (${source.url})"`);
    }
    // A table keeps each row whole across pages and is printed as a table, not a scrolling block.
    await page.locator('article .body').evaluate((body) => {
      body.insertAdjacentHTML('beforeend', '<table id="print-probe"><tr><td>ก</td><td>ข</td></tr></table>');
    });
    expect(await page.locator('#print-probe tr').evaluate((row) => getComputedStyle(row).breakInside)).toBe('avoid');
    expect(await display(page, '#print-probe')).toBe('table');
    await page.close();
  });

  it('an area book has a cover, a table of contents and every case of the area in full', async () => {
    const area = CORE_AREAS.find((a) => cases.some((c) => c.data.area === a.slug))!;
    const expected = bookParts(cases.map(asSummary), area.slug)[0]!.cases;
    const { page, errors } = await openPage(browser, baseUrl, `/areas/${area.slug}/book/`);
    expect(errors).toEqual([]);
    expect(await page.locator('.book-cover h1').textContent()).toContain(area.th);
    const contents = await page
      .locator('.book-contents a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(contents).toEqual(expected.map((c) => `#case-${c.id}`));
    const chapters = await page.locator('article.case').evaluateAll((articles) => articles.map((a) => a.id));
    expect(chapters).toEqual(expected.map((c) => `case-${c.id}`));
    for (const entry of expected) {
      const chapter = page.locator(`#case-${entry.id}`);
      expect(await chapter.locator('h2').first().textContent()).toBe(entry.data.title);
      for (const source of entry.data.sources)
        expect(await chapter.locator(`a[href="${source.url}"]`).count()).toBeGreaterThan(0);
    }
    expect(await page.locator('[id]').evaluateAll((nodes) => nodes.length - new Set(nodes.map((n) => n.id)).size)).toBe(
      0,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect(
      await page
        .locator('article.case')
        .first()
        .evaluate((a) => getComputedStyle(a).breakBefore),
    ).toBe('page');
    expect(await page.locator('.book-contents').isVisible()).toBe(true);
    await page.close();
  });

  it('the whole-library book holds every case, by area', async () => {
    const expected = bookParts(cases.map(asSummary)).flatMap((part) => part.cases.map((c) => `case-${c.id}`));
    const { page, errors } = await openPage(browser, baseUrl, '/book/');
    expect(errors).toEqual([]);
    expect(expected.length).toBe(cases.length);
    expect(await page.locator('article.case').evaluateAll((articles) => articles.map((a) => a.id))).toEqual(expected);
    await page.close();
  });
});
