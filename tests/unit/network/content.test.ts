import { beforeAll, describe, expect, it } from 'vitest';
import type { ParsedCase } from '../../../src/cases/validate/index';
import { groupBodies, type LocalBody } from '../../../src/network/bodies';
import { normalizeBodyName } from '../../../src/network/names';
import { uniqueSlugs } from '../../../src/network/slug';
import { findSpellingProblems } from '../../../src/network/spelling';
import { placeLookups } from '../../../src/places/check';
import { gazetteer } from '../../../src/places/gazetteer-data';
import { loadContentCases } from '../../support/content';

let cases: ParsedCase[];
let bodies: LocalBody<{ id: string; data: ParsedCase['data'] }>[];

beforeAll(async () => {
  cases = await loadContentCases();
  bodies = groupBodies(
    cases.map((entry) => ({
      entry: { id: entry.slug, data: entry.data },
      matches: entry.data.places.map((place) => {
        const result = gazetteer.resolvePlace(place);
        if (!result.ok) throw new Error(`${entry.slug}: place does not resolve`);
        return result;
      }),
    })),
  );
});

describe('the network of the real cases', () => {
  it('has one entry per local government named in the cases (name without prefix, province)', () => {
    const named = new Set(
      cases.map((entry) => {
        const province = gazetteer.resolvePlace(entry.data.places[0]!);
        return `${province.ok ? province.province.code : '?'} ${normalizeBodyName(entry.data.localGovernment.name)}`;
      }),
    );
    expect(bodies).toHaveLength(named.size);
    expect(bodies.flatMap((body) => body.cases).length).toBe(cases.length);
  });

  it('brings the cases of one body together (เทศบาลตำบลพระแท่น has two)', () => {
    const phraThaen = bodies.find((body) => body.name === 'เทศบาลตำบลพระแท่น');
    expect(phraThaen?.cases.map((entry) => entry.id).sort()).toEqual([
      'phra-thaen-child-care-network',
      'phra-thaen-waste-bank',
    ]);
  });

  it('gives every body a distinct ASCII slug', () => {
    const slugs = uniqueSlugs(bodies, gazetteer);
    expect(new Set(slugs).size).toBe(bodies.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('has no local government spelt two ways', () => {
    const { provinceOf, isPlaceName } = placeLookups();
    const named = cases.map((entry) => ({
      file: entry.file,
      name: entry.data.localGovernment.name,
      type: entry.data.localGovernment.type,
      province: provinceOf(entry.data.places[0]!) ?? '',
    }));
    expect(findSpellingProblems(named, { isPlaceName })).toEqual([]);
  });
});
