import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCaseFiles } from '../../src/cases/files';
import { checkCaseFiles } from '../../src/cases/validate/index';
import { launchBrowser } from '../../src/build/chromium';
import { checkTrackerContent } from '../../src/decentralization/build/check';
import { placeChecker, placeLookups } from '../../src/places/check';
import { startDevServer } from '../support/dev-server';

let devUrl: string;
let stopDevServer: (() => void) | undefined;
const SLUG = 'zz-form-editor-test-case';
const FILE = path.resolve('content/cases', `${SLUG}.mdx`);
const TITLE = 'กรณีทดสอบแบบฟอร์ม ห้องสมุดชุมชนตำบลสมมุติ';

let browser: Browser;
beforeAll(async () => {
  const server = await startDevServer();
  devUrl = server.url;
  stopDevServer = server.close;
  browser = await launchBrowser();
  // The first visit makes Vite bundle the editor's modules (and may reload the page once): on a
  // loaded machine that takes minutes, so it happens here, once, with room to spare.
  const page = await browser.newPage();
  try {
    const until = Date.now() + 280_000;
    for (;;) {
      await page.goto(`${devUrl}/keystatic/collection/cases`, { timeout: 120_000 }).catch(() => undefined);
      const listed = await page
        .getByText('don-kaeo-elderly-care')
        .first()
        .waitFor({ timeout: 90_000 })
        .then(() => true)
        .catch(() => false);
      if (listed || Date.now() > until) break;
    }
  } finally {
    await page.close();
  }
}, 560_000);
afterAll(async () => {
  await browser?.close();
  stopDevServer?.();
  await rm(FILE, { force: true });
});

/** A page of the editor, with what Keystatic puts on the clipboard captured (Copy entry). */
async function editorPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.setDefaultTimeout(120_000);
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

describe('a coordinator creates a case through the form', () => {
  it('writes a file that passes npm run validate', async () => {
    const page = await editorPage();
    try {
      await page.goto(`${devUrl}/keystatic/collection/cases/create`, { waitUntil: 'networkidle' });
      await page.getByLabel('ชื่อกรณีศึกษาภาษาไทย').fill(TITLE);
      await page.getByLabel('ชื่อไฟล์และที่อยู่เว็บ (slug)').fill(SLUG);
      await page
        .getByLabel('สรุปหนึ่งถึงสองประโยค')
        .fill('กรณีทดสอบที่แต่งขึ้น อบต.สมมุติเปิดห้องสมุดชุมชนให้เด็กและผู้สูงอายุอ่านหนังสือร่วมกัน');
      await page
        .locator('label', { hasText: 'ประเด็นหลักหนึ่งในห้าประเด็น' })
        .locator('select')
        .selectOption('health', { force: true });
      await page.getByLabel('ระบบอาสาสมัคร (volunteers)').check();
      await page.getByLabel('ระบบการศึกษาเพื่อชีวิต (education-for-life)').check();

      // A place, picked province → district → tambon from the gazetteer.
      await page.getByRole('button', { name: 'Add' }).nth(1).click();
      const placeDialog = page.getByRole('dialog');
      await placeDialog.getByLabel('จังหวัด').selectOption({ label: 'น่าน' });
      await placeDialog.getByLabel('อำเภอ').selectOption({ label: 'ปัว' });
      await placeDialog.getByLabel('ตำบล').selectOption({ label: 'ปัว' });
      await placeDialog.getByRole('button', { name: 'Add', exact: true }).click();
      await placeDialog.waitFor({ state: 'detached' });

      await page.getByLabel('ชื่อเต็มของ อปท.').fill('องค์การบริหารส่วนตำบลสมมุติทดสอบ');
      await page.getByLabel('ปีที่เริ่มงาน').fill('2562');

      // A source.
      await page.getByRole('button', { name: 'Add' }).nth(5).click();
      const sourceDialog = page.getByRole('dialog');
      await sourceDialog.getByLabel('ชื่อแหล่งข้อมูลตามที่เผยแพร่').fill('ข่าวสมมุติสำหรับการทดสอบแบบฟอร์ม');
      await sourceDialog.getByLabel('ที่อยู่เว็บเต็มของแหล่งข้อมูล').fill('https://example.org/form-test');
      await sourceDialog.getByRole('button', { name: 'Add', exact: true }).click();
      await sourceDialog.waitFor({ state: 'detached' });

      // The body: a heading, a list and a table, typed as a coordinator would.
      const body = page.getByRole('textbox', { name: 'เนื้อหา' });
      await body.click();
      // Markdown shortcuts (## and -) are typed key by key and their result awaited: typed at full speed on a
      // loaded machine, the editor can miss the shortcut and keep the characters as text.
      await page.keyboard.type('## ', { delay: 80 });
      await body.locator('h2').waitFor();
      await page.keyboard.type('ความเป็นมา');
      await page.keyboard.press('Enter');
      await page.keyboard.type('เนื้อหานี้แต่งขึ้นสำหรับการทดสอบ');
      await page.keyboard.press('Enter');
      await page.keyboard.type('- ', { delay: 80 });
      await body.locator('ul li').first().waitFor();
      await page.keyboard.type('ข้อแรกของรายการ');
      await page.keyboard.press('Enter');
      await page.keyboard.type('ข้อที่สองของรายการ');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Table' }).click();
      const cells = body.locator('th, td');
      await cells.nth(0).click();
      await page.keyboard.type('ข้อมูล');
      await cells.nth(1).click();
      await page.keyboard.type('ค่า');

      await page.getByRole('button', { name: 'Create' }).click();
      const written = await eventually(async () => (existsSync(FILE) ? readFile(FILE, 'utf8') : undefined), 120_000);

      expect(written).toContain(`title: ${TITLE}`);
      expect(written).toMatch(/^status: draft$/m);
      expect(written).toMatch(/province: น่าน\n\s+district: ปัว\n\s+tambon: ปัว/);
      expect(written).toMatch(/^## ความเป็นมา$/m);
      expect(written).toMatch(/^\* ข้อแรกของรายการ$/m);
      expect(written, written).toMatch(/^\| ข้อมูล +\| ค่า/m);

      // The dev server checked the saved file: its preview page says so, with its status.
      const preview = await eventually(async () => {
        const response = await fetch(`${devUrl}/cases/${SLUG}/`);
        const html = await response.text();
        return response.ok && html.includes('data-case-problems') ? html : undefined;
      }, 120_000);
      expect(preview).toContain('draft');

      // The same checks as npm run validate, over the whole collection.
      const tracker = await checkTrackerContent(process.cwd());
      const { problems } = await checkCaseFiles(await readCaseFiles(process.cwd()), {
        checkPlace: placeChecker(),
        ...placeLookups(),
        trackerSlugs: tracker.slugs,
      });
      expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    } catch (error) {
      await page.screenshot({ path: 'test-results/form-editor-create.png', fullPage: true }).catch(() => undefined);
      throw error;
    } finally {
      await page.close();
      await rm(FILE, { force: true });
    }
  });
});
