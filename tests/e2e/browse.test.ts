import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { countByArea, recentlyReviewed, sortCases } from '../../src/cases/lists';
import { formatPlace } from '../../src/places/labels';
import { formatThaiDate } from '../../src/thai/dates';
import { CORE_AREAS, coreArea } from '../../src/cases/vocabulary';
import { formatBuddhistYear } from '../../src/thai/years';
import type { ParsedCase } from '../../src/cases/validate/index';
import { axeViolations, openCheckedPage, openPage } from '../support/browser';
import { browserAndCases } from '../support/content';

const baseUrl = inject('baseUrl');
let browser: Browser;
let cases: ParsedCase[];
const asSummary = (c: ParsedCase) => ({ id: c.slug, data: c.data, file: c.file });

beforeAll(async () => ({ browser, cases } = await browserAndCases()));
afterAll(() => browser?.close());

const checkPage = (path: string) => openCheckedPage(browser, baseUrl, path);

describe('browsing the production build', () => {
  it('home page shows the five areas with their case counts, the library’s reach and what is new', async () => {
    const page = await checkPage('/');
    const counts = countByArea(cases.map(asSummary));
    for (const area of CORE_AREAS) {
      const card = page.locator('li', { has: page.locator(`a[href="/areas/${area.slug}/"]`) }).first();
      await expect(card.textContent()).resolves.toContain(area.th);
      await expect(card.textContent()).resolves.toContain(`${counts[area.slug]} กรณีศึกษา`);
    }
    const recentTitle = recentlyReviewed(cases.map(asSummary), 1)[0]?.data.title ?? '';
    expect(await page.locator('#newest-heading + ul').textContent()).toContain(recentTitle);
    const coverage = await page.locator('[data-coverage]').textContent();
    expect(coverage).toContain(`${cases.length} กรณีศึกษา`);
    const provinces = new Set(cases.flatMap((c) => c.data.places.map((place) => place.province)));
    expect(coverage).toContain(`${provinces.size} จังหวัด`);
    await page.close();
  });

  it('an area page lists all its cases, newest first and in Thai order', async () => {
    const area = CORE_AREAS.find((a) => cases.filter((c) => c.data.area === a.slug).length >= 2)!;
    const inArea = cases.filter((c) => c.data.area === area.slug).map(asSummary);
    const page = await checkPage(`/areas/${area.slug}/`);
    expect(await page.locator('h1').textContent()).toContain(area.th);
    const listed = await page
      .locator('[data-case]')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-case')));
    expect(listed).toEqual(sortCases(inArea, 'newest').map((c) => c.id));
    await page.close();

    const alpha = await checkPage(`/areas/${area.slug}/alphabetical/`);
    const alphaListed = await alpha
      .locator('[data-case]')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-case')));
    expect(alphaListed).toEqual(sortCases(inArea, 'alphabetical').map((c) => c.id));
    await alpha.close();
  });

  it('a case page shows its facts, body, sources and dates in พ.ศ.', async () => {
    const entry = cases.find((c) => c.data.started !== null && c.data.partners.length > 0) ?? cases[0]!;
    const page = await checkPage(`/cases/${entry.slug}/`);
    expect(await page.locator('h1').textContent()).toBe(entry.data.title);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain(entry.data.summary);
    expect(text).toContain(coreArea(entry.data.area).th);
    expect(text).toContain(entry.data.localGovernment.name);
    for (const place of entry.data.places) expect(text).toContain(formatPlace(place));
    if (entry.data.started !== null) expect(text).toContain(formatBuddhistYear(entry.data.started));
    expect(text).toContain(formatThaiDate(entry.data.lastReviewed));
    for (const partner of entry.data.partners) expect(text).toContain(partner.name);
    for (const source of entry.data.sources)
      expect(await page.locator(`a[href="${source.url}"]`).count(), source.url).toBeGreaterThan(0);
    expect(await page.locator(`a[href="/areas/${entry.data.area}/"]`).count()).toBeGreaterThan(0);
    for (const system of entry.data.systems)
      expect(await page.locator(`main a[href="/systems/${system}/"]`).count()).toBeGreaterThan(0);
    await page.close();
  });

  it('an unknown address gets the Thai 404 page with ways back', async () => {
    const response = await fetch(new URL('/no-such-page/', baseUrl));
    expect(response.status).toBe(404);
    const { page } = await openPage(browser, baseUrl, '/404.html');
    expect(await page.locator('h1').textContent()).toBe('ไม่พบหน้านี้');
    expect(await page.locator('main a[href^="/areas/"]').count()).toBe(5);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('a system with no case yet says so instead of an empty list', async () => {
    const used = new Set(cases.flatMap((c) => c.data.systems));
    const { WORKING_SYSTEMS } = await import('../../src/cases/vocabulary');
    const unused = WORKING_SYSTEMS.find((system) => !used.has(system.slug));
    if (!unused) return; // every system has a case: nothing to check
    const page = await checkPage(`/systems/${unused.slug}/`);
    expect(await page.locator('main').textContent()).toContain('ยังไม่มีกรณีศึกษาที่ใช้ระบบงานนี้');
    await page.close();
  });
});
