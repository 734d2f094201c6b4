import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';

// Finding and launching Chromium moved to src/build/chromium.ts: `npm run book` prints with it too.
export { findChromium, launchBrowser } from '../../src/build/chromium';

export interface OpenedPage {
  page: Page;
  /** Console errors and uncaught page errors seen since the page opened. */
  errors: string[];
}

/** Opens a path of the served build, recording console errors and failed requests. */
export async function openPage(
  browser: Browser,
  baseUrl: string,
  path: string,
  viewport = { width: 1280, height: 900 },
): Promise<OpenedPage> {
  const page = await browser.newPage({ viewport, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
  const response = await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
  if (!response?.ok()) errors.push(`HTTP ${response?.status()} for ${path}`);
  return { page, errors };
}

/**
 * Opens a page and checks what every page of the site must pass: no console errors, `lang="th"`, every
 * same-site link answers, no axe (WCAG 2.1 A/AA) violations, nothing wider than a 360 px phone. With
 * `staticOnly`, also no script but the offline edition's one-line service-worker registration.
 */
export async function openCheckedPage(
  browser: Browser,
  baseUrl: string,
  path: string,
  { staticOnly = false } = {},
): Promise<Page> {
  const { page, errors } = await openPage(browser, baseUrl, path);
  if (staticOnly)
    expect(await page.locator('script:not([data-offline-register])').count(), `scripts on ${path}`).toBe(0);
  expect(errors, `console errors on ${path}`).toEqual([]);
  expect(await page.getAttribute('html', 'lang')).toBe('th');
  expect(await brokenLinks(await internalLinks(page, baseUrl)), `broken links on ${path}`).toEqual([]);
  expect(await axeViolations(page), `axe violations on ${path}`).toEqual([]);
  const phone = await openPage(browser, baseUrl, path, { width: 360, height: 740 });
  const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `horizontal overflow on a 360 px screen at ${path}`).toBeLessThanOrEqual(0);
  await phone.page.close();
  return page;
}

/** Every same-site link on the page, as absolute URLs without fragments. */
export async function internalLinks(page: Page, baseUrl: string): Promise<string[]> {
  // getAttribute, not .href: links inside SVG have no string href property.
  const hrefs = await page.$$eval('a[href]', (anchors) =>
    anchors.map((a) => new URL(a.getAttribute('href') ?? '', document.baseURI).href),
  );
  const origin = new URL(baseUrl).origin;
  return [...new Set(hrefs.filter((href) => href.startsWith(origin)).map((href) => href.split('#')[0] ?? href))];
}

/** Links that do not answer 200. */
export async function brokenLinks(urls: readonly string[]): Promise<string[]> {
  const results = await Promise.all(
    urls.map(async (url) => ((await fetch(url, { method: 'GET' })).status === 200 ? undefined : url)),
  );
  return results.filter((url): url is string => url !== undefined);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe-core's WCAG 2.1 A and AA violations on the page. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{
            violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}
