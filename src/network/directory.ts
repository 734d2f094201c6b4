/** The network directory: bodies by region and province in Thai order, and counts per type and region. */
import { LOCAL_GOVERNMENT_TYPES, type LocalGovernmentType } from '../cases/vocabulary';
import type { Province } from '../places/gazetteer';
import { REGIONS, type Region } from '../places/regions';
import { compareThai } from '../thai/sort';

/** The least the directory needs of a body. */
export interface DirectoryBody {
  stem: string;
  name: string;
  type: LocalGovernmentType;
  province: Province;
}

export interface ProvinceBodies<B extends DirectoryBody> {
  province: Province;
  bodies: B[];
}

export interface RegionBodies<B extends DirectoryBody> {
  region: Region;
  provinces: ProvinceBodies<B>[];
  /** Bodies in the region, all provinces together. */
  count: number;
}

/** Thai order of the name without its prefix, so อบต.กำแพง and เทศบาลตำบลกำแพง stand together; then the full name. */
export const compareBodies = (a: DirectoryBody, b: DirectoryBody): number =>
  compareThai(a.stem, b.stem) || compareThai(a.name, b.name);

/** Regions in the usual order, each with its provinces and their bodies in Thai order; empty regions left out. */
export function directoryByRegion<B extends DirectoryBody>(bodies: readonly B[]): RegionBodies<B>[] {
  return REGIONS.map((region) => {
    const inRegion = bodies.filter((body) => body.province.region === region.slug);
    const provinces = new Map<string, ProvinceBodies<B>>();
    for (const body of inRegion) {
      const group = provinces.get(body.province.code) ?? { province: body.province, bodies: [] };
      group.bodies.push(body);
      provinces.set(body.province.code, group);
    }
    const sorted = [...provinces.values()].sort((a, b) => compareThai(a.province.th, b.province.th));
    for (const group of sorted) group.bodies.sort(compareBodies);
    return { region, provinces: sorted, count: inRegion.length };
  }).filter((group) => group.count > 0);
}

/** How many bodies of each type, every type present (zero included), in vocabulary order. */
export function countByType(bodies: readonly DirectoryBody[]): { type: LocalGovernmentType; count: number }[] {
  return LOCAL_GOVERNMENT_TYPES.map((type) => ({ type, count: bodies.filter((body) => body.type === type).length }));
}

/** How many bodies in each region, every region present (zero included). */
export function countByRegion(bodies: readonly DirectoryBody[]): { region: Region; count: number }[] {
  return REGIONS.map((region) => ({
    region,
    count: bodies.filter((body) => body.province.region === region.slug).length,
  }));
}

/** The bodies of one type. */
export function bodiesOfType<B extends DirectoryBody>(bodies: readonly B[], type: LocalGovernmentType): B[] {
  return bodies.filter((body) => body.type === type);
}

/** The other bodies in the same province, in Thai order. */
export function sameProvince<B extends DirectoryBody>(bodies: readonly B[], body: B): B[] {
  return bodies.filter((other) => other !== body && other.province.code === body.province.code).sort(compareBodies);
}
