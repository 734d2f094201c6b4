/**
 * Runs Lighthouse (mobile emulation, simulated throttling: its defaults) over pages of the production
 * build served by Astro's preview server, in the installed Chromium through chrome-launcher.
 * Pages are measured round-robin, so a burst of load from elsewhere on the machine spreads over
 * pages instead of spoiling every run of one page.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { CHROMIUM_FLAGS, findChromium } from '../../build/chromium';
import { startPreview } from '../preview';
import { resolvePage, type PageType } from './pages';
import { CATEGORIES, medianFigures, misses, type PageFigures, type PageReport } from './report';

/** The four figures of a Lighthouse result that the report uses. */
export function figuresOf(lhr: Result): PageFigures {
  const scores = Object.fromEntries(
    CATEGORIES.map((category) => {
      const score = lhr.categories[category]?.score;
      if (score === null || score === undefined)
        throw new Error(`Lighthouse gave no ${category} score for ${lhr.finalDisplayedUrl}`);
      return [category, Math.round(score * 100)];
    }),
  ) as PageFigures['scores'];
  const numeric = (audit: string) => {
    const value = lhr.audits[audit]?.numericValue;
    if (value === undefined) throw new Error(`Lighthouse gave no ${audit} for ${lhr.finalDisplayedUrl}`);
    return value;
  };
  return {
    scores,
    lcpMs: numeric('largest-contentful-paint'),
    cls: numeric('cumulative-layout-shift'),
    tbtMs: numeric('total-blocking-time'),
    bytes: numeric('total-byte-weight'),
  };
}

export interface BenchOptions {
  dist: string;
  types: readonly PageType[];
  runs: number;
  /** Told after each run: page name, run number (1-based), figures. */
  onRun?: (name: string, run: number, figures: PageFigures) => void;
}

export async function benchLighthouse({ dist, types, runs, onRun }: BenchOptions): Promise<PageReport[]> {
  const pages = types.map((type) => {
    const url = resolvePage(dist, type);
    if (!url)
      throw new Error(
        `no built page for "${type.name}" (${type.path}) in ${dist}/: build first, or fix the page table`,
      );
    return { name: type.name, url, runs: [] as PageFigures[] };
  });
  const site = await startPreview(dist);
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
    logLevel: 'silent',
  });
  try {
    for (let run = 1; run <= runs; run++) {
      for (const page of pages) {
        const result = await lighthouse(new URL(page.url, site.url).href, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${page.url}`);
        if (result.lhr.runtimeError)
          throw new Error(`Lighthouse failed on ${page.url}: ${result.lhr.runtimeError.message}`);
        const figures = figuresOf(result.lhr);
        page.runs.push(figures);
        onRun?.(page.name, run, figures);
      }
    }
  } finally {
    chrome.kill();
    await site.close();
  }
  return pages.map(({ name, url, runs: measured }) => {
    const figures = medianFigures(measured);
    return { name, url, runs: measured.length, figures, misses: misses(figures) };
  });
}
