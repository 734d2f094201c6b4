import { describe, expect, it } from 'vitest';
import { bodyByCase, groupBodies } from '../../../src/network/bodies';
import { bodyStem, normalizeBodyName, typeInName } from '../../../src/network/names';
import { BO_YANG, DON_KAEO, NONG_HOI, placedCase, PUA, SONGKHLA } from './fixtures';

const sao = (name: string) => ({ name, type: 'sao' as const });
const ids = (cases: readonly { id: string }[]) => cases.map((entry) => entry.id);

describe('names', () => {
  it('reads the stem without the type prefix, written in full or abbreviated', () => {
    for (const name of ['องค์การบริหารส่วนตำบลดอนแก้ว', 'อบต.ดอนแก้ว', 'อบต. ดอนแก้ว', 'องค์การบริหารส่วนตำบล ดอนแก้ว'])
      expect(bodyStem(name), name).toBe('ดอนแก้ว');
    expect(bodyStem('ทต.ปัว')).toBe(bodyStem('เทศบาลตำบลปัว'));
    expect(bodyStem('เทศบาลสามง่ามพัฒนา')).toBe('สามง่ามพัฒนา');
    expect(bodyStem('กรุงเทพมหานคร')).toBe('');
  });

  it('tells the type a prefix says, the longest prefix first', () => {
    expect(typeInName('เทศบาลตำบลปัว')).toBe('subdistrict-municipality');
    expect(typeInName('ทม.แสนสุข')).toBe('town-municipality');
    expect(typeInName('องค์การบริหารส่วนจังหวัดสงขลา')).toBe('pao');
    expect(typeInName('เมืองพัทยา')).toBe('pattaya');
    expect(typeInName('สามง่ามพัฒนา')).toBeUndefined();
  });

  it('compares names whatever the order of typed marks', () => {
    expect(normalizeBodyName('เทศบาลตำบลพระแท\u0E48น')).toBe(normalizeBodyName('เทศบาลตำบลพระแท่น'));
    expect(normalizeBodyName('เทศบาลตำบลน\u0E49\u0E33ซึม')).toBe(normalizeBodyName('เทศบาลตำบลน\u0E4D\u0E49\u0E32ซึม'));
  });
});

describe('groupBodies', () => {
  it('puts two cases of one body on one entry, however its name is abbreviated', () => {
    const a = placedCase('a', sao('องค์การบริหารส่วนตำบลดอนแก้ว'), [DON_KAEO]);
    const b = placedCase('b', sao('อบต.ดอนแก้ว'), [DON_KAEO]);
    const c = placedCase('c', sao('องค์การบริหารส่วนตำบลหนองหอย'), [NONG_HOI]);
    const bodies = groupBodies([a, b, c]);
    expect(bodies.map((body) => ids(body.cases))).toEqual([['a', 'b'], ['c']]);
    expect(bodies[0]!.province.th).toBe('เชียงใหม่');
    expect(bodies[0]!.typeHistory).toHaveLength(1);
  });

  it('keeps bodies of the same name in different provinces apart', () => {
    const chiangMai = placedCase('a', sao('องค์การบริหารส่วนตำบลดอนแก้ว'), [DON_KAEO]);
    const nan = placedCase('b', sao('องค์การบริหารส่วนตำบลดอนแก้ว'), [PUA]);
    expect(groupBodies([chiangMai, nan])).toHaveLength(2);
  });

  it('makes a body that changed type one entry with its types in review order', () => {
    const before = placedCase('before', sao('องค์การบริหารส่วนตำบลปัว'), [PUA], { lastReviewed: '2024-03-01' });
    const after = placedCase('after', { name: 'เทศบาลตำบลปัว', type: 'subdistrict-municipality' }, [PUA], {
      lastReviewed: '2026-12-01',
    });
    // Input order (newest case first, as the site gives them) is not the history's order.
    const [body, ...rest] = groupBodies([after, before]);
    expect(rest).toEqual([]);
    expect(body!.type).toBe('subdistrict-municipality');
    expect(body!.name).toBe('เทศบาลตำบลปัว');
    expect(body!.typeHistory.map((step) => [step.type, ids(step.cases)])).toEqual([
      ['sao', ['before']],
      ['subdistrict-municipality', ['after']],
    ]);
    expect(ids(body!.cases)).toEqual(['after', 'before']);
  });

  it('takes a lower type checked later for another body of the same name (no body is downgraded)', () => {
    const municipality = placedCase('town', { name: 'เทศบาลตำบลปัว', type: 'subdistrict-municipality' }, [PUA], {
      lastReviewed: '2024-03-01',
    });
    const sao = placedCase('around', { name: 'องค์การบริหารส่วนตำบลปัว', type: 'sao' }, [PUA], {
      lastReviewed: '2026-12-01',
    });
    const bodies = groupBodies([municipality, sao]);
    expect(bodies.map((body) => [body.type, ids(body.cases)])).toEqual([
      ['subdistrict-municipality', ['town']],
      ['sao', ['around']],
    ]);
    expect(new Set(bodies.map((body) => body.key)).size).toBe(2);
  });

  it('never merges a provincial body with a municipality named after the province', () => {
    const pao = placedCase('pao', { name: 'องค์การบริหารส่วนจังหวัดสงขลา', type: 'pao' }, [SONGKHLA]);
    const city = placedCase('city', { name: 'เทศบาลนครสงขลา', type: 'city-municipality' }, [BO_YANG]);
    expect(groupBodies([pao, city]).map((body) => body.type)).toEqual(['pao', 'city-municipality']);
  });

  it('collects the places of all its cases once each, and whether any receives study visits', () => {
    const visit = { offered: true, host: 'อบต.', learn: ['การดูแลผู้สูงอายุ'] };
    const a = placedCase('a', sao('อบต.ดอนแก้ว'), [DON_KAEO]);
    const b = placedCase('b', sao('อบต.ดอนแก้ว'), [DON_KAEO, { province: 'เชียงใหม่', district: 'แม่ริม' }], {
      studyVisit: visit,
    });
    const [body] = groupBodies([a, b]);
    expect(body!.places.map((match) => match.code)).toEqual(['5007', '500710']);
    expect(body!.studyVisits).toBe(true);
    expect(groupBodies([a])[0]!.studyVisits).toBe(false);
  });

  it('maps each case to its body', () => {
    const bodies = groupBodies([
      placedCase('a', sao('อบต.ดอนแก้ว'), [DON_KAEO]),
      placedCase('b', sao('อบต.หนองหอย'), [NONG_HOI]),
    ]);
    const byCase = bodyByCase(bodies);
    expect(byCase.get('a')).toBe(bodies[0]);
    expect(byCase.get('b')).toBe(bodies[1]);
  });
});
