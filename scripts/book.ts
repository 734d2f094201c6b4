/**
 * npm run book — prints the book pages of the production build (dist/) to A4 PDFs with Chromium:
 * dist/book/library.pdf (the whole library) and dist/book/<area>.pdf (a large book: one PDF a volume,
 * library-2.pdf, …), each checked to embed the
 * Thai font. Needs `npm run build` first; not part of the build.
 *
 *   npm run book                    # all six books
 *   npm run book -- --area health   # one area's book
 *   npm run book -- --out somewhere # another folder
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bookTargets, writeBookPdfs } from '../src/build/book-pdf';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    out: { type: 'string' },
    area: { type: 'string', multiple: true },
  },
});
const distDir = values.dist;
const outDir = values.out ?? path.join(distDir, 'book');
const targets = bookTargets(distDir).filter(
  (target) => !values.area || values.area.some((area) => target.url.startsWith(`/areas/${area}/book/`)),
);
if (targets.length === 0) {
  console.error(`ไม่พบประเด็น ${values.area?.join(', ')} / no such area`);
  process.exit(1);
}

const started = performance.now();
try {
  const written = await writeBookPdfs({ distDir, outDir, targets, log: (line) => console.log(line) });
  console.log(`${written.length} PDF(s) in ${outDir} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
} catch (error) {
  console.error(`ทำ PDF ไม่สำเร็จ / the PDFs failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
