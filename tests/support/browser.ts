import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from '../../src/bench/chromium';

/** Debian's Chromium, headless, with the flags this closed network needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [...CHROMIUM_FLAGS, '--disable-quic'],
  });
}

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
