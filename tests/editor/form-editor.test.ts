import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readCaseFiles } from '../../src/cases/files';
import { checkCaseFiles } from '../../src/cases/validate/index';
import { launchBrowser } from '../../src/build/chromium';
import { checkTrackerContent } from '../../src/decentralization/build/check';
import { placeChecker, placeLookups } from '../../src/places/check';

const devUrl = inject('devUrl');
const SLUG = 'zz-form-editor-test-case';
const FILE = path.resolve('content/cases', `${SLUG}.mdx`);
const TITLE = 'กรณีทดสอบแบบฟอร์ม ห้องสมุดชุมชนตำบลสมมุติ';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await rm(FILE, { force: true });
});

/** A page of the editor, with what Keystatic puts on the clipboard captured (Copy entry). */
async function editorPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.setDefaultTimeout(60_000);
  await page.addInitScript(() => {
    const captured: string[] = [];
    Object.assign(window, { __copied: captured });
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: {
        write: async (items: ClipboardItem[]) => {
          for (const item of items) captured.push(await (await item.getType('text/plain')).text());
        },
        writeText: async (text: string) => void captured.push(text),
      },
    });
  });
  return page;
}

/** Waits until `check` passes, polling (the dev server writes and checks files while the test runs). */
async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe('the form editor under npm run dev', () => {
  it('serves /keystatic and reads nothing from outside the dev server', async () => {
    const page = await editorPage();
    const remote: string[] = [];
    page.on('requestfinished', (request) => {
      if (!request.url().startsWith(devUrl) && !request.url().startsWith('data:') && !request.url().startsWith('blob:'))
        remote.push(request.url());
    });
    const response = await page.goto(`${devUrl}/keystatic/collection/cases`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    await page.getByText('don-kaeo-elderly-care').first().waitFor();
    expect(remote).toEqual([]);
    await page.close();
  });

  it.each(['don-kaeo-elderly-care', 'ang-thong-municipal-child-development-centre'])(
    'a save of %s without edits writes exactly the file on disk (Keystatic serialising its own form state)',
    async (slug) => {
      const page = await editorPage();
      await page.goto(`${devUrl}/keystatic/collection/cases/item/${slug}`, { waitUntil: 'networkidle' });
      await page.getByRole('button', { name: 'Copy entry' }).click();
      const copied = await eventually(async () =>
        page.evaluate(() => (window as unknown as { __copied: string[] }).__copied[0]),
      );
      expect(copied).toBe(await readFile(`content/cases/${slug}.mdx`, 'utf8'));
      await page.close();
    },
  );
});
