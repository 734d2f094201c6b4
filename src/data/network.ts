import type { CaseEntry } from './cases';
import { gazetteer, getPlacedCases } from './places';
import { bodyByCase, groupBodies, type LocalBody } from '../network/bodies';
import { uniqueSlugs } from '../network/slug';

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

/** The body each case belongs to, by case id. */
export async function getBodyByCase(): Promise<Map<string, NetworkBody>> {
  return bodyByCase<CaseEntry, NetworkBody>(await getBodies());
}
