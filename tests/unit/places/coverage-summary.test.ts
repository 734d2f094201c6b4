import { describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../../src/cases/lists';
import { gazetteer } from '../../../src/places/gazetteer-data';
import { coverageSummary } from '../../../src/places/coverage-summary';
import type { PlacedCase } from '../../../src/places/groups';
import type { CaseInput } from '../../../src/schemas/case';
import { syntheticCase } from '../../support/synthetic-case';

function placed(id: string, front: Partial<CaseInput>): PlacedCase<CaseSummary> {
  const entry = syntheticCase(id, front);
  const matches = entry.data.places.map((place) => {
    const result = gazetteer.resolvePlace(place);
    if (!result.ok) throw new Error(`test place does not resolve: ${JSON.stringify(place)}`);
    return result;
  });
  return { entry, matches };
}

describe('coverageSummary', () => {
  it('counts cases, provinces and local governments once each', () => {
    const lg = { name: 'เทศบาลตำบลสมมุติ', type: 'subdistrict-municipality' } as const;
    const summary = coverageSummary([
      placed('a', { places: [{ province: 'ขอนแก่น' }], localGovernment: lg }),
      placed('b', {
        places: [{ province: 'ขอนแก่น' }, { province: 'เลย' }],
        localGovernment: { ...lg, name: 'เทศบาลตำบล สมมุติ' },
      }),
      placed('c', { places: [{ province: 'เลย' }], localGovernment: lg }),
    ]);
    expect(summary).toEqual({ cases: 3, provinces: 2, localGovernments: 2 });
  });

  it('is zero for an empty library', () => {
    expect(coverageSummary([])).toEqual({ cases: 0, provinces: 0, localGovernments: 0 });
  });
});
