/**
 * npm run bench:weight — what a browser downloads for a few pages of the production build
 * (dist/), gzip-compressed as a server would send it: HTML, CSS, JS, fonts. Prints figures;
 * the budget for a case page is 30 KB of CSS and JS, fonts aside.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const BUDGET_KB = 30;
if (parseArgs({ options: { help: { type: 'boolean', default: false } } }).values.help) {
  console.log('npm run bench:weight: bytes a browser downloads for a few pages of dist/ (run `npm run build` first)');
  process.exit(0);
}
if (!existsSync(path.join(DIST, 'index.html'))) {
  console.error('no build in dist/: run `npm run build` first');
  process.exit(1);
}

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).byteLength;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function pageWeight(pagePath: string) {
  const html = readFileSync(path.join(DIST, pagePath, 'index.html'), 'utf8');
  const assets = (pattern: RegExp) =>
    [...html.matchAll(pattern)].map((m) => m[1]!).filter((href) => href.startsWith('/'));
  const css = assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g).concat(
    assets(/<link[^>]+href="([^"]+\.css)"[^>]*rel="stylesheet"/g),
  );
  const js = assets(/<script[^>]+src="([^"]+)"/g);
  const fonts = assets(/<link[^>]+href="([^"]+\.woff2)"/g);
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('');
  const inlineJs = [...html.matchAll(/<script(?![^>]+src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('');
  const file = (href: string) => readFileSync(path.join(DIST, href));
  // Chunks a page script imports (statically or through Vite's preload list) are fetched too.
  for (const href of js) {
    const imported = [
      ...file(href)
        .toString()
        .matchAll(/["'`](?:\.\/|\/?_astro\/)([\w.-]+\.js)["'`]/g),
    ];
    for (const match of imported) if (!js.includes(`/_astro/${match[1]}`)) js.push(`/_astro/${match[1]}`);
  }
  const cssBytes = [...new Set(css)].reduce((sum, href) => sum + gz(file(href)), 0) + (inlineCss ? gz(inlineCss) : 0);
  const jsBytes = [...new Set(js)].reduce((sum, href) => sum + gz(file(href)), 0) + (inlineJs ? gz(inlineJs) : 0);
  const fontBytes = [...new Set(fonts)].reduce((sum, href) => sum + file(href).byteLength, 0);
  return { html: gz(html), css: cssBytes, js: jsBytes, fonts: fontBytes };
}

const caseSlug = readdirSync(path.join(DIST, 'cases'))[0];
const pages = ['', 'areas/health/', `cases/${caseSlug}/`, 'search/', 'places/', 'about/'].filter((p) =>
  existsSync(path.join(DIST, p, 'index.html')),
);
console.log('page'.padEnd(52), 'html', ' css', '  js', 'css+js', 'preloaded font (KB, gzip except fonts)');
for (const page of pages) {
  const w = pageWeight(page);
  const cssJs = w.css + w.js;
  const flag = page.startsWith('cases/') ? (cssJs / 1024 <= BUDGET_KB ? ' within budget' : ' OVER BUDGET') : '';
  console.log(
    `/${page}`.padEnd(52),
    kb(w.html).padStart(4),
    kb(w.css).padStart(4),
    kb(w.js).padStart(4),
    kb(cssJs).padStart(6),
    kb(w.fonts).padStart(5) + flag,
  );
}
const allFonts = readdirSync(path.join(DIST, '_astro')).filter((f) => f.endsWith('.woff2'));
console.log(
  `\nfonts available (loaded per unicode-range as text needs them): ${allFonts.length} files, ${kb(allFonts.reduce((s, f) => s + readFileSync(path.join(DIST, '_astro', f)).byteLength, 0))} KB`,
);
