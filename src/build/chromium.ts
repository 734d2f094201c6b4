import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Finds a Chromium: CHROMIUM_PATH or CHROME_PATH first, then the usual install paths. Never downloads one. */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
  }
  const found = CANDIDATES.find((candidate) => existsSync(candidate));
  if (found) return found;
  throw new Error(
    'ไม่พบ Chromium สำหรับการทดสอบในเบราว์เซอร์และการทำ PDF / no Chromium found for the browser tests or the PDFs.\n' +
      'Debian/Ubuntu: sudo apt-get install -y chromium   (or set CHROMIUM_PATH=/path/to/chromium)',
  );
}

/**
 * Flags for an installed Chromium on a machine without outside network: no sandbox (root in a
 * container), no GPU, and nothing that phones home or downloads components. Headless mode is the
 * caller's (Playwright sets its own; chrome-launcher needs --headless=new).
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium, headless, with the flags this closed network needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [...CHROMIUM_FLAGS, '--disable-quic'],
  });
}
