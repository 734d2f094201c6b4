import { describe, expect, it } from 'vitest';
import { relatedCases, type CaseSummary } from '../../../src/cases/lists';
import { relatedIndex } from '../../../src/cases/related';
import { createRandom } from '../../../src/cases/synthetic/random';
import { CORE_AREA_SLUGS, SYSTEM_SLUGS } from '../../../src/cases/vocabulary';
import { syntheticCase } from '../../support/synthetic-case';

const PROVINCES = ['น่าน', 'ขอนแก่น', 'เชียงใหม่', 'ลำพูน', 'สงขลา'];

/** A collection where many cases tie on score and year, so the order of ties is tested too. */
function collection(count: number, seed: number): CaseSummary[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, (_, index) =>
    syntheticCase(`case-${String(index).padStart(3, '0')}`, {
      area: random.pick(CORE_AREA_SLUGS),
      systems: random.sample(SYSTEM_SLUGS, random.int(0, 3)),
      places: random
        .sample(PROVINCES, random.int(1, 2))
        .map((province) => ({ province, ...(random.chance(0.3) ? { district: 'เมือง' } : {}) })),
      started: random.chance(0.2) ? 'ไม่ทราบ' : random.int(2015, 2019),
    }),
  );
}

const ids = (cases: readonly CaseSummary[]) => cases.map((entry) => entry.id);

describe('relatedIndex', () => {
  it.each([
    [3, 1],
    [1, 2],
    [5, 3],
  ])('gives what relatedCases gives for every case (limit %i, collection %i)', (limit, seed) => {
    const cases = collection(250, seed);
    const related = relatedIndex(cases, limit);
    for (const target of cases) expect(ids(related(target))).toEqual(ids(relatedCases(cases, target, limit)));
  });

  it('offers nothing when no case shares anything, and never the case itself', () => {
    const cases = [
      syntheticCase('alone', { area: 'health', systems: ['volunteers'], places: [{ province: 'น่าน' }] }),
      syntheticCase('other', { area: 'policy', systems: ['safety'], places: [{ province: 'สงขลา' }] }),
    ];
    const related = relatedIndex(cases);
    expect(related(cases[0]!)).toEqual([]);
    expect(related(cases[1]!)).toEqual([]);
  });
});
