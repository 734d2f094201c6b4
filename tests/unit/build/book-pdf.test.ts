import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bookTargets, embeddedFonts } from '../../../src/build/book-pdf';
import { CORE_AREAS } from '../../../src/cases/vocabulary';

describe('book PDFs', () => {
  it('prints the whole library and each area, one PDF a volume', async () => {
    const dist = await mkdtemp(path.join(tmpdir(), 'book-targets-'));
    try {
      for (const volume of ['book/2', 'book/3', 'areas/health/book/2'])
        await mkdir(path.join(dist, volume), { recursive: true }).then(() =>
          writeFile(path.join(dist, volume, 'index.html'), ''),
        );
      const targets = bookTargets(dist);
      expect(targets.map((target) => target.url)).toEqual([
        '/book/',
        '/book/2/',
        '/book/3/',
        ...CORE_AREAS.flatMap((area) =>
          area.slug === 'health' ? ['/areas/health/book/', '/areas/health/book/2/'] : [`/areas/${area.slug}/book/`],
        ),
      ]);
      expect(targets.map((target) => target.file)).toContain('library-3.pdf');
      expect(new Set(targets.map((target) => target.file)).size).toBe(targets.length);
    } finally {
      await rm(dist, { recursive: true, force: true });
    }
  });

  it('finds embedded fonts by their descriptors, not fonts only named', () => {
    const pdf = Buffer.from(
      [
        '%PDF-1.4',
        '4 0 obj << /Type /FontDescriptor /FontName /AAAAAA+Sarabun-Regular /Flags 4 /FontFile2 9 0 R >> endobj',
        '5 0 obj << /Type /FontDescriptor /FontName /BAAAAA+DejaVuSans /FontFile2 10 0 R >> endobj',
        '6 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj',
        '7 0 obj << /Type /FontDescriptor /FontName /Tahoma /Flags 32 >> endobj',
      ].join('\n'),
      'latin1',
    );
    expect(embeddedFonts(pdf)).toEqual(['DejaVuSans', 'Sarabun-Regular']);
    expect(embeddedFonts(Buffer.from('%PDF-1.4\n'))).toEqual([]);
  });
});
