import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../../src/places/gazetteer-data';
import { isCaseSlug, proposeSlug, uniqueSlug } from '../../../src/cases/slug';

const match = (code: string) => {
  const found = gazetteer.byCode(code);
  if (!found) throw new Error(`no place ${code} in the gazetteer`);
  return found;
};

describe('uniqueSlug', () => {
  it('adds -2, -3, … when the slug is taken', () => {
    expect(uniqueSlug('don-kaeo-health', [])).toBe('don-kaeo-health');
    expect(uniqueSlug('don-kaeo-health', ['don-kaeo-health'])).toBe('don-kaeo-health-2');
    expect(uniqueSlug('don-kaeo-health', ['don-kaeo-health', 'don-kaeo-health-2'])).toBe('don-kaeo-health-3');
  });
});

describe('proposeSlug', () => {
  it('joins the tambon’s official Latin name and the area', () => {
    expect(proposeSlug('health', match('500710'), [])).toBe('don-kaeo-health');
  });

  it('uses the district, then the province, when no tambon is given', () => {
    expect(proposeSlug('health', match('5001'), [])).toBe('mueang-chiang-mai-health');
    expect(proposeSlug('policy', match('55'), [])).toBe('nan-policy');
  });

  it('uses the district when the tambon has no English name', () => {
    const place = match('500710');
    expect(proposeSlug('health', { ...place, tambon: { ...place.tambon!, en: '' } }, [])).toBe('mae-rim-health');
  });

  it('is unique against the existing slugs', () => {
    expect(proposeSlug('health', match('500710'), ['don-kaeo-health'])).toBe('don-kaeo-health-2');
  });

  it('gives a valid slug for every unit of the gazetteer', () => {
    const units = [...gazetteer.provinces, ...gazetteer.districts, ...gazetteer.tambons];
    for (const unit of units) {
      const slug = proposeSlug('environment', match(unit.code), []);
      expect(isCaseSlug(slug), `${unit.th} → "${slug}"`).toBe(true);
    }
  });
});
