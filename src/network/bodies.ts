/**
 * The local governments (อปท.) behind the cases: cases of one body meet in one entry, identified by
 * the body's name without its type prefix and its province, within a tier (see names.ts).
 */
import type { CaseSummary } from '../cases/lists';
import type { LocalGovernmentType } from '../cases/vocabulary';
import type { PlaceMatch, Province } from '../places/gazetteer';
import type { PlacedCase } from '../places/groups';
import { bodyStem, rankOf, tierOf, type BodyTier } from './names';

/** One type a body had, as the cases that give it say, oldest first. */
export interface TypeStep<T extends CaseSummary> {
  type: LocalGovernmentType;
  /** The name the most recently reviewed of these cases writes (the first given on a tie). */
  name: string;
  /** The earliest and latest review dates of the cases giving this type: when it was checked. */
  firstChecked: Date;
  lastChecked: Date;
  cases: T[];
}

export interface LocalBody<T extends CaseSummary> {
  /** province code | tier | stem (and | type when two bodies share a stem). */
  key: string;
  stem: string;
  tier: BodyTier;
  /** The name the most recently reviewed case gives. */
  name: string;
  /** The type the most recently reviewed case gives. */
  type: LocalGovernmentType;
  /** More than one step when the body changed type (อบต. → เทศบาลตำบล). */
  typeHistory: TypeStep<T>[];
  /** The province of the cases' first places. */
  province: Province;
  /** Its cases in the order they were given (the site gives them newest first). */
  cases: T[];
  /** Every place its cases name, each unit once, in code order. */
  places: PlaceMatch[];
  /** Some case says the place receives study visits. */
  studyVisits: boolean;
}

interface Member<T extends CaseSummary> {
  placed: PlacedCase<T>;
  order: number;
}

const reviewed = <T extends CaseSummary>(member: Member<T>) => member.placed.entry.data.lastReviewed.getTime();
const typeOf = <T extends CaseSummary>(member: Member<T>) => member.placed.entry.data.localGovernment.type;

/** Review date, then type rank: the order a body's types are read in. */
const byHistory = <T extends CaseSummary>(a: Member<T>, b: Member<T>) =>
  reviewed(a) - reviewed(b) || rankOf(typeOf(a)) - rankOf(typeOf(b)) || a.order - b.order;

/**
 * Bodies are never downgraded: when a case checked later gives a lower type than one checked
 * earlier (an อบต. reviewed after a เทศบาลตำบล of the same name), the two are different bodies that
 * share a name, such as a municipality and the อบต. around it.
 */
function isOneBody<T extends CaseSummary>(members: readonly Member<T>[]): boolean {
  const sorted = [...members].sort(byHistory);
  return sorted.every((member, index) => index === 0 || rankOf(typeOf(sorted[index - 1]!)) <= rankOf(typeOf(member)));
}

function typeHistory<T extends CaseSummary>(sorted: readonly Member<T>[]): TypeStep<T>[] {
  const steps: TypeStep<T>[] = [];
  for (const member of sorted) {
    const { entry } = member.placed;
    const last = steps.at(-1);
    if (last && last.type === entry.data.localGovernment.type) {
      // The name of the most recently reviewed case; of cases reviewed the same day, the first given.
      if (entry.data.lastReviewed > last.lastChecked) last.name = entry.data.localGovernment.name;
      last.lastChecked = entry.data.lastReviewed;
      last.cases.push(entry);
    } else
      steps.push({
        type: entry.data.localGovernment.type,
        name: entry.data.localGovernment.name,
        firstChecked: entry.data.lastReviewed,
        lastChecked: entry.data.lastReviewed,
        cases: [entry],
      });
  }
  return steps;
}

function toBody<T extends CaseSummary>(key: string, members: readonly Member<T>[]): LocalBody<T> {
  const inOrder = [...members].sort((a, b) => a.order - b.order);
  const history = typeHistory([...members].sort(byHistory));
  const current = history.at(-1)!;
  const first = inOrder[0]!.placed;
  const places = new Map<string, PlaceMatch>();
  for (const { placed } of inOrder) for (const match of placed.matches) places.set(match.code, match);
  return {
    key,
    stem: bodyStem(current.name),
    tier: tierOf(current.type),
    name: current.name,
    type: current.type,
    typeHistory: history,
    province: first.matches[0]!.province,
    cases: inOrder.map(({ placed }) => placed.entry),
    places: [...places.values()].sort((a, b) => a.code.localeCompare(b.code)),
    studyVisits: inOrder.some(({ placed }) => placed.entry.data.studyVisit?.offered === true),
  };
}

/** The identity of a case's body: province code, tier and stem. */
export function bodyKeyOf(province: Pick<Province, 'code'>, name: string, type: LocalGovernmentType): string {
  return `${province.code}|${tierOf(type)}|${bodyStem(name)}`;
}

/**
 * Groups cases (with their places resolved) into local governments, in the order each body's first
 * case comes. A case belongs to the province of its first place.
 */
export function groupBodies<T extends CaseSummary>(placed: readonly PlacedCase<T>[]): LocalBody<T>[] {
  const groups = new Map<string, Member<T>[]>();
  placed.forEach((item, order) => {
    const province = item.matches[0]?.province;
    if (!province) throw new Error(`${item.entry.id}: no place`);
    const { name, type } = item.entry.data.localGovernment;
    const key = bodyKeyOf(province, name, type);
    const members = groups.get(key);
    if (members) members.push({ placed: item, order });
    else groups.set(key, [{ placed: item, order }]);
  });
  const bodies: LocalBody<T>[] = [];
  for (const [key, members] of groups) {
    if (isOneBody(members)) {
      bodies.push(toBody(key, members));
      continue;
    }
    const byType = new Map<LocalGovernmentType, Member<T>[]>();
    for (const member of members) {
      const same = byType.get(typeOf(member));
      if (same) same.push(member);
      else byType.set(typeOf(member), [member]);
    }
    for (const [type, same] of byType) bodies.push(toBody(`${key}|${type}`, same));
  }
  const orderOf = new Map(placed.map((item, order) => [item.entry, order] as const));
  const firstOrder = (body: LocalBody<T>) => orderOf.get(body.cases[0]!)!;
  return bodies.sort((a, b) => firstOrder(a) - firstOrder(b));
}

/** A body's entry for each case id. */
export function bodyByCase<T extends CaseSummary, B extends { cases: readonly T[] }>(
  bodies: readonly B[],
): Map<string, B> {
  return new Map(bodies.flatMap((body) => body.cases.map((entry) => [entry.id, body] as const)));
}
