/**
 * relatedCases (lists.ts) for every case of a collection without scoring the whole collection for
 * each page: the same cases in the same order, found among a few candidates.
 *
 * A case's score against a target depends on its area and systems (its group here) and on whether
 * it shares a province. Within a group every case scores the same, or one more with a shared
 * province, and ties go to the newer case. So the best `limit` cases are among each group's first
 * `limit + 1` cases (one may be the target) and each group's first `limit + 1` cases in each of the
 * target's provinces. The groups are as many as the area and system combinations in use, which
 * the vocabulary bounds, not the number of cases.
 */
import { compareNewest, type CaseSummary } from './lists';

interface Group<T> {
  area: string;
  systems: readonly string[];
  /** The group's cases, newest first. */
  cases: T[];
  /** By province, the group's cases there, newest first. */
  byProvince: Map<string, T[]>;
}

/** Scores as relatedCases does. */
function score(entry: CaseSummary, target: CaseSummary, provinces: ReadonlySet<string>): number {
  let points = entry.data.area === target.data.area ? 3 : 0;
  points += entry.data.systems.filter((system) => target.data.systems.includes(system)).length;
  if (entry.data.places.some((place) => provinces.has(place.province))) points += 1;
  return points;
}

/** A function giving relatedCases(cases, target, limit) for any target in `cases`. */
export function relatedIndex<T extends CaseSummary>(cases: readonly T[], limit = 3): (target: CaseSummary) => T[] {
  const newest = [...cases].sort(compareNewest);
  const rank = new Map(newest.map((entry, index) => [entry, index]));
  const groups = new Map<string, Group<T>>();
  for (const entry of newest) {
    const systems = [...entry.data.systems].sort();
    const key = `${entry.data.area}|${systems.join(',')}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { area: entry.data.area, systems, cases: [], byProvince: new Map() }));
    group.cases.push(entry);
    for (const province of new Set(entry.data.places.map((place) => place.province))) {
      const list = group.byProvince.get(province) ?? [];
      if (list.length === 0) group.byProvince.set(province, list);
      list.push(entry);
    }
  }
  const keep = limit + 1;
  return (target) => {
    const provinces = new Set(target.data.places.map((place) => place.province));
    const candidates = new Set<T>();
    for (const group of groups.values()) {
      for (const entry of group.cases.slice(0, keep)) candidates.add(entry);
      for (const province of provinces)
        for (const entry of group.byProvince.get(province)?.slice(0, keep) ?? []) candidates.add(entry);
    }
    const scored = [...candidates]
      .filter((entry) => entry.id !== target.id)
      .map((entry) => ({ entry, points: score(entry, target, provinces) }))
      .filter(({ points }) => points > 0);
    scored.sort((a, b) => b.points - a.points || rank.get(a.entry)! - rank.get(b.entry)!);
    return scored.slice(0, limit).map(({ entry }) => entry);
  };
}
