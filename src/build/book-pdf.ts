import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { bookVolumePath } from '../cases/book';
import { CORE_AREAS } from '../cases/vocabulary';
import { launchBrowser } from './chromium';
import { startPreview } from './preview';

/** The font the books must carry (src/components/FontFaces.astro): without it, Thai prints as boxes. */
export const BOOK_FONT = 'Sarabun';

export interface BookTarget {
  /** The book page's path on the site. */
  url: string;
  /** The PDF's file name. */
  file: string;
}

/** The books: the whole library's and one per area, each with the name its PDF takes. */
export const BOOKS: readonly { path: string; name: string; area?: string }[] = [
  { path: '/book/', name: 'library' },
  ...CORE_AREAS.map((area) => ({ path: `/areas/${area.slug}/book/`, name: area.slug, area: area.slug })),
];

/**
 * Every volume of every book built in `distDir` (a large book is cut into volumes, src/cases/book.ts):
 * `library.pdf`, `library-2.pdf`, …, `health.pdf`, ….
 */
export function bookTargets(distDir: string): BookTarget[] {
  return BOOKS.flatMap((book) => {
    const targets = [{ url: book.path, file: `${book.name}.pdf` }];
    for (let number = 2; existsSync(path.join(distDir, bookVolumePath(book.path, number), 'index.html')); number++)
      targets.push({ url: bookVolumePath(book.path, number), file: `${book.name}-${number}.pdf` });
    return targets;
  });
}

/**
 * The fonts a PDF embeds, by name without the subset tag (ABCDEF+Sarabun-Regular → Sarabun-Regular):
 * the names of its font descriptors that carry a font file.
 */
export function embeddedFonts(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const names = new Set<string>();
  for (const match of text.matchAll(/<<(?:(?!>>)[\s\S])*?\/FontName\s*\/([^\s/<>[\]()]+)(?:(?!>>)[\s\S])*?>>/g)) {
    if (/\/FontFile[23]?\b/.test(match[0])) names.add(match[1]!.replace(/^[A-Z]{6}\+/, ''));
  }
  return [...names].sort();
}

export interface WrittenBook extends BookTarget {
  bytes: number;
  fonts: string[];
}

/**
 * Serves `distDir` with Astro's preview server and prints each book page to an A4 PDF in `outDir`
 * with Chromium (print stylesheet, backgrounds, page numbers in the footer). Throws when a PDF
 * does not embed the Thai font.
 */
export async function writeBookPdfs(options: {
  distDir: string;
  outDir: string;
  targets?: BookTarget[];
  log?: (line: string) => void;
}): Promise<WrittenBook[]> {
  const site = await startPreview(options.distDir);
  const browser = await launchBrowser();
  const written: WrittenBook[] = [];
  try {
    await mkdir(options.outDir, { recursive: true });
    const page = await browser.newPage({ locale: 'th-TH', timezoneId: 'Asia/Bangkok', serviceWorkers: 'block' });
    for (const target of options.targets ?? bookTargets(options.distDir)) {
      const response = await page.goto(new URL(target.url, site.url).href, { waitUntil: 'load' });
      if (!response?.ok())
        throw new Error(`${target.url}: HTTP ${response?.status()}: build the site first (npm run build)`);
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => document.fonts.ready);
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        margin: { top: '16mm', bottom: '18mm', left: '16mm', right: '16mm' },
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate:
          '<div style="width:100%;font-size:9px;text-align:center"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
      });
      const fonts = embeddedFonts(pdf);
      if (!fonts.some((font) => font.startsWith(BOOK_FONT)))
        throw new Error(
          `${target.file}: the Thai font ${BOOK_FONT} is not embedded (fonts: ${fonts.join(', ') || 'none'})`,
        );
      await writeFile(path.join(options.outDir, target.file), pdf);
      written.push({ ...target, bytes: pdf.byteLength, fonts });
      options.log?.(`${target.file}: ${(pdf.byteLength / 1e6).toFixed(1)} MB, fonts ${fonts.join(', ')}`);
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return written;
}
