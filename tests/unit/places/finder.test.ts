import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../../src/places/gazetteer-data';
import {
  matchTambons,
  nearbyCases,
  packTambons,
  unpackTambons,
  type FinderData,
  type FinderTambon,
} from '../../../src/places/finder';

const emptyData = (over: Partial<FinderData>): FinderData => ({
  provinces: {},
  districts: {},
  tambons: {},
  pages: {},
  cases: [],
  ...over,
});

describe('packTambons', () => {
  it('packs tambons per district as NNname joined by |', () => {
    const packed = packTambons([
      { code: '500710', th: 'ดอนแก้ว' },
      { code: '500702', th: 'ริมเหนือ' },
      { code: '550501', th: 'ปัว' },
    ]);
    expect(packed).toEqual({ '5007': '10ดอนแก้ว|02ริมเหนือ', '5505': '01ปัว' });
  });

  it('packs nothing into an empty record', () => {
    expect(packTambons([])).toEqual({});
  });
});

describe('unpackTambons', () => {
  it('rebuilds codes and names and attaches district and province names', () => {
    const data = emptyData({
      provinces: { '50': 'เชียงใหม่', '55': 'น่าน' },
      districts: { '5007': 'แม่ริม', '5514': 'ภูเพียง' },
      tambons: { '5007': '10ดอนแก้ว|02ริมเหนือ', '5514': '04น้ำเกี๋ยน' },
    });
    expect(unpackTambons(data)).toEqual([
      { code: '500710', name: 'ดอนแก้ว', district: 'แม่ริม', province: 'เชียงใหม่' },
      { code: '500702', name: 'ริมเหนือ', district: 'แม่ริม', province: 'เชียงใหม่' },
      { code: '551404', name: 'น้ำเกี๋ยน', district: 'ภูเพียง', province: 'น่าน' },
    ]);
  });

  it('leaves unknown district and province names empty and skips empty items', () => {
    const data = emptyData({ tambons: { '9901': '01ทดสอบ||', '9902': '' } });
    expect(unpackTambons(data)).toEqual([{ code: '990101', name: 'ทดสอบ', district: '', province: '' }]);
  });

  it('round-trips the whole gazetteer', () => {
    const data = emptyData({
      provinces: Object.fromEntries(gazetteer.provinces.map((p) => [p.code, p.th])),
      districts: Object.fromEntries(gazetteer.districts.map((d) => [d.code, d.th])),
      tambons: packTambons(gazetteer.tambons),
    });
    const list = unpackTambons(data);
    expect(list).toHaveLength(gazetteer.tambons.length);
    expect(new Set(list.map((t) => t.code)).size).toBe(gazetteer.tambons.length);
    for (const tambon of list) {
      const original = gazetteer.tambon(tambon.code);
      expect(original, tambon.code).toBeDefined();
      expect(tambon.name).toBe(original!.th);
      expect(tambon.district).toBe(gazetteer.district(original!.districtCode)!.th);
      expect(tambon.province).toBe(gazetteer.province(original!.provinceCode)!.th);
    }
    const donKaeo = list.find((t) => t.code === '500710');
    expect(donKaeo).toEqual({ code: '500710', name: 'ดอนแก้ว', district: 'แม่ริม', province: 'เชียงใหม่' });
  });
});

