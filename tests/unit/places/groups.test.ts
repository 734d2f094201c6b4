import { describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../../src/cases/lists';
import type { PlaceMatch } from '../../../src/places/gazetteer';
import { gazetteer } from '../../../src/places/gazetteer-data';
import {
  coverage,
  groupByPlace,
  nearestCases,
  tambonsWithCases,
  type PlacedCase,
  type ProvinceGroup,
} from '../../../src/places/groups';
import { REGIONS } from '../../../src/places/regions';
import type { CaseInput } from '../../../src/schemas/case';
import { syntheticCase } from '../../support/synthetic-case';

type PlaceInput = CaseInput['places'][number];

const makeCase = syntheticCase;

/** The gazetteer unit a place names; fails the test if it does not name exactly one. */
function resolve(place: PlaceInput): PlaceMatch {
  const result = gazetteer.resolvePlace(place);
  if (!result.ok) throw new Error(`test place does not resolve: ${JSON.stringify(place)} (${result.reason})`);
  return result;
}

/** A case with its places resolved, the way src/data/places.ts builds them. */
function placed(id: string, area: CaseInput['area'], places: PlaceInput[]): PlacedCase {
  const entry = makeCase(id, { area, places });
  return { entry, matches: entry.data.places.map(resolve) };
}

const ids = (cases: readonly CaseSummary[]) => cases.map((entry) => entry.id);
const sortedIds = (cases: readonly CaseSummary[]) => ids(cases).sort();

const DON_KAEO = { province: 'เชียงใหม่', district: 'แม่ริม', tambon: 'ดอนแก้ว' }; // 500710
const RIM_NUEA = { province: 'เชียงใหม่', district: 'แม่ริม', tambon: 'ริมเหนือ' }; // 500702
const NONG_HOI = { province: 'เชียงใหม่', district: 'เมืองเชียงใหม่', tambon: 'หนองหอย' }; // 500111
const PUA = { province: 'น่าน', district: 'ปัว', tambon: 'ปัว' }; // 550501
const NAM_KIAN = { province: 'น่าน', district: 'ภูเพียง', tambon: 'น้ำเกี๋ยน' }; // 551404
const THA_WANG_PHA = { province: 'น่าน', district: 'ท่าวังผา', tambon: 'ท่าวังผา' }; // 550609

// Input order chosen so that it is neither Thai order nor code order at any level.
const E = placed('e-nan-province', 'policy', [{ province: 'น่าน' }]);
const F = placed('f-mae-rim-two-tambons-and-province', 'health', [RIM_NUEA, DON_KAEO, { province: 'เชียงใหม่' }]);
const C = placed('c-pua-and-nam-kian', 'environment', [PUA, NAM_KIAN]);
const D = placed('d-pua-district', 'environment', [{ province: 'น่าน', district: 'ปัว' }]);
const A = placed('a-don-kaeo', 'health', [DON_KAEO]);
const H = placed('h-tha-wang-pha', 'learning', [THA_WANG_PHA]);
const B = placed('b-nong-hoi', 'welfare', [NONG_HOI]);
const P = placed('p-phrae-province', 'welfare', [{ province: 'แพร่' }]);
const K = placed('k-khon-kaen-province', 'learning', [{ province: 'ขอนแก่น' }]);
const ALL = [E, F, C, D, A, H, B, P, K];

const groups = groupByPlace(ALL);
const group = (th: string): ProvinceGroup<CaseSummary> => {
  const found = groups.find((g) => g.province.th === th);
  if (!found) throw new Error(`no group for ${th}`);
  return found;
};

describe('test places', () => {
  it('resolve to the codes the tests rely on', () => {
    expect(resolve(DON_KAEO).code).toBe('500710');
    expect(resolve(RIM_NUEA).code).toBe('500702');
    expect(resolve(NONG_HOI).code).toBe('500111');
    expect(resolve(PUA).code).toBe('550501');
    expect(resolve(NAM_KIAN).code).toBe('551404');
    expect(resolve(THA_WANG_PHA).code).toBe('550609');
  });
});

describe('groupByPlace', () => {
  it('orders provinces in Thai order, not by input, code or code point', () => {
    // Codes: ขอนแก่น 40, เชียงใหม่ 50, แพร่ 54, น่าน 55; code points put เ and แ after น.
    expect(groups.map((g) => g.province.th)).toEqual(['ขอนแก่น', 'เชียงใหม่', 'น่าน', 'แพร่']);
  });

  it('lists every case with a place in the province once, even with several places there', () => {
    expect(sortedIds(group('เชียงใหม่').cases)).toEqual(sortedIds([A.entry, B.entry, F.entry]));
    expect(sortedIds(group('น่าน').cases)).toEqual(sortedIds([C.entry, D.entry, E.entry, H.entry]));
    expect(ids(group('แพร่').cases)).toEqual([P.entry.id]);
    expect(ids(group('ขอนแก่น').cases)).toEqual([K.entry.id]);
  });

  it('keeps whole-province cases apart, with no district for them', () => {
    expect(ids(group('น่าน').wholeProvince)).toEqual([E.entry.id]);
    expect(ids(group('เชียงใหม่').wholeProvince)).toEqual([F.entry.id]);
    expect(group('ขอนแก่น').districts).toEqual([]);
    expect(group('แพร่').districts).toEqual([]);
  });

  it('orders districts in Thai order within a province', () => {
    // Codes: ปัว 5505, ท่าวังผา 5506, ภูเพียง 5514 — Thai order puts ท่าวังผา first.
    expect(group('น่าน').districts.map((d) => d.district.th)).toEqual(['ท่าวังผา', 'ปัว', 'ภูเพียง']);
    expect(group('เชียงใหม่').districts.map((d) => d.district.code)).toEqual(['5001', '5007']);
  });

  it('keeps whole-district cases on the district, tambon cases on the tambon', () => {
    const pua = group('น่าน').districts.find((d) => d.district.code === '5505');
    expect(ids(pua!.wholeDistrict)).toEqual([D.entry.id]);
    expect(pua!.tambons.map((t) => t.tambon.code)).toEqual(['550501']);
    expect(ids(pua!.tambons[0]!.cases)).toEqual([C.entry.id]);

    const phuPhiang = group('น่าน').districts.find((d) => d.district.code === '5514');
    expect(phuPhiang!.wholeDistrict).toEqual([]);
    expect(ids(phuPhiang!.tambons[0]!.cases)).toEqual([C.entry.id]);
  });

  it('orders tambons in Thai order within a district and lists each case once per tambon', () => {
    const maeRim = group('เชียงใหม่').districts.find((d) => d.district.code === '5007');
    // Code order (and input order) would put ริมเหนือ (500702) before ดอนแก้ว (500710).
    expect(maeRim!.tambons.map((t) => t.tambon.th)).toEqual(['ดอนแก้ว', 'ริมเหนือ']);
    expect(sortedIds(maeRim!.tambons[0]!.cases)).toEqual(sortedIds([A.entry, F.entry]));
    expect(ids(maeRim!.tambons[1]!.cases)).toEqual([F.entry.id]);
    expect(maeRim!.wholeDistrict).toEqual([]);
  });

  it('lists a case once per level even when it names the same place twice', () => {
    const entry = makeCase('twice', { places: [DON_KAEO, DON_KAEO] });
    const puaDistrict = resolve({ province: 'น่าน', district: 'ปัว' });
    const twice = groupByPlace([{ entry, matches: [resolve(DON_KAEO), resolve(DON_KAEO), puaDistrict, puaDistrict] }]);
    const [chiangMai, nan] = twice;
    expect(twice.map((g) => g.province.code)).toEqual(['50', '55']);
    expect(chiangMai!.cases).toEqual([entry]);
    expect(chiangMai!.districts).toHaveLength(1);
    expect(chiangMai!.districts[0]!.tambons).toHaveLength(1);
    expect(chiangMai!.districts[0]!.tambons[0]!.cases).toEqual([entry]);
    expect(nan!.cases).toEqual([entry]);
    expect(nan!.districts[0]!.wholeDistrict).toEqual([entry]);
    expect(nan!.districts[0]!.tambons).toEqual([]);
  });

  it('returns no groups for no cases', () => {
    expect(groupByPlace([])).toEqual([]);
  });
});

describe('tambonsWithCases', () => {
  it('lists every tambon that has a case, with its province and district, in group order', () => {
    const list = tambonsWithCases(groups);
    expect(list.map((item) => item.tambon.tambon.code)).toEqual([
      '500111', // เชียงใหม่ › เมืองเชียงใหม่ › หนองหอย
      '500710', // เชียงใหม่ › แม่ริม › ดอนแก้ว
      '500702', // เชียงใหม่ › แม่ริม › ริมเหนือ
      '550609', // น่าน › ท่าวังผา › ท่าวังผา
      '550501', // น่าน › ปัว › ปัว
      '551404', // น่าน › ภูเพียง › น้ำเกี๋ยน
    ]);
    for (const item of list) {
      expect(item.group.province.code).toBe(item.tambon.tambon.code.slice(0, 2));
      expect(item.district.district.code).toBe(item.tambon.tambon.code.slice(0, 4));
      expect(item.district.tambons).toContain(item.tambon);
      expect(groups).toContain(item.group);
    }
  });

  it('is empty when only whole provinces have cases', () => {
    expect(tambonsWithCases(groupByPlace([E, P, K]))).toEqual([]);
  });
});

describe('nearestCases', () => {
  it('takes other cases in the district first, then elsewhere in the province, without the tambon’s own', () => {
    // ริมเหนือ's own case is F; A is elsewhere in แม่ริม; B is elsewhere in เชียงใหม่.
    const near = nearestCases(group('เชียงใหม่'), '5007', [F.entry]);
    expect(ids(near.sameDistrict)).toEqual([A.entry.id]);
    expect(ids(near.sameProvince)).toEqual([B.entry.id]);
  });

  it('counts whole-district cases as in the district', () => {
    // ปัว tambon's own case is C; D covers อ.ปัว; E (whole province) and H (ท่าวังผา) are elsewhere.
    const near = nearestCases(group('น่าน'), '5505', [C.entry]);
    expect(ids(near.sameDistrict)).toEqual([D.entry.id]);
    expect(sortedIds(near.sameProvince)).toEqual(sortedIds([E.entry, H.entry]));
  });

  it('never lists a case twice or lists an excluded case', () => {
    const near = nearestCases(group('น่าน'), '5514', [C.entry]);
    expect(near.sameDistrict).toEqual([]);
    expect(sortedIds(near.sameProvince)).toEqual(sortedIds([D.entry, E.entry, H.entry]));
  });

  it('gives only province cases for a district with no group', () => {
    const near = nearestCases(group('น่าน'), '5508', []);
    expect(near.sameDistrict).toEqual([]);
    expect(sortedIds(near.sameProvince)).toEqual(sortedIds([C.entry, D.entry, E.entry, H.entry]));
  });

  describe('limit', () => {
    const maeRimTambons = ['ริมใต้', 'ริมเหนือ', 'สันโป่ง', 'ขี้เหล็ก', 'สะลวง'];
    const own = placed('own', 'health', [DON_KAEO]);
    const inDistrict = maeRimTambons.map((tambon, index) =>
      placed(`district-${index}`, 'health', [{ province: 'เชียงใหม่', district: 'แม่ริม', tambon }]),
    );
    const inProvince = [
      placed('province-0', 'health', [NONG_HOI]),
      placed('province-1', 'health', [{ province: 'เชียงใหม่' }]),
    ];
    const [chiangMai] = groupByPlace([own, ...inProvince, ...inDistrict]);

    it('defaults to 4 and fills from the district first', () => {
      const near = nearestCases(chiangMai!, '5007', [own.entry]);
      expect(near.sameDistrict).toHaveLength(4);
      expect(near.sameProvince).toEqual([]);
      for (const entry of near.sameDistrict) expect(entry.id).toMatch(/^district-/);
    });

    it('tops up from the province when the district has fewer than the limit', () => {
      const near = nearestCases(chiangMai!, '5007', [own.entry], 6);
      expect(sortedIds(near.sameDistrict)).toEqual([
        'district-0',
        'district-1',
        'district-2',
        'district-3',
        'district-4',
      ]);
      expect(near.sameProvince).toHaveLength(1);
      expect(near.sameProvince[0]!.id).toMatch(/^province-/);

      const all = nearestCases(chiangMai!, '5007', [own.entry], 10);
      expect(all.sameDistrict).toHaveLength(5);
      expect(sortedIds(all.sameProvince)).toEqual(['province-0', 'province-1']);
    });

    it('returns nothing for a limit of 0', () => {
      expect(nearestCases(chiangMai!, '5007', [own.entry], 0)).toEqual({ sameDistrict: [], sameProvince: [] });
    });
  });
});

describe('coverage', () => {
  const regions = coverage(gazetteer, groups);
  const rows = regions.flatMap((region) => region.rows);
  const row = (th: string) => {
    const found = rows.find((r) => r.province.th === th);
    if (!found) throw new Error(`no row for ${th}`);
    return found;
  };
  const north = regions.find((region) => region.region.slug === 'north')!;
  const northNames = north.rows.map((r) => r.province.th);

  it('has the six regions in REGIONS order', () => {
    expect(regions.map((region) => region.region.slug)).toEqual([
      'north',
      'northeast',
      'central',
      'east',
      'west',
      'south',
    ]);
    expect(regions.map((region) => region.region)).toEqual([...REGIONS]);
  });

  it('has every province of the gazetteer once, in its own region', () => {
    expect(rows).toHaveLength(77);
    expect(new Set(rows.map((r) => r.province.code)).size).toBe(77);
    for (const region of regions) for (const r of region.rows) expect(r.province.region).toBe(region.region.slug);
    expect(north.rows.map((r) => r.province.code).sort()).toEqual([
      '50',
      '51',
      '52',
      '53',
      '54',
      '55',
      '56',
      '57',
      '58',
    ]);
    // Exceptions to the code's first digit: ตาก (63) is west, นครนายก (26) central.
    expect(regions.find((r) => r.region.slug === 'west')!.rows.map((r) => r.province.th)).toContain('ตาก');
    expect(regions.find((r) => r.region.slug === 'central')!.rows.map((r) => r.province.th)).toContain('นครนายก');
  });

  it('sorts provinces in Thai order within a region', () => {
    // Code-point order would put น่าน before เชียงใหม่ (เ is U+0E40, น U+0E19), and code order would
    // put เชียงราย (57) after เชียงใหม่ (50); Thai order files เ-words under their consonant.
    expect(northNames.indexOf('เชียงราย')).toBeLessThan(northNames.indexOf('เชียงใหม่'));
    expect(northNames.indexOf('เชียงใหม่')).toBeLessThan(northNames.indexOf('น่าน'));
    expect(northNames.indexOf('ลำปาง')).toBeLessThan(northNames.indexOf('ลำพูน'));
    expect(northNames[0]).toBe('เชียงราย');
    expect(northNames[northNames.length - 1]).toBe('อุตรดิตถ์');
    const central = regions.find((r) => r.region.slug === 'central')!.rows.map((r) => r.province.th);
    expect(central[0]).toBe('กรุงเทพมหานคร');
  });

  it('counts each case once per province, per area', () => {
    expect(row('เชียงใหม่').counts).toEqual({ learning: 0, health: 2, welfare: 1, environment: 0, policy: 0 });
    expect(row('เชียงใหม่').total).toBe(3);
    // C has two tambons in น่าน and counts once.
    expect(row('น่าน').counts).toEqual({ learning: 1, health: 0, welfare: 0, environment: 2, policy: 1 });
    expect(row('น่าน').total).toBe(4);
    expect(row('แพร่').counts).toEqual({ learning: 0, health: 0, welfare: 1, environment: 0, policy: 0 });
    expect(row('ขอนแก่น').total).toBe(1);
  });

  it('keeps provinces without cases, with zeros in every area', () => {
    expect(row('ลำพูน')).toMatchObject({
      total: 0,
      counts: { learning: 0, health: 0, welfare: 0, environment: 0, policy: 0 },
    });
    const empty = coverage(gazetteer, []);
    expect(empty.flatMap((region) => region.rows)).toHaveLength(77);
    for (const r of empty.flatMap((region) => region.rows)) {
      expect(r.total).toBe(0);
      expect(Object.values(r.counts)).toEqual([0, 0, 0, 0, 0]);
    }
  });

  it('totals match the number of cases placed anywhere in the province', () => {
    const sum = rows.reduce((total, r) => total + r.total, 0);
    // F, A, B in เชียงใหม่; E, C, D, H in น่าน; P in แพร่; K in ขอนแก่น.
    expect(sum).toBe(9);
  });
});
