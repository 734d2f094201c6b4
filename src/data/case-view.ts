import { adaptedBy, countByArea } from '../cases/lists';
import { relatedIndex } from '../cases/related';
import type { CaseSummary } from '../cases/lists';
import type { CoreAreaSlug } from '../cases/vocabulary';
import type { PlaceMatch } from '../places/gazetteer';
import { formatPlace } from '../places/labels';
import { placeHref } from '../places/urls';
import { getCases, type CaseEntry } from './cases';
import { getPlacedCases } from './places';
import { getTrackerEntries, type TrackerItem } from './decentralization';
import { getBodyByCase } from './network';
import { bodyHref } from '../network/slug';

/** What a case's article shows besides its own front matter: its place links and its adaptation links. */
export interface CaseView {
  /** Each place's line and the page it links to, in the order of data.places. */
  places: Array<{ label: string; href: string }>;
  /** The cases this one says it was adapted from. */
  adaptedFrom: CaseEntry[];
  /** The cases that say they were adapted from this one. */
  adaptations: CaseEntry[];
  /** The page of the case's local government in the network directory. */
  bodyHref: string;
  /** The tracker entries the case names in legalBasis, in its order. */
  legalBasis: TrackerItem[];
}

/**
 * Everything a case page looks up about other cases, worked out once for the whole collection so
 * that a page costs the same whether the library has a hundred cases or ten thousand.
 */
interface CaseLookups {
  matches: Map<string, PlaceMatch[]>;
  /** Cases adapted from each case (adaptedBy's order), by the id they name. */
  adaptations: Map<string, CaseEntry[]>;
  /** The index of each case in getCases' order. */
  order: Map<string, number>;
  trackerBySlug: Map<string, TrackerItem>;
  related: (target: CaseSummary) => CaseEntry[];
  areaCounts: Record<CoreAreaSlug, number>;
}

let lookups: Promise<CaseLookups> | undefined;

function getLookups(): Promise<CaseLookups> {
  lookups ??= (async () => {
    const [cases, placed, trackerEntries] = await Promise.all([getCases(), getPlacedCases(), getTrackerEntries()]);
    const adapters = new Map<string, CaseEntry[]>();
    for (const entry of cases)
      for (const slug of new Set(entry.data.adaptedFrom ?? []))
        adapters.set(slug, [...(adapters.get(slug) ?? []), entry]);
    return {
      matches: new Map(placed.map(({ entry, matches }) => [entry.id, matches])),
      adaptations: new Map([...adapters].map(([slug, list]) => [slug, adaptedBy(list, slug)])),
      order: new Map(cases.map((entry, index) => [entry.id, index])),
      trackerBySlug: new Map(trackerEntries.map((item) => [item.slug, item])),
      related: relatedIndex(cases),
      areaCounts: countByArea(cases),
    };
  })();
  return lookups;
}

/** A few cases to read next (relatedCases over every case), without scoring them all for each page. */
export async function getRelatedCases(entry: CaseEntry): Promise<CaseEntry[]> {
  return (await getLookups()).related(entry);
}

/** How many cases an area has. */
export async function getAreaCount(area: CoreAreaSlug): Promise<number> {
  return (await getLookups()).areaCounts[area];
}

/** The links a case's article needs, for the case page and the book alike. */
export async function getCaseView(entry: CaseEntry): Promise<CaseView> {
  const { matches: matchesById, adaptations, order, trackerBySlug } = await getLookups();
  const cases = await getCases();
  const matches = matchesById.get(entry.id) ?? [];
  const body = (await getBodyByCase()).get(entry.id);
  // Under `npm run dev` a case whose place does not resolve has no network entry yet (see places.ts).
  if (!body && import.meta.env.PREVIEW_UNPUBLISHED !== true) throw new Error(`${entry.id}: no network entry`);
  const legalBasis = (entry.data.legalBasis ?? []).map((slug) => {
    const found = trackerBySlug.get(slug);
    if (!found) throw new Error(`${entry.id}: legalBasis ${slug} is not a tracker entry; run npm run validate`);
    return found;
  });
  // adaptedFrom in the order of getCases, as filtering the collection gave it.
  const adaptedFrom = [...new Set(entry.data.adaptedFrom ?? [])]
    .filter((slug) => order.has(slug))
    .sort((a, b) => order.get(a)! - order.get(b)!)
    .map((slug) => cases[order.get(slug)!]!);
  return {
    places: entry.data.places.map((place, index) => ({
      label: formatPlace(place),
      href: matches[index] ? placeHref(matches[index]) : '/places/',
    })),
    adaptedFrom,
    adaptations: adaptations.get(entry.id) ?? [],
    bodyHref: body ? bodyHref(body) : '/network/',
    legalBasis,
  };
}
