import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser';

const baseUrl = inject('baseUrl');
const PHONE = { width: 360, height: 740 };
/** The phone Lighthouse emulates (Moto G Power): its CLS figure is taken on this screen. */
const LIGHTHOUSE_PHONE = { width: 412, height: 823 };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('on a 360 px phone', () => {
  it('the home page and the search page show one search box each', async () => {
    for (const path of ['/', '/search/', '/search/?q=%E0%B8%82%E0%B8%A2%E0%B8%B0']) {
      const { page, errors } = await openPage(browser, baseUrl, path, PHONE);
      const visible = await page
        .locator('input[type="search"]')
        .evaluateAll(
          (inputs) =>
            inputs.filter(
              (input) => (input as HTMLElement).offsetParent !== null && input.getBoundingClientRect().width > 0,
            ).length,
        );
      expect(visible, `visible search boxes on ${path}`).toBe(1);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('the search page (on Lighthouse’s phone screen) does not shift its layout while the results of an address with a query arrive', async () => {
    const page = await browser.newPage({ viewport: LIGHTHOUSE_PHONE, locale: 'th-TH' });
    // Layout shifts from the first paint on, recorded by the page itself (what CLS adds up).
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { __shifts: number[] }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>)
          if (!entry.hadRecentInput) shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // The index arrives late, as on a slow connection: the page is painted well before the results.
    await page.route('**/pagefind/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.continue();
    });
    await page.goto(new URL('/search/?q=%E0%B8%8A%E0%B8%B8%E0%B8%A1%E0%B8%8A%E0%B8%99', baseUrl).href);
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0);
    // The filter counts for the query come after the results: wait for them too.
    await page.waitForLoadState('networkidle');
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
    const total = shifts.reduce((sum, value) => sum + value, 0);
    expect(total, `layout shifts ${JSON.stringify(shifts)}`).toBeLessThan(0.1);
    // The results are in view on the phone, under the box, not below the filters.
    const resultsTop = await page
      .locator('#search-results li')
      .first()
      .evaluate((li) => li.getBoundingClientRect().top);
    expect(resultsTop).toBeLessThan(LIGHTHOUSE_PHONE.height);
    await page.close();
  });
});
