/** How far the library reaches: the headline figures on the home page. */
import type { CaseSummary } from '../cases/lists';
import { groupBodies } from '../network/bodies';
import type { PlacedCase } from './groups';

export interface CoverageSummary {
  cases: number;
  provinces: number;
  /** Local governments, counted as the network directory (/network/) lists them: once per name and province. */
  localGovernments: number;
}

export function coverageSummary(placed: readonly PlacedCase<CaseSummary>[]): CoverageSummary {
  const provinces = new Set<string>();
  for (const { matches } of placed) for (const match of matches) provinces.add(match.province.code);
  return { cases: placed.length, provinces: provinces.size, localGovernments: groupBodies(placed).length };
}
