import { describe, expect, it } from 'vitest';
import { bookTargets, embeddedFonts } from '../../../src/build/book-pdf';
import { CORE_AREAS } from '../../../src/cases/vocabulary';

describe('book PDFs', () => {
  it('prints the whole library and each area', () => {
    expect(bookTargets().map((target) => target.url)).toEqual([
      '/book/',
      ...CORE_AREAS.map((area) => `/areas/${area.slug}/book/`),
    ]);
    expect(new Set(bookTargets().map((target) => target.file)).size).toBe(CORE_AREAS.length + 1);
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
