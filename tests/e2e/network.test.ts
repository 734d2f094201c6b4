import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ParsedCase } from '../../src/cases/validate/index';
import { readTrackerFiles } from '../../src/decentralization/build/files';
import { checkTrackerEntries, type ParsedEntry } from '../../src/decentralization/build/validate';
import { groupBodies, type LocalBody } from '../../src/network/bodies';
import { gazetteer } from '../../src/places/gazetteer-data';
import { axeViolations, brokenLinks, internalLinks, openCheckedPage, openPage } from '../support/browser';
import { browserAndCases } from '../support/content';

const baseUrl = inject('baseUrl');
let browser: Browser;
let cases: ParsedCase[];
let bodies: LocalBody<{ id: string; data: ParsedCase['data'] }>[];
let entries: ParsedEntry[];

beforeAll(async () => {
  ({ browser, cases } = await browserAndCases());
  bodies = groupBodies(
    cases.map((entry) => ({
      entry: { id: entry.slug, data: entry.data },
      matches: entry.data.places.map((place) => {
        const match = gazetteer.resolvePlace(place);
        if (!match.ok) throw new Error(`${entry.slug}: place does not resolve`);
        return match;
      }),
    })),
  );
  entries = checkTrackerEntries(await readTrackerFiles(process.cwd())).entries;
});
afterAll(() => browser?.close());

const openChecked = (path: string) => openCheckedPage(browser, baseUrl, path, { staticOnly: true });

const attributes = (page: Page, selector: string, name: string) =>
  page.locator(selector).evaluateAll((nodes, attr) => nodes.map((node) => node.getAttribute(attr) ?? ''), name);

describe('/network/', () => {
  it('lists one entry per local government named in the cases, with counts per type and region', async () => {
    const page = await openChecked('/network/');
    const listed = await attributes(page, '[data-body]', 'data-body');
    expect(listed).toHaveLength(bodies.length);
    expect(new Set(listed).size).toBe(bodies.length);
    const saoCount = bodies.filter((body) => body.type === 'sao').length;
    expect(await page.locator('[data-type-count="sao"] td').textContent()).toBe(String(saoCount));
    const north = bodies.filter((body) => body.province.region === 'north').length;
    expect(await page.locator('[data-region-count="north"] td').textContent()).toBe(String(north));
    await page.close();
  });

  it('filters by type with plain links, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('/network/', baseUrl).href);
    await page.locator('nav a[href="/network/type/city-municipality/"]').click();
    await page.waitForURL(/\/network\/type\/city-municipality\/$/);
    const types = await attributes(page, '[data-body]', 'data-type');
    expect(types.length).toBe(bodies.filter((body) => body.type === 'city-municipality').length);
    expect(new Set(types)).toEqual(new Set(['city-municipality']));
    await context.close();
  });
});

describe('case → local government → case', () => {
  it('follows a case to its body page, which lists all its cases, and back to another case', async () => {
    const body = bodies.find((candidate) => candidate.cases.length > 1)!;
    const [first, second] = body.cases;
    const page = await openChecked(`/cases/${first!.id}/`);
    await page.locator('[data-body-link]').click();
    await page.waitForURL(/\/network\/[a-z0-9-]+\/$/);
    const bodyUrl = page.url();
    expect(await page.locator('h1').textContent()).toBe(body.name);
    expect(await attributes(page, '[data-case]', 'data-case')).toEqual(expect.arrayContaining([first!.id, second!.id]));
    expect(await axeViolations(page)).toEqual([]);
    expect(await brokenLinks(await internalLinks(page, baseUrl))).toEqual([]);
    await page.locator(`[data-case="${second!.id}"] a`).first().click();
    await page.waitForURL(new RegExp(`/cases/${second!.id}/$`));
    expect(new URL((await page.locator('[data-body-link]').getAttribute('href'))!, baseUrl).href).toBe(bodyUrl);
    await page.close();
  });

  it('gives every body page its places, linked to the place pages, and its neighbours in the province', async () => {
    const body = bodies.find((candidate) => candidate.province.code === '50')!; // เชียงใหม่ has several
    const { page } = await openPage(browser, baseUrl, `/cases/${body.cases[0]!.id}/`);
    await page.locator('[data-body-link]').click();
    await page.waitForURL(/\/network\/[a-z0-9-]+\/$/);
    const codes = await attributes(page, '[data-place-code]', 'data-place-code');
    expect(codes.sort()).toEqual(body.places.map((match) => match.code).sort());
    const others = bodies.filter((other) => other !== body && other.province.code === '50');
    expect(await page.locator('[data-neighbour]').count()).toBe(others.length);
    await page.close();
  });
});

