import { describe, expect, it } from 'vitest';
import { bookParts } from '../../../src/cases/book';
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
