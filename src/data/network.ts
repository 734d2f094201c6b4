import type { CaseEntry } from './cases';
import { gazetteer, getPlacedCases } from './places';
import { bodyByCase, groupBodies, type LocalBody } from '../network/bodies';
import { uniqueSlugs } from '../network/slug';
import { compareBodies } from '../network/directory';

/** A local government of the network directory, with its page's slug. */
export type NetworkBody = LocalBody<CaseEntry> & { slug: string };

let cache: Promise<NetworkBody[]> | undefined;

/** Every local government that has a case, each with its cases, in the order of their newest case. */
export function getBodies(): Promise<NetworkBody[]> {
  cache ??= getPlacedCases().then((placed) => {
    const bodies = groupBodies(placed);
    const slugs = uniqueSlugs(bodies, gazetteer);
    return bodies.map((body, index) => ({ ...body, slug: slugs[index]! }));
  });
  return cache;
}

let byCase: Promise<Map<string, NetworkBody>> | undefined;

/** The body each case belongs to, by case id (made once: every case page asks). */
export function getBodyByCase(): Promise<Map<string, NetworkBody>> {
  byCase ??= getBodies().then((bodies) => bodyByCase<CaseEntry, NetworkBody>(bodies));
  return byCase;
}

let byProvince: Promise<Map<string, NetworkBody[]>> | undefined;

/** The other bodies in a body's province, in Thai order (sameProvince), each province sorted once. */
export async function getSameProvince(body: NetworkBody): Promise<NetworkBody[]> {
  byProvince ??= getBodies().then((bodies) => {
    const groups = new Map<string, NetworkBody[]>();
    for (const other of bodies) {
      const group = groups.get(other.province.code);
      if (group) group.push(other);
      else groups.set(other.province.code, [other]);
    }
    for (const group of groups.values()) group.sort(compareBodies);
    return groups;
  });
  return ((await byProvince).get(body.province.code) ?? []).filter((other) => other !== body);
}
