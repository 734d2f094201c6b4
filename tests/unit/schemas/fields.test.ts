import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { about } from '../../../src/schemas/describe';
import { caseFieldDescriptions, describeFields, fieldDescriptionMap } from '../../../src/schemas/fields';
import { yearSchema } from '../../../src/schemas/year';
import { caseSchema } from '../../../src/schemas/case';

describe('describeFields', () => {
  it('lists nested and list fields with their paths, kinds and descriptions', () => {
    const schema = z.object({
      name: z.string().meta(about('Name', 'ชื่อ')),
      size: z.number().optional().meta(about('Size', 'ขนาด')),
      items: z
        .array(z.object({ label: z.string().meta(about('Label', 'ป้าย')), year: yearSchema.meta(about('Year', 'ปี')) }))
        .default([])
        .meta(about('Items', 'รายการ')),
      kind: z.enum(['a', 'b']).meta(about('Kind', 'ชนิด')),
    });
    const fields = describeFields(schema);
    expect(fields.map((field) => field.path)).toEqual([
      'name',
      'size',
      'items',
      'items[].label',
      'items[].year',
      'kind',
    ]);
    const byPath = new Map(fields.map((field) => [field.path, field]));
    expect(byPath.get('name')).toMatchObject({ th: 'ชื่อ', en: 'Name', required: true, list: false, kind: 'text' });
    expect(byPath.get('size')).toMatchObject({ required: false, kind: 'number' });
    expect(byPath.get('items')).toMatchObject({ list: true, kind: 'object', parent: undefined });
    expect(byPath.get('items[].label')).toMatchObject({ parent: 'items[]', key: 'label', required: true });
    // The year's format comes from yearSchema's own metadata, merged with the field's.
    expect(byPath.get('items[].year')).toMatchObject({ kind: 'year', th: 'ปี' });
    expect(byPath.get('kind')?.values).toEqual(['a', 'b']);
  });

  it('leaves a field without metadata with empty descriptions, for the test below to catch', () => {
    const [field] = describeFields(z.object({ bare: z.string() }));
    expect(field).toMatchObject({ path: 'bare', th: '', en: '' });
  });
});

describe('the case schema describes every field', () => {
  const fields = caseFieldDescriptions();

  it('in Thai and in English', () => {
    const missing = fields.filter((field) => !field.th.trim() || !field.en.trim()).map((field) => field.path);
    expect(missing).toEqual([]);
  });

  it('covers every top-level field of the schema', () => {
    const topLevel = fields.filter((field) => field.parent === undefined).map((field) => field.key);
    expect(topLevel).toEqual(Object.keys(caseSchema.shape));
  });

  it('gives each path once and types years and days', () => {
    const paths = fields.map((field) => field.path);
    expect(new Set(paths).size).toBe(paths.length);
    const kinds = new Map(fields.map((field) => [field.path, field.kind]));
    expect(kinds.get('started')).toBe('year');
    expect(kinds.get('outcomes[].year')).toBe('year');
    expect(kinds.get('lastReviewed')).toBe('date');
    expect(kinds.get('sources[].accessed')).toBe('date');
    expect(kinds.get('sources[].url')).toBe('url');
    expect(kinds.get('budget.amountBaht')).toBe('number');
  });

  it('answers by path with the Thai and English text', () => {
    const map = fieldDescriptionMap();
    expect(map.get('places[].tambon')?.th).toContain('ตำบล');
    expect(map.get('places[].tambon')?.en).toContain('Tambon');
  });
});
