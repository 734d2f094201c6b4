import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../../src/places/gazetteer-data';
import { isCaseSlug, kebab, proposeSlug, romanizeThai, uniqueSlug } from '../../../src/cases/slug';

describe('romanizeThai', () => {
  it.each([
    ['ดอนแก้ว', 'don-kaeo'],
    ['หนองบัว', 'nong-bua'],
    ['หนองหอย', 'nong-hoi'],
    ['บางขะแยง', 'bang-khayaeng'],
    ['สันป่าม่วง', 'san-pa-muang'],
    ['ศรีเตี้ย', 'si-tia'],
    ['ลงคด', 'long-khot'],
    ['ท่าผาหมอก', 'tha-pha-mok'],
    ['ทุ่งสะโม', 'thung-samo'],
    ['เชียงใหม่', 'chiang-mai'],
    ['พนม', 'phanom'],
    ['พริก', 'phrik'],
    ['ปัว', 'pua'],
    ['กำแพง', 'kam-phaeng'],
    ['ห้วยขวาง', 'huai-khwang'],
    ['เลย', 'loei'],
    ['สวนหลวง', 'suan-luang'],
    ['เมือง', 'mueang'],
    ['นครปฐม', 'nakhon-pathom'],
  ])('%s → %s', (thai, latin) => {
    expect(romanizeThai(thai)).toBe(latin);
  });

  it('drops tone marks and silent letters', () => {
    expect(romanizeThai('ดอนแกว')).toBe(romanizeThai('ดอนแก้ว'));
    expect(romanizeThai('สำราญราษฎร์')).toBe('sam-ran-rat');
  });

  it('keeps digits and Latin letters, and reads Thai digits', () => {
    expect(romanizeThai('หมู่ 5')).toBe('mu-5');
    expect(romanizeThai('หมู่ ๕')).toBe('mu-5');
    expect(romanizeThai('Zero Waste')).toBe('zero-waste');
  });

  it('gives nothing for text with no letters', () => {
    expect(romanizeThai('')).toBe('');
    expect(romanizeThai(' ... ๆ ฯ ')).toBe('');
  });

  it('turns every tambon name into a slug part, mostly as the official RTGS spelling', () => {
    let agreeing = 0;
    for (const tambon of gazetteer.tambons) {
      const latin = romanizeThai(tambon.th);
      expect(isCaseSlug(latin), `${tambon.th} → "${latin}"`).toBe(true);
      if (latin.replace(/-/g, '') === kebab(tambon.en).replace(/-/g, '')) agreeing++;
    }
    // A rough transliteration: about nine names in ten match the gazetteer's RTGS (hyphens aside).
    expect(agreeing / gazetteer.tambons.length).toBeGreaterThan(0.85);
  });
});

describe('kebab', () => {
  it('lower-cases ASCII and joins words with single hyphens', () => {
    expect(kebab('Don Kaeo')).toBe('don-kaeo');
    expect(kebab('  Mueang Chiang Mai!! ')).toBe('mueang-chiang-mai');
    expect(kebab('Sukhothai Thani')).toBe('sukhothai-thani');
  });
});

describe('uniqueSlug', () => {
  it('adds -2, -3, … when the slug is taken', () => {
    expect(uniqueSlug('don-kaeo-health', [])).toBe('don-kaeo-health');
    expect(uniqueSlug('don-kaeo-health', ['don-kaeo-health'])).toBe('don-kaeo-health-2');
    expect(uniqueSlug('don-kaeo-health', ['don-kaeo-health', 'don-kaeo-health-2'])).toBe('don-kaeo-health-3');
  });
});

describe('proposeSlug', () => {
  const place = { province: 'เชียงใหม่', district: 'แม่ริม', tambon: 'ดอนแก้ว' };

  it('joins the tambon in Latin letters and the area', () => {
    expect(proposeSlug({ area: 'health', places: [place] }, [])).toBe('don-kaeo-health');
  });

  it('ignores a typed prefix (ต. อ. จ.)', () => {
    expect(proposeSlug({ area: 'welfare', places: [{ ...place, tambon: 'ต.ดอนแก้ว' }] }, [])).toBe('don-kaeo-welfare');
  });

  it('uses the district, then the province, when no tambon is given', () => {
    expect(proposeSlug({ area: 'policy', places: [{ province: 'น่าน', district: 'ปัว' }] }, [])).toBe('pua-policy');
    expect(proposeSlug({ area: 'policy', places: [{ province: 'น่าน' }] }, [])).toBe('nan-policy');
  });

  it('prefers the official Latin name when the caller knows it', () => {
    expect(
      proposeSlug({ area: 'health', places: [{ province: 'เชียงใหม่', district: 'เมือง' }] }, [], {
        latinPlace: 'Mueang Chiang Mai',
      }),
    ).toBe('mueang-chiang-mai-health');
  });

  it('is unique against the existing slugs', () => {
    expect(proposeSlug({ area: 'health', places: [place] }, ['don-kaeo-health'])).toBe('don-kaeo-health-2');
  });

  it('falls back to case-<yyyymmdd> (the Bangkok day) when nothing romanises', () => {
    const today = new Date('2026-11-24T20:00:00Z'); // already 25 November in Bangkok
    expect(proposeSlug({ area: 'health', places: [{ province: '???' }] }, [], { today })).toBe('case-20261125');
    expect(proposeSlug({ area: 'health', places: [{ province: '???' }] }, ['case-20261125'], { today })).toBe(
      'case-20261125-2',
    );
  });

  it('keeps long names readable and always gives a valid slug', () => {
    const slug = proposeSlug(
      {
        area: 'environment',
        places: [{ province: 'กรุงเทพมหานคร', district: 'พระนคร', tambon: 'พระบรมมหาราชวังและวังบูรพาภิรมย์' }],
      },
      [],
    );
    expect(isCaseSlug(slug)).toBe(true);
    expect(slug.length).toBeLessThanOrEqual(40 + '-environment'.length);
    expect(slug.endsWith('-environment')).toBe(true);
  });
});
