import type { PlaceChecker, ValidationOptions } from '../cases/validate/index';
import { normalizeBodyName } from '../network/names';
import type { Gazetteer } from './gazetteer';
import { gazetteer as defaultGazetteer } from './gazetteer-data';
import { formatPlaceLabel, placeLabel } from './labels';

/** The place as the coordinator typed it, with the common prefixes (ต. อ. จ.) whatever the province. */
const typed = (place: Parameters<PlaceChecker>[0]) => formatPlaceLabel(place, { code: place.code });

/**
 * Checks a case place against the gazetteer: it must name exactly one tambon, district or
 * province. When it does not, the message lists the closest matches with district and province.
 */
export function placeChecker(gazetteer: Gazetteer = defaultGazetteer): PlaceChecker {
  return (place) => {
    const result = gazetteer.resolvePlace(place);
    if (result.ok) return undefined;
    const list = result.candidates.map((candidate) => `      • ${placeLabel(candidate)}`).join('\n');
    const where = typed(place);
    switch (result.reason) {
      case 'ambiguous':
        return {
          th: `"${where}" มีหลายแห่งที่ชื่อตรงกัน ให้ระบุอำเภอ (district) หรือรหัสพื้นที่ (code) ให้ชัดเจน:\n${list}`,
          en: `"${where}" matches several places; add the district or the place code to say which one (listed above)`,
        };
      case 'code-mismatch':
        return {
          th: `รหัสพื้นที่ไม่ตรงกับชื่อที่เขียนไว้ "${where}" ตรวจรหัสหรือชื่อ รหัสและชื่อที่ใกล้เคียง:\n${list}`,
          en: `the place code does not match the names "${where}"; check the code or the names (closest listed above)`,
        };
      default:
        return {
          th: `ไม่พบพื้นที่ "${where}" ในทะเบียนตำบลของกรมการปกครอง${list ? ` ชื่อที่ใกล้เคียง:\n${list}` : ''}`,
          en: `no such place "${where}" in the official gazetteer${list ? '; closest matches are listed above' : ''}`,
        };
    }
  };
}

/**
 * What the local-government name check needs of the gazetteer: a place's province code, and whether
 * a name is a real tambon, district or province name in a province.
 */
export function placeLookups(
  gazetteer: Gazetteer = defaultGazetteer,
): Required<Pick<ValidationOptions, 'provinceOf' | 'isPlaceName'>> {
  const names = new Map<string, Set<string>>();
  const namesIn = (provinceCode: string) => {
    let set = names.get(provinceCode);
    if (!set) {
      const province = gazetteer.province(provinceCode);
      const units = [...gazetteer.districtsOf(provinceCode), ...gazetteer.tambonsInProvince(provinceCode)];
      set = new Set([...units, ...(province ? [province] : [])].map((unit) => normalizeBodyName(unit.th)));
      names.set(provinceCode, set);
    }
    return set;
  };
  return {
    provinceOf: (place) => {
      const result = gazetteer.resolvePlace(place);
      return result.ok ? result.province.code : undefined;
    },
    isPlaceName: (provinceCode, name) => namesIn(provinceCode).has(name),
  };
}