describe('matchTambons', () => {
  const tambon = (code: string, name: string): FinderTambon => ({ code, name, district: 'อำเภอ', province: 'จังหวัด' });
  const list = [
    tambon('000001', 'สันดอนแก้ว'),
    tambon('000002', 'ดอนแก้วใต้'),
    tambon('000003', 'บ้านดอน'),
    tambon('000004', 'ดอนแก้ว'),
    tambon('000005', 'หนองหอย'),
  ];
  const codes = (found: FinderTambon[]) => found.map((t) => t.code);

  it('puts exact names first, then names starting with the query, then names containing it', () => {
    expect(codes(matchTambons(list, 'ดอนแก้ว'))).toEqual(['000004', '000002', '000001']);
  });

  it('matches with or without ต. / ตำบล', () => {
    const plain = codes(matchTambons(list, 'ดอนแก้ว'));
    expect(codes(matchTambons(list, 'ต.ดอนแก้ว'))).toEqual(plain);
    expect(codes(matchTambons(list, 'ต. ดอนแก้ว'))).toEqual(plain);
    expect(codes(matchTambons(list, 'ตำบลดอนแก้ว'))).toEqual(plain);
    expect(codes(matchTambons(list, '  ตำบล ดอนแก้ว  '))).toEqual(plain);
  });

  it('finds names by a part typed as a prefix or in the middle', () => {
    expect(codes(matchTambons(list, 'ดอน'))).toEqual(['000002', '000004', '000001', '000003']);
    expect(codes(matchTambons(list, 'หอย'))).toEqual(['000005']);
  });

  it('returns nothing for an empty query, a bare prefix or a name that is not there', () => {
    expect(matchTambons(list, '')).toEqual([]);
    expect(matchTambons(list, '   ')).toEqual([]);
    expect(matchTambons(list, 'ต.')).toEqual([]);
    expect(matchTambons(list, 'ตำบล')).toEqual([]);
    expect(matchTambons(list, 'เชียงใหม่')).toEqual([]);
  });

  it('folds typing variants in the stored names as well as in the query', () => {
    // น + ำ + ้ (sara am before mai tho) stored instead of น้ำ.
    const stored = [tambon('000006', 'น\u0E33\u0E49ใส'), tambon('000007', 'ตำบลบ่อ\u200Bสวก')];
    expect(codes(matchTambons(stored, 'น้ำใส'))).toEqual(['000006']);
    expect(codes(matchTambons(stored, 'บ่อสวก'))).toEqual(['000007']);
  });

  describe('on the real gazetteer', () => {
    const all = unpackTambons(
      emptyData({
        provinces: Object.fromEntries(gazetteer.provinces.map((p) => [p.code, p.th])),
        districts: Object.fromEntries(gazetteer.districts.map((d) => [d.code, d.th])),
        tambons: packTambons(gazetteer.tambons),
      }),
    );

    it('gives both ต.ดอนแก้ว before ต.สันดอนแก้ว', () => {
      const found = codes(matchTambons(all, 'ดอนแก้ว'));
      // ดอนแก้ว in อ.แม่ริม (500710) and อ.สารภี (501909), then สันดอนแก้ว (521011).
      expect(found).toHaveLength(3);
      expect([...found.slice(0, 2)].sort()).toEqual(['500710', '501909']);
      expect(found[2]).toBe('521011');
    });

    it('folds typing variants of ำ and of the tone-mark order', () => {
      const expected = ['551404'];
      expect(codes(matchTambons(all, 'น้ำเกี๋ยน'))).toEqual(expected);
      // ํ + ้ + า (nikhahit, mai tho, sara aa) typed for ้ + ำ.
      expect(codes(matchTambons(all, 'น\u0E4D\u0E49\u0E32เกี๋ยน'))).toEqual(expected);
      // ํ + า then the tone mark.
      expect(codes(matchTambons(all, 'น\u0E4D\u0E32\u0E49เกี๋ยน'))).toEqual(expected);
      // ำ typed before its tone mark.
      expect(codes(matchTambons(all, 'น\u0E33\u0E49เกี๋ยน'))).toEqual(expected);
      // Tone mark typed before the upper vowel: ก + ๋ + ี.
      expect(codes(matchTambons(all, 'น้ำเก\u0E4B\u0E35ยน'))).toEqual(expected);
      // A zero-width space inside, and the ตำบล prefix.
      expect(codes(matchTambons(all, 'ตำบลน้ำ\u200Bเกี๋ยน'))).toEqual(expected);
    });
  });
});

describe('nearbyCases', () => {
  const data = emptyData({
    cases: [
      { url: '/cases/c1/', title: 'c1', codes: ['500710'] }, // ต.ดอนแก้ว อ.แม่ริม
      { url: '/cases/c2/', title: 'c2', codes: ['500111'] }, // อ.เมืองเชียงใหม่
      { url: '/cases/c3/', title: 'c3', codes: ['5007'] }, // all of อ.แม่ริม
      { url: '/cases/c4/', title: 'c4', codes: ['50'] }, // all of เชียงใหม่
      { url: '/cases/c5/', title: 'c5', codes: ['550501'] }, // ต.ปัว จ.น่าน
      { url: '/cases/c6/', title: 'c6', codes: ['550501', '500702'] }, // น่าน and อ.แม่ริม
    ],
  });
  const urls = (list: Array<{ url: string }>) => list.map((c) => c.url);

  it('gives cases in the district first, then elsewhere in the province', () => {
    // ต.สันโป่ง อ.แม่ริม (500703) has no case of its own.
    const near = nearbyCases(data, '500703', 10);
    expect(urls(near.inDistrict)).toEqual(['/cases/c1/', '/cases/c3/', '/cases/c6/']);
    expect(urls(near.inProvince)).toEqual(['/cases/c2/', '/cases/c4/']);
  });

  it('stops at the limit (3 by default), district cases first', () => {
    const near = nearbyCases(data, '500703');
    expect(urls(near.inDistrict)).toEqual(['/cases/c1/', '/cases/c3/', '/cases/c6/']);
    expect(near.inProvince).toEqual([]);

    const four = nearbyCases(data, '500703', 4);
    expect(four.inDistrict).toHaveLength(3);
    expect(urls(four.inProvince)).toEqual(['/cases/c2/']);

    const two = nearbyCases(data, '500703', 2);
    expect(urls(two.inDistrict)).toEqual(['/cases/c1/', '/cases/c3/']);
    expect(two.inProvince).toEqual([]);
  });

  it('lists a case with places in two provinces under each', () => {
    const pua = nearbyCases(data, '550502'); // ต.แงง อ.ปัว
    expect(urls(pua.inDistrict)).toEqual(['/cases/c5/', '/cases/c6/']);
    expect(pua.inProvince).toEqual([]);

    const phuPhiang = nearbyCases(data, '551404'); // ต.น้ำเกี๋ยน อ.ภูเพียง: nothing in the district
    expect(phuPhiang.inDistrict).toEqual([]);
    expect(urls(phuPhiang.inProvince)).toEqual(['/cases/c5/', '/cases/c6/']);
  });

  it('finds nothing in a province without cases', () => {
    expect(nearbyCases(data, '540101')).toEqual({ inDistrict: [], inProvince: [] });
  });
});
