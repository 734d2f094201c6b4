import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ParsedCase } from '../../src/cases/validate/index';
import { gazetteer } from '../../src/places/gazetteer-data';
import { axeViolations, brokenLinks, internalLinks, openPage } from '../support/browser';
import { browserAndCases } from '../support/content';

const baseUrl = inject('baseUrl');
let browser: Browser;
let cases: ParsedCase[];

beforeAll(async () => ({ browser, cases } = await browserAndCases()));
afterAll(() => browser?.close());

const builtPage = (urlPath: string) => readFile(`dist${decodeURI(urlPath)}index.html`, 'utf8');

describe('places', () => {
  it('every case links to its tambon (or district) and province pages, and each lists the case', async () => {
    for (const entry of cases) {
      const html = await builtPage(`/cases/${entry.slug}/`);
      const placeLinks = [...html.matchAll(/<li data-place[^>]*><a href="([^"]+)"/g)].map((m) => m[1]!);
      expect(placeLinks.length, entry.slug).toBe(entry.data.places.length);
      entry.data.places.forEach((place, index) => {
        const match = gazetteer.resolvePlace(place);
        if (!match.ok) throw new Error(`${entry.slug} place does not resolve`);
        if (match.tambon) expect(placeLinks[index]).toMatch(new RegExp(`/places/[a-z-]+/${match.tambon.code}/$`));
      });
      for (const link of placeLinks) {
        const pagePath = link.split('#')[0]!;
        expect(await builtPage(pagePath), `${pagePath} lists ${entry.slug}`).toContain(`data-case="${entry.slug}"`);
        const provincePath = pagePath.split('/').slice(0, 3).join('/') + '/';
        expect(await builtPage(provincePath), `${provincePath} lists ${entry.slug}`).toContain(
          `data-case="${entry.slug}"`,
        );
      }
    }
  });

  it('/places/ shows the map and the coverage table with every province, links resolve, no axe violations', async () => {
    const { page, errors } = await openPage(browser, baseUrl, '/places/');
    expect(await page.locator('svg a path').count()).toBe(gazetteer.provinces.length);
    expect(await page.locator('table tbody tr[id^="p-"]').count()).toBe(gazetteer.provinces.length);
    const chiangMaiCount = cases.filter((c) => c.data.places.some((p) => p.province === 'เชียงใหม่')).length;
    const row = page.locator('tr#p-50');
    expect(await row.locator('td').last().textContent()).toBe(String(chiangMaiCount));
    expect(await brokenLinks(await internalLinks(page, baseUrl))).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a province on the map links to its page, which lists its cases', async () => {
    const { page } = await openPage(browser, baseUrl, '/places/');
    const province = gazetteer.province('55')!; // น่าน
    const expected = cases.filter((c) => c.data.places.some((p) => p.province === province.th));
    expect(expected.length).toBeGreaterThan(0);
    await page.locator(`svg a[aria-label^="จังหวัด${province.th}:"]`).click();
    await page.waitForURL(/\/places\/nan\/$/);
    expect(await page.locator('h1').textContent()).toContain(province.th);
    for (const entry of expected) expect(await page.locator(`[data-case="${entry.slug}"]`).count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('the tambon finder finds a tambon with or without ต. and answers for a tambon with no case', async () => {
    const { page, errors } = await openPage(browser, baseUrl, '/places/');
    const input = page.locator('#tambon-query');
    for (const typed of ['ดอนแก้ว', 'ต.ดอนแก้ว', 'ตำบลดอนแก้ว']) {
      await input.fill(typed);
      await page.waitForFunction(() => (document.querySelector('#finder-status')?.textContent ?? '').startsWith('พบ'));
      const maeRim = page.locator('[data-finder-results] a[href="/places/chiang-mai/500710/"]');
      expect(await maeRim.count(), typed).toBe(1);
      expect(await maeRim.textContent()).toBe('ต.ดอนแก้ว อ.แม่ริม จ.เชียงใหม่');
      // ดอนแก้ว in อ.สารภี has no case: it is answered without a page.
      expect(await page.locator('[data-finder-results]').textContent()).toContain('ต.ดอนแก้ว อ.สารภี จ.เชียงใหม่');
    }
    await page.locator('[data-finder-results] a[href="/places/chiang-mai/500710/"]').click();
    await page.waitForURL(/500710\/$/);
    expect(await page.locator('h1').textContent()).toBe('ตำบลดอนแก้ว');

    const again = await openPage(browser, baseUrl, '/places/');
    await again.page.locator('#tambon-query').fill('บ่อสวก');
    await again.page.waitForFunction(() =>
      (document.querySelector('#finder-status')?.textContent ?? '').startsWith('พบ'),
    );
    const text = await again.page.locator('[data-finder-results]').textContent();
    expect(text).toContain('ยังไม่มีกรณีศึกษาจากตำบลบ่อสวก');
    const nanCase = cases.find((c) => c.data.places.some((p) => p.province === 'น่าน'))!;
    expect(text).toContain(nanCase.data.title);
    expect([...errors, ...again.errors]).toEqual([]);
    await page.close();
    await again.page.close();
  });

  it('/visits/ lists every case open for study visits', async () => {
    const { page } = await openPage(browser, baseUrl, '/visits/');
    const open = cases
      .filter((c) => c.data.studyVisit?.offered)
      .map((c) => c.slug)
      .sort();
    const listed = await page
      .locator('[data-case]')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-case')));
    expect([...listed].sort()).toEqual(open);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
