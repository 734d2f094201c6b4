import { describe, expect, it } from 'vitest';
import type { PlaceMatch, Province } from '../../../src/places/gazetteer';
import { gazetteer } from '../../../src/places/gazetteer-data';
import { districtAnchor, kebab, placeHref, provinceHref, provinceSlug, tambonHref } from '../../../src/places/urls';
import type { PlaceInput } from '../../../src/schemas/place';

/** The gazetteer unit a place names; fails the test if it does not name exactly one. */
function resolve(place: PlaceInput): PlaceMatch {
  const result = gazetteer.resolvePlace(place);
  if (!result.ok) throw new Error(`test place does not resolve: ${JSON.stringify(place)} (${result.reason})`);
  return result;
}

const DON_KAEO = { province: 'เชียงใหม่', district: 'แม่ริม', tambon: 'ดอนแก้ว' }; // 500710
const NAM_KIAN = { province: 'น่าน', district: 'ภูเพียง', tambon: 'น้ำเกี๋ยน' }; // 551404

describe('provinceSlug', () => {
  const province = (code: string): Province => {
    const found = gazetteer.province(code);
    if (!found) throw new Error(`no province ${code}`);
    return found;
  };

  it('is the English name in lower kebab case', () => {
    expect(provinceSlug(province('50'))).toBe('chiang-mai');
    expect(provinceSlug(province('55'))).toBe('nan');
    expect(provinceSlug(province('10'))).toBe('bangkok');
    expect(provinceSlug(province('14'))).toBe('phra-nakhon-si-ayutthaya');
    expect(provinceSlug(province('39'))).toBe('nong-bua-lam-phu');
  });

  it('drops accents and runs of punctuation, and trims dashes at the ends', () => {
    const made = (en: string): Province => ({ code: '99', th: 'ทดสอบ', en, region: 'north' });
    expect(provinceSlug(made('Nān'))).toBe('nan');
    expect(provinceSlug(made('  Sǐ Sa Kêt (Old) '))).toBe('si-sa-ket-old');
    expect(provinceSlug(made('Phra Nakhon -- Si'))).toBe('phra-nakhon-si');
  });

  it('gives 77 distinct URL-safe slugs for the 77 provinces', () => {
    const slugs = gazetteer.provinces.map(provinceSlug);
    expect(slugs).toHaveLength(77);
    expect(new Set(slugs).size).toBe(77);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});

describe('hrefs', () => {
  const donKaeo = resolve(DON_KAEO);
  const puaDistrict = resolve({ province: 'น่าน', district: 'ปัว' });
  const nan = resolve({ province: 'น่าน' });

  it('builds province, tambon and district-anchor addresses', () => {
    expect(provinceHref(donKaeo.province)).toBe('/places/chiang-mai/');
    expect(tambonHref(donKaeo.province, donKaeo.tambon!)).toBe('/places/chiang-mai/500710/');
    expect(districtAnchor(puaDistrict.district!)).toBe('d-5505');
  });

  it('links a tambon to its page, a district to its part of the province page, a province to its page', () => {
    expect(placeHref(donKaeo)).toBe('/places/chiang-mai/500710/');
    expect(placeHref(resolve(NAM_KIAN))).toBe('/places/nan/551404/');
    expect(placeHref(puaDistrict)).toBe('/places/nan/#d-5505');
    expect(placeHref(nan)).toBe('/places/nan/');
  });
});

describe('kebab', () => {
  it('lower-cases ASCII and joins words with single hyphens', () => {
    expect(kebab('Don Kaeo')).toBe('don-kaeo');
    expect(kebab('  Mueang Chiang Mai!! ')).toBe('mueang-chiang-mai');
    expect(kebab('Sukhothai Thani')).toBe('sukhothai-thani');
    expect(kebab('Côte')).toBe('cote');
  });
});
