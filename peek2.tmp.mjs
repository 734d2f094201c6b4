import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 1400, height: 1000 } });
p.on('pageerror', (e) => console.log('pageerror:', e.message.slice(0, 300)));
await p.goto('http://127.0.0.1:4913/keystatic/collection/cases/create', { waitUntil: 'networkidle', timeout: 120000 });
await p.waitForTimeout(3000);
const info = await p.evaluate(() => {
  const out = [];
  for (const el of document.querySelectorAll('button, input, textarea, select, [role=button], [contenteditable=true], label')) {
    const name = el.getAttribute('aria-label') || el.textContent?.trim().slice(0, 50) || '';
    out.push(`${el.tagName} ${el.getAttribute('role') ?? ''} ${el.getAttribute('type') ?? ''} id=${el.id} for=${el.getAttribute('for') ?? ''} lbl=${el.getAttribute('aria-labelledby') ?? ''} :: ${name}`);
  }
  return out;
});
console.log(info.join('\n'));
await b.close();
