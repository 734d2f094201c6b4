import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { writeFacetFile } from '../../../src/search/build/facet-file';
import { countFacets, facetMatcher, orderByYear, readFacetFile, type FacetEntry } from '../../../src/search/facets';

const entry = (
  id: string,
  area: string,
  provinces: string[],
  year: number | null,
  systems: string[] = [],
): FacetEntry => ({
  id,
  filters: { area: [area], system: systems, province: provinces, type: ['sao'], evidence: ['reported'] },
  year,
});

const ENTRIES = [
  entry('zz_9f00000', 'health', ['น่าน'], 2019, ['welfare', 'volunteers']),
  entry('zz_0a12bc3', 'welfare', ['น่าน', 'แพร่'], 2009),
  entry('zz_3c4d5e6', 'health', ['เชียงใหม่'], null, ['volunteers']),
  entry('zz_ffffffff', 'learning', ['แพร่'], 2015),
];

/** The table as the search page gets it: written, sent as JSON, read back. */
const table = readFacetFile(JSON.parse(JSON.stringify(writeFacetFile(ENTRIES))));
const id = (result: { id: string }) => result.id;
const results = ENTRIES.map(({ id }) => ({ id }));

describe('the facet file', () => {
  it('reads back every page with its values and year', () => {
    expect(table.rows.size).toBe(4);
    for (const original of ENTRIES) {
      const row = table.rows.get(original.id)!;
      expect(row, original.id).toBeDefined();
      expect(table.years[row]).toBe(original.year);
      for (const key of ['area', 'system', 'province'] as const)
        expect(table.columns[key][row]!.map((n) => table.values[key][n])).toEqual(original.filters[key]);
    }
  });

  it('keeps ids with leading zeros and of other lengths', () => {
    expect(table.rows.has('zz_0a12bc3')).toBe(true);
    expect(table.rows.has('zz_ffffffff')).toBe(true);
    expect(table.rows.has('zz_a12bc3')).toBe(false);
  });

  it('gives each row its page id, rows in id order', () => {
    expect(table.ids.map((id) => table.rows.get(id))).toEqual(table.ids.map((_, row) => row));
    expect([...table.ids].sort((a, b) => parseInt(a.slice(3), 16) - parseInt(b.slice(3), 16))).toEqual(table.ids);
  });

  it('compresses to well under the ids written out', () => {
    const many = Array.from({ length: 2000 }, (_, i) =>
      entry(`zz_${((i * 2654435761) % 2 ** 28).toString(16).padStart(7, '0')}`, 'health', ['น่าน'], 2000),
    );
    const file = writeFacetFile(many);
    const gzipped = (text: string) => gzipSync(text, { level: 9 }).byteLength;
    expect(gzipped(file.ids)).toBeLessThan(gzipped(many.map((e) => e.id).join(' ')) * 0.7);
    expect(readFacetFile(file).rows.size).toBe(2000);
  });

  it('refuses ids that are not Pagefind page ids', () => {
    expect(() => writeFacetFile([entry('zz_12ab', 'health', [], null), entry('en_34cd', 'health', [], null)])).toThrow(
      /en_34cd/,
    );
    expect(() => writeFacetFile([entry('not an id', 'health', [], null)])).toThrow(/not an id/);
  });

  it('reads an empty collection', () => {
    expect(readFacetFile(writeFacetFile([])).rows.size).toBe(0);
  });
});

describe('facetMatcher', () => {
  it('needs one of the selected values of every key with selections', () => {
    const matches = facetMatcher(table, { area: ['health', 'welfare'], province: ['น่าน'] });
    expect(
      results
        .filter((r) => matches(r.id))
        .map(id)
        .sort(),
    ).toEqual(['zz_0a12bc3', 'zz_9f00000']);
  });

  it('passes everything without selections, unknown pages included, and nothing for an unknown value', () => {
    expect(facetMatcher(table, {})('zz_unknown')).toBe(true);
    expect(facetMatcher(table, { area: [] })('zz_9f00000')).toBe(true);
    expect(facetMatcher(table, { area: ['health'] })('zz_unknown')).toBe(false);
    expect(facetMatcher(table, { area: ['policy'] })('zz_9f00000')).toBe(false);
  });
});

describe('countFacets', () => {
  it('counts each value over the results', () => {
    const counts = countFacets(table, results, id, {});
    expect(counts.area).toEqual({ health: 2, welfare: 1, learning: 1 });
    expect(counts.province).toEqual({ น่าน: 2, แพร่: 2, เชียงใหม่: 1 });
    expect(counts.system).toEqual({ welfare: 1, volunteers: 2 });
  });

  it('counts a key over the results narrowed by the other keys only', () => {
    const counts = countFacets(table, results, id, { area: ['health'], province: ['น่าน'] });
    // Areas of the cases in น่าน; provinces of the health cases.
    expect(counts.area).toEqual({ health: 1, welfare: 1 });
    expect(counts.province).toEqual({ น่าน: 1, เชียงใหม่: 1 });
    expect(counts.type).toEqual({ sao: 1 });
  });

  it('ignores results the table does not know', () => {
    expect(countFacets(table, [{ id: 'zz_unknown' }], id, {}).area).toEqual({});
  });
});

describe('orderByYear', () => {
  it('orders newest or oldest first, with unknown years last either way', () => {
    expect(orderByYear(table, results, id, 'newest').map(id)).toEqual([
      'zz_9f00000',
      'zz_ffffffff',
      'zz_0a12bc3',
      'zz_3c4d5e6',
    ]);
    expect(orderByYear(table, results, id, 'oldest').map(id)).toEqual([
      'zz_0a12bc3',
      'zz_ffffffff',
      'zz_9f00000',
      'zz_3c4d5e6',
    ]);
  });

  it('keeps the given order between cases of the same year', () => {
    const same = [
      entry('zz_1', 'health', [], 2010),
      entry('zz_2', 'health', [], 2010),
      entry('zz_3', 'health', [], 2010),
    ];
    const t = readFacetFile(writeFacetFile(same));
    const input = [{ id: 'zz_3' }, { id: 'zz_1' }, { id: 'zz_2' }];
    expect(orderByYear(t, input, id, 'newest').map(id)).toEqual(['zz_3', 'zz_1', 'zz_2']);
  });
});
