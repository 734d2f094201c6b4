import { describe, expect, it } from 'vitest';
import { codebook } from '../../../src/open-data/codebook';
import { dataColumns } from '../../../src/open-data/columns';

describe('codebook', () => {
  const rows = codebook();

  it('explains every CSV column, in order', () => {
    expect(rows.map((row) => row.name)).toEqual(dataColumns().map((column) => column.name));
  });

  it('gives every column a Thai and an English meaning and a kind of value', () => {
    const incomplete = rows.filter((row) => !row.th || !row.en || !row.format).map((row) => row.name);
    expect(incomplete).toEqual([]);
  });

  it('names every accepted value in Thai', () => {
    const withValues = rows.filter((row) => row.values.length > 0);
    expect(withValues.map((row) => row.name)).toEqual(['area', 'systems', 'localGovernment.type', 'evidence']);
    const unnamed = withValues.flatMap((row) =>
      row.values.filter((value) => !value.th).map((value) => `${row.name}=${value.value}`),
    );
    expect(unnamed).toEqual([]);
  });

  it('says how lists are written and that place codes are resolved', () => {
    const byName = new Map(rows.map((row) => [row.name, row]));
    expect(byName.get('tags')?.format).toContain('|');
    expect(byName.get('title')?.format).not.toContain('|');
    expect(byName.get('places.code')?.note?.th).toContain('ทะเบียน');
  });
});
