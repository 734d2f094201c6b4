/**
 * Resolving a case place (names, a code, or both) to the one gazetteer unit it names, and the closest
 * units when it names none or several.
 */
import type { PlaceInput } from '../schemas/place';
import type { District, Gazetteer, PlaceMatch, Province, ResolveResult, Tambon } from './gazetteer';
import { nameDistance, normalizePlaceName } from './names';

/** The gazetteer's lookups, which the resolver is built on. */
export type GazetteerUnits = Omit<Gazetteer, 'resolvePlace'>;

const CANDIDATE_COUNT = 5;

/** Names people write for Bangkok instead of its full name. */
const PROVINCE_ALIASES: Readonly<Record<string, string>> = {
  กรุงเทพ: 'กรุงเทพมหานคร',
  กรุงเทพฯ: 'กรุงเทพมหานคร',
  กทม: 'กรุงเทพมหานคร',
};

/** The first occurrence of each code, at most CANDIDATE_COUNT of them. */
function dedupe(matches: readonly PlaceMatch[]): PlaceMatch[] {
  const seen = new Set<string>();
  return matches.filter((match) => !seen.has(match.code) && seen.add(match.code)).slice(0, CANDIDATE_COUNT);
}

function withoutOk(match: PlaceMatch & { ok?: boolean }): PlaceMatch {
  const { ok: _ok, ...rest } = match;
  return rest;
}

/** Whether a unit and a code lie on one branch (one's code starts with the other's). */
const onSameBranch = (match: PlaceMatch, code: string): boolean =>
  match.code.startsWith(code) || code.startsWith(match.code);

export function placeResolver(units: GazetteerUnits): (place: PlaceInput) => ResolveResult {
  const keyOf = new Map<object, string>();
  for (const unit of [...units.provinces, ...units.districts, ...units.tambons])
    keyOf.set(unit, normalizePlaceName(unit.th));
  const key = (unit: Province | District | Tambon): string => keyOf.get(unit) ?? '';

  const matchOf = (code: string): PlaceMatch => {
    const match = units.byCode(code);
    if (!match) throw new Error(`Gazetteer data is inconsistent at ${code}`);
    return match;
  };

  function findProvince(name: string): Province | undefined {
    const wanted = PROVINCE_ALIASES[normalizePlaceName(name)] ?? name;
    const wantedKey = normalizePlaceName(wanted);
    return units.provinces.find((province) => key(province) === wantedKey);
  }

  function findDistrict(province: Province, name: string): District | undefined {
    const wantedKey = normalizePlaceName(name);
    // "อ.เมือง" means the province's capital district, อำเภอเมือง<province>.
    const capitalKey = wantedKey === 'เมือง' ? normalizePlaceName(`เมือง${province.th}`) : wantedKey;
    return units.districtsOf(province.code).find((district) => key(district) === capitalKey);
  }

  function nearest<T extends { code: string }>(candidates: readonly T[], score: (unit: T) => number): PlaceMatch[] {
    return candidates
      .map((unit) => ({ unit, score: score(unit) }))
      .sort((a, b) => a.score - b.score || a.unit.code.localeCompare(b.unit.code))
      .slice(0, CANDIDATE_COUNT)
      .map(({ unit }) => matchOf(unit.code));
  }

  function unknownCandidates(place: PlaceInput, province: Province | undefined): PlaceMatch[] {
    const provinceKey = normalizePlaceName(place.province ?? '');
    const districtKey = place.district === undefined ? undefined : normalizePlaceName(place.district);
    const tambonKey = place.tambon === undefined ? undefined : normalizePlaceName(place.tambon);
    const provinceScore = (code: string): number => {
      if (province) return 0;
      const candidate = units.province(code);
      return provinceKey && candidate ? nameDistance(provinceKey, key(candidate)) : 0;
    };
    const districtScore = (code: string): number => {
      const candidate = units.district(code);
      return districtKey !== undefined && candidate ? nameDistance(districtKey, key(candidate)) : 0;
    };
    if (tambonKey !== undefined) {
      const scope = province ? units.tambonsInProvince(province.code) : units.tambons;
      // The same district and tambon in another province: the province is the likely mistake.
      const elsewhere =
        province && districtKey !== undefined
          ? units.tambons.filter((tambon) => key(tambon) === tambonKey && districtScore(tambon.districtCode) === 0)
          : [];
      return dedupe([
        ...elsewhere.map((tambon) => matchOf(tambon.code)),
        ...nearest(
          scope,
          (tambon) =>
            nameDistance(tambonKey, key(tambon)) +
            districtScore(tambon.districtCode) +
            provinceScore(tambon.provinceCode),
        ),
      ]);
    }
    if (districtKey !== undefined) {
      const scope = province ? units.districtsOf(province.code) : units.districts;
      const elsewhere = province ? units.districts.filter((district) => districtScore(district.code) === 0) : [];
      return dedupe([
        ...elsewhere.map((district) => matchOf(district.code)),
        ...nearest(scope, (district) => districtScore(district.code) + provinceScore(district.provinceCode)),
      ]);
    }
    return nearest(units.provinces, (candidate) => nameDistance(provinceKey, key(candidate)));
  }

  function resolveNames(place: PlaceInput): ResolveResult {
    const province = findProvince(place.province ?? '');
    const unknown = (): ResolveResult => ({
      ok: false,
      reason: 'unknown',
      candidates: unknownCandidates(place, province),
    });
    if (!province) return unknown();

    let district: District | undefined;
    if (place.district !== undefined) {
      district = findDistrict(province, place.district);
      if (!district) return unknown();
    }
    if (place.tambon === undefined) {
      const match = units.byCode(district?.code ?? province.code);
      return match ? { ok: true, ...match } : unknown();
    }

    const tambonKey = normalizePlaceName(place.tambon);
    const scope = district ? units.tambonsOf(district.code) : units.tambonsInProvince(province.code);
    const exact = scope.filter((tambon) => key(tambon) === tambonKey);
    const [only] = exact;
    if (exact.length === 1 && only) return { ok: true, ...matchOf(only.code) };
    if (exact.length > 1)
      return { ok: false, reason: 'ambiguous', candidates: exact.map((tambon) => matchOf(tambon.code)) };
    return unknown();
  }

  return function resolvePlace(place: PlaceInput): ResolveResult {
    const byNames = resolveNames(place);
    if (place.code === undefined) return byNames;

    const byCode = units.byCode(place.code);
    const nameMatches = byNames.ok ? [withoutOk(byNames)] : byNames.candidates;
    if (!byCode) {
      return byNames.ok ? { ok: false, reason: 'code-mismatch', candidates: nameMatches } : byNames;
    }
    const consistent =
      byNames.ok || byNames.reason === 'ambiguous'
        ? nameMatches.filter((match) => onSameBranch(match, byCode.code))
        : [];
    const [agreed] = consistent;
    if (consistent.length === 1 && agreed) {
      const mostSpecific = agreed.code.length >= byCode.code.length ? agreed : byCode;
      return { ok: true, ...withoutOk(mostSpecific) };
    }
    return {
      ok: false,
      reason: 'code-mismatch',
      candidates: [byCode, ...nameMatches.filter((match) => match.code !== byCode.code)].slice(0, CANDIDATE_COUNT + 1),
    };
  };
}
