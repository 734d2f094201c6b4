import { describe, expect, it } from 'vitest';
import { bookParts, bookVolumePath, bookVolumes } from '../../../src/cases/book';
import { CORE_AREA_SLUGS } from '../../../src/cases/vocabulary';
import { syntheticCase } from '../../support/synthetic-case';

const cases = [
  syntheticCase('b-health', { area: 'health', title: 'ข่ายงานสุขภาพ' }),
  syntheticCase('a-policy', { area: 'policy', title: 'กองทุนนโยบาย' }),
  syntheticCase('c-health', { area: 'health', title: 'กางมุ้งสุขภาพ' }),
  syntheticCase('d-learning', { area: 'learning', title: 'ฮูกเรียนรู้' }),
];

describe('bookParts', () => {
  it('orders the whole library by the five areas, each in Thai title order, leaving out empty areas', () => {
    const parts = bookParts(cases);
    expect(parts.map((part) => part.area.slug)).toEqual(['learning', 'health', 'policy']);
    expect(parts.map((part) => part.cases.map((c) => c.id))).toEqual([
      ['d-learning'],
      ['c-health', 'b-health'],
      ['a-policy'],
    ]);
    expect(parts.map((part) => part.area.slug)).toEqual(
      CORE_AREA_SLUGS.filter((slug) => parts.some((p) => p.area.slug === slug)),
    );
  });

  it('gives one part for one area, even an empty one', () => {
    expect(bookParts(cases, 'health').map((part) => part.cases.map((c) => c.id))).toEqual([['c-health', 'b-health']]);
    expect(bookParts(cases, 'welfare')).toEqual([expect.objectContaining({ cases: [] })]);
  });
});

describe('bookVolumes', () => {
  const ids = (volume: { parts: { area: { slug: string }; cases: { id: string }[] }[] }) =>
    volume.parts.map((part) => `${part.area.slug}:${part.cases.map((c) => c.id).join(',')}`);

  it('keeps a book that fits in one volume whole', () => {
    const volumes = bookVolumes(bookParts(cases));
    expect(volumes).toHaveLength(1);
    expect(volumes[0]).toMatchObject({ number: 1, count: 1 });
    expect(volumes[0]!.parts).toEqual(bookParts(cases));
  });

  it('cuts a larger book into volumes of at most the given size, a part spanning two volumes in both', () => {
    const volumes = bookVolumes(bookParts(cases), 3);
    expect(volumes.map((volume) => [volume.number, volume.count])).toEqual([
      [1, 2],
      [2, 2],
    ]);
    expect(volumes.map(ids)).toEqual([['learning:d-learning', 'health:c-health,b-health'], ['policy:a-policy']]);
    expect(bookVolumes(bookParts(cases), 2).map(ids)).toEqual([
      ['learning:d-learning', 'health:c-health'],
      ['health:b-health', 'policy:a-policy'],
    ]);
    const all = bookVolumes(bookParts(cases), 1).flatMap((volume) => volume.parts.flatMap((part) => part.cases));
    expect(all.map((c) => c.id)).toEqual(bookParts(cases).flatMap((part) => part.cases.map((c) => c.id)));
  });

  it('gives an empty book one empty volume, and puts the first volume at the book’s own path', () => {
    expect(bookVolumes(bookParts(cases, 'welfare'))).toEqual([
      { number: 1, count: 1, parts: [expect.objectContaining({ cases: [] })] },
    ]);
    expect(bookVolumePath('/book/', 1)).toBe('/book/');
    expect(bookVolumePath('/book/', 2)).toBe('/book/2/');
  });
});