describe('/decentralization/', () => {
  it('shows every tracker entry newest first, each with a <time datetime>, its status and its sources', async () => {
    const page = await openChecked('/decentralization/');
    const shown = await attributes(page, '[data-entry]', 'data-entry');
    expect([...shown].sort()).toEqual(entries.map((entry) => entry.slug).sort());
    const dates = await page
      .locator('[data-entry] > .meta > time:first-child')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''));
    expect(dates).toHaveLength(entries.length);
    for (const date of dates) expect(date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(await page.locator('[data-entry] [data-status]').count()).toBe(entries.length);
    await page.close();
  });

  it('gives every tracker entry its own page with all its sources, linked from the timeline', async () => {
    const page = await openChecked('/decentralization/');
    const links = await attributes(page, '[data-entry] h3 a', 'href');
    expect(links.sort()).toEqual(entries.map((entry) => `/decentralization/${entry.slug}/`).sort());
    await page.close();
    const detailed =
      entries.find((entry) => entry.data.related.length > 0 && entry.data.figures.length > 0) ?? entries[0]!;
    await (await openChecked(`/decentralization/${detailed.slug}/`)).close();
    const { page: entryPage } = await openPage(browser, baseUrl, '/decentralization/');
    for (const entry of entries) {
      await entryPage.goto(new URL(`/decentralization/${entry.slug}/`, baseUrl).href, {
        waitUntil: 'domcontentloaded',
      });
      expect(await entryPage.locator('h1').innerText(), entry.slug).toBe(entry.data.title);
      expect(await entryPage.locator('.tracker-sources a').count(), entry.slug).toBe(entry.data.sources.length);
    }
    await entryPage.close();
  }, 240_000);

  it('draws the chart as inline SVG with its numbers in a table, and the counts by type with date and source', async () => {
    const { page } = await openPage(browser, baseUrl, '/decentralization/');
    expect(await page.locator('[data-chart] svg[role="img"] polyline').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-chart] table tbody tr').count()).toBeGreaterThan(5);
    const snapshots = page.locator('.type-counts tbody tr');
    expect(await snapshots.count()).toBeGreaterThan(1);
    expect(await snapshots.first().locator('time[datetime]').count()).toBe(1);
    expect(await snapshots.first().locator('.tracker-sources a').count()).toBeGreaterThan(0);
    expect(await page.locator('script:not([data-offline-register])').count()).toBe(0);
    await page.close();
  });

  it('filters by kind with plain links, and lists on each entry the cases that rely on it', async () => {
    const page = await openChecked('/decentralization/kind/law/');
    const kinds = await attributes(page, '[data-entry]', 'data-kind');
    expect(kinds.length).toBe(entries.filter((entry) => entry.data.kind === 'law').length);
    expect(new Set(kinds)).toEqual(new Set(['law']));
    await page.close();

    const citing = cases.find((entry) => entry.data.legalBasis?.includes('community-forest-act-2562'))!;
    const casePage = await openChecked(`/cases/${citing.slug}/`);
    await casePage.locator('[data-legal-basis="community-forest-act-2562"] a').click();
    await casePage.waitForURL(/\/decentralization\/community-forest-act-2562\/$/);
    const reliants = await attributes(casePage, '[data-reliant-case]', 'data-reliant-case');
    const expected = cases.filter((entry) => entry.data.legalBasis?.includes('community-forest-act-2562'));
    expect([...reliants].sort()).toEqual(expected.map((entry) => entry.slug).sort());
    await casePage.close();
  });

  it('is linked from the home page and the About page, with the network', async () => {
    for (const path of ['/', '/about/']) {
      const { page } = await openPage(browser, baseUrl, path);
      expect(await page.locator('main a[href="/decentralization/"]').count(), path).toBeGreaterThan(0);
      expect(await page.locator('main a[href="/network/"]').count(), path).toBeGreaterThan(0);
      await page.close();
    }
  });
});
