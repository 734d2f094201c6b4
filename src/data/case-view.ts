import { adaptedBy } from '../cases/lists';
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

/** The links a case's article needs, for the case page and the book alike. */
export async function getCaseView(entry: CaseEntry): Promise<CaseView> {
  const cases = await getCases();
  const matches = (await getPlacedCases()).find((placed) => placed.entry.id === entry.id)?.matches ?? [];
  const body = (await getBodyByCase()).get(entry.id);
  // Under `npm run dev` a case whose place does not resolve has no network entry yet (see places.ts).
  if (!body && import.meta.env.PREVIEW_UNPUBLISHED !== true) throw new Error(`${entry.id}: no network entry`);
  const trackerEntries = await getTrackerEntries();
  const legalBasis = (entry.data.legalBasis ?? []).map((slug) => {
    const found = trackerEntries.find((item) => item.slug === slug);
    if (!found) throw new Error(`${entry.id}: legalBasis ${slug} is not a tracker entry; run npm run validate`);
    return found;
  });
  return {
    places: entry.data.places.map((place, index) => ({
      label: formatPlace(place),
      href: matches[index] ? placeHref(matches[index]) : '/places/',
    })),
    adaptedFrom: cases.filter((other) => entry.data.adaptedFrom?.includes(other.id)),
    adaptations: adaptedBy(cases, entry.id),
    bodyHref: body ? bodyHref(body) : '/network/',
    legalBasis,
  };
}
