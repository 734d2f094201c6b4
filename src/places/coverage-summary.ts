/** How far the library reaches: the headline figures on the home page. */
import type { CaseSummary } from '../cases/lists';
import { normalizeThai } from '../thai/normalize';
import type { PlacedCase } from './groups';

export interface CoverageSummary {
  cases: number;
  provinces: number;
  /** Local governments, counted once per name and province. */
  localGovernments: number;
}

export function coverageSummary(placed: readonly PlacedCase<CaseSummary>[]): CoverageSummary {
  const provinces = new Set<string>();
  const bodies = new Set<string>();
  for (const { entry, matches } of placed) {
    for (const match of matches) provinces.add(match.province.code);
    const province = matches[0]?.province.code ?? '';
    bodies.add(`${province}:${normalizeThai(entry.data.localGovernment.name).replace(/\s+/g, '')}`);
  }
  return { cases: placed.length, provinces: provinces.size, localGovernments: bodies.size };
}
