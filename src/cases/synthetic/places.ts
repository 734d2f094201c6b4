import { gazetteer } from '../../places/gazetteer-data';

/** A real tambon with its district and province, and its 6-digit code. */
export interface PlaceTriple {
  province: string;
  district: string;
  tambon: string;
  code?: string;
}

/**
 * Every real tambon of the gazetteer, so synthetic files also pass the place check (Bangkok's แขวง
 * left out: they have no SAO or tambon municipality).
 */
export function syntheticPlaces(): PlaceTriple[] {
  const places: PlaceTriple[] = [];
  for (const tambon of gazetteer.tambons) {
    const province = gazetteer.province(tambon.provinceCode);
    const district = gazetteer.district(tambon.districtCode);
    if (!province || !district || tambon.code.startsWith('10')) continue;
    places.push({ province: province.th, district: district.th, tambon: tambon.th, code: tambon.code });
  }
  return places;
}
