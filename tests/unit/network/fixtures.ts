import type { PlaceMatch } from '../../../src/places/gazetteer';
import { gazetteer } from '../../../src/places/gazetteer-data';
import type { PlacedCase } from '../../../src/places/groups';
import type { CaseInput } from '../../../src/schemas/case';
import { syntheticCase } from '../../support/synthetic-case';

type PlaceInput = CaseInput['places'][number];

export const DON_KAEO = { province: 'เชียงใหม่', district: 'แม่ริม', tambon: 'ดอนแก้ว' }; // 500710
export const NONG_HOI = { province: 'เชียงใหม่', district: 'เมืองเชียงใหม่', tambon: 'หนองหอย' }; // 500111
export const PUA = { province: 'น่าน', district: 'ปัว', tambon: 'ปัว' }; // 550501
export const SONGKHLA = { province: 'สงขลา' };
export const BO_YANG = { province: 'สงขลา', district: 'เมืองสงขลา', tambon: 'บ่อยาง' }; // 900101

function resolve(place: PlaceInput): PlaceMatch {
  const result = gazetteer.resolvePlace(place);
  if (!result.ok) throw new Error(`test place does not resolve: ${JSON.stringify(place)} (${result.reason})`);
  return result;
}

/** A synthetic case with its places resolved, as src/data/places.ts builds them. */
export function placedCase(
  id: string,
  localGovernment: CaseInput['localGovernment'],
  places: PlaceInput[],
  front: Partial<CaseInput> = {},
): PlacedCase {
  const entry = syntheticCase(id, { localGovernment, places, ...front });
  return { entry, matches: entry.data.places.map(resolve) };
}
