import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeOfflineEdition } from '../../src/offline/build/write';
import { formatMegabytes, type OfflineManifest, type OfflineSummary } from '../../src/offline/manifest';
import { t } from '../../src/i18n/t';
import type { ParsedCase } from '../../src/cases/validate/index';
import { startPreview, type PreviewedSite } from '../../src/build/preview';
import { browserAndCases } from '../support/content';

let browser: Browser;
let cases: ParsedCase[];

beforeAll(async () => ({ browser, cases } = await browserAndCases()));
afterAll(() => browser?.close());

/** Polls `check` in the page until it holds (waitForFunction does not wait for a promise). */
async function waitInPage(page: Page, check: (arg: string) => Promise<boolean>, arg: string, timeout = 20_000) {
  const until = Date.now() + timeout;
  while (!(await page.evaluate(check, arg))) {
    if (Date.now() > until) throw new Error(`timed out after ${timeout} ms waiting for ${check.toString()}`);
    await page.waitForTimeout(200);
  }
}

/** Waits until the page's service worker has stored `key` among the visited pages. */
async function waitForVisited(page: Page, key: string) {
  await waitInPage(page, async (path) => Boolean(await (await caches.open('visited')).match(path)), key);
}

/** Opens a path and waits for it to be controlled by the service worker. */
async function openControlled(context: BrowserContext, site: PreviewedSite, pathname: string) {
  const page = await context.newPage();
  await page.goto(new URL(pathname, site.url).href);
  await page.evaluate(() => navigator.serviceWorker.ready);
  return page;
}

/** Saves the whole library from the home page; returns the size it said before starting. */
async function saveLibrary(page: Page, site: PreviewedSite) {
  await page.goto(site.url);
  const button = page.locator('[data-offline-save]');
  await button.waitFor({ state: 'visible' });
  await expect(button.textContent()).resolves.toBe(t('offline.save'));
  await page.waitForSelector('[data-offline-bytes]');
  const sizeSaid = (await page.locator('[data-offline-size]').textContent()) ?? '';
  await button.click();
  await page.waitForSelector('[data-offline-stored]', { timeout: 60_000 });
  return sizeSaid;
}

/** Cuts the reader off: the server stops and Chromium goes offline. */
async function goOffline(context: BrowserContext, site: PreviewedSite) {
  await site.close();
  await context.setOffline(true);
}

async function titleOffline(page: Page, pathname: string, baseUrl: string) {
  await page.goto(new URL(pathname, baseUrl).href);
  return page.locator('h1').first().textContent();
}

describe('offline edition', () => {
  it('keeps the pages a reader visited readable offline, and says so for the others', async () => {
    const site = await startPreview();
    const context = await browser.newContext({ locale: 'th-TH' });
    const [first, second, never] = cases;
    // The first page registers the worker, which then stores that page too.
    const page = await openControlled(context, site, `/cases/${first!.slug}/`);
    await waitForVisited(page, `/cases/${first!.slug}/`);
    await page.goto(new URL(`/cases/${second!.slug}/`, site.url).href);
    await waitForVisited(page, `/cases/${second!.slug}/`);

    await goOffline(context, site);
    expect(await titleOffline(page, `/cases/${first!.slug}/`, site.url)).toBe(first!.data.title);
    expect(await titleOffline(page, `/cases/${second!.slug}/`, site.url)).toBe(second!.data.title);
    // Styles and the Thai font came along: the page is laid out, not bare HTML.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('Sarabun');
    expect(await titleOffline(page, `/cases/${never!.slug}/`, site.url)).toBe(t('offline.pageTitle'));
    await context.close();
  });

  it('saves the whole library from the home page, after saying its size; then every case page and search work offline', async () => {
    const summary = JSON.parse(await readFile('dist/offline/summary.json', 'utf8')) as OfflineSummary;
    const site = await startPreview();
    const context = await browser.newContext({ locale: 'th-TH' });
    const page = await context.newPage();
    const sizeSaid = await saveLibrary(page, site);
    expect(sizeSaid).toContain(formatMegabytes(summary.bytes));
    expect(sizeSaid).toContain(String(summary.count));
    expect(await page.locator('[data-offline-progress]').evaluate((bar) => (bar as HTMLProgressElement).value)).toBe(1);

    await goOffline(context, site);
    // Pages never opened before, straight from the saved copy.
    for (const entry of [cases.at(-1)!, cases[Math.floor(cases.length / 2)]!]) {
      expect(await titleOffline(page, `/cases/${entry.slug}/`, site.url)).toBe(entry.data.title);
      expect(await page.locator(`a[href="${entry.data.sources[0]!.url}"]`).count()).toBeGreaterThan(0);
    }
    expect(await titleOffline(page, `/areas/${cases[0]!.data.area}/`, site.url)).toContain('ประเด็น');

    const sought = cases.at(-2)!;
    await page.goto(new URL(`/search/?q=${encodeURIComponent(sought.data.title)}`, site.url).href);
    await page.waitForSelector(`#search-results a[href="/cases/${sought.slug}/"]`, { timeout: 20_000 });
    expect(await page.locator('#search-status').textContent()).toMatch(/พบ \d+ กรณีศึกษา/);
    await context.close();
  }, 180_000);

  // Copies the whole build and starts a second preview server: slow on a loaded 2-core machine.
  it('replaces a saved copy with the next build on the next visit', async () => {
    const copy = await mkdtemp(path.join(tmpdir(), 'offline-build-'));
    try {
      await cp('dist', copy, { recursive: true });
      let site = await startPreview(copy);
      const context = await browser.newContext({ locale: 'th-TH' });
      const page = await context.newPage();
      await saveLibrary(page, site);
      const before = JSON.parse(await readFile(path.join(copy, 'offline/manifest.json'), 'utf8')) as OfflineManifest;

      // The next build: one case page changed; a new manifest and worker, as the build writes them.
      const changed = cases[1]!;
      const file = path.join(copy, 'cases', changed.slug, 'index.html');
      const marker = 'ฉบับปรับปรุงหลังสร้างเว็บใหม่';
      await writeFile(file, (await readFile(file, 'utf8')).replace('</h1>', ` ${marker}</h1>`));
      const { manifest: after } = await writeOfflineEdition(copy);
      expect(after.version).not.toBe(before.version);
      await site.close();
      site = await startPreview(copy, site.port);

      // Any visit online lets the browser find the new worker, which renews the copy before it takes over.
      await page.goto(new URL('/about/', site.url).href);
      await waitInPage(
        page,
        async (version) =>
          (await caches.keys()).filter((name) => name.startsWith('library-')).join() === `library-${version}`,
        after.version,
        60_000,
      );
      await goOffline(context, site);
      expect(await titleOffline(page, `/cases/${changed.slug}/`, site.url)).toContain(marker);
      expect(await titleOffline(page, `/cases/${cases[2]!.slug}/`, site.url)).toBe(cases[2]!.data.title);
      await context.close();
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  }, 240_000);
});
