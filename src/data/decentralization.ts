import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { reliantsOf, sortNewestFirst } from '../decentralization/entries';
import { getCases } from './cases';

export type TrackerEntryData = CollectionEntry<'decentralization'>['data'];
/** A tracker entry with its slug, the shape the pure tracker functions take. */
export interface TrackerItem {
  slug: string;
  data: TrackerEntryData;
}

let entries: Promise<TrackerItem[]> | undefined;

/** Every tracker entry, newest first. With src/data/cases.ts, the one place that reads the tracker collections. */
export function getTrackerEntries(): Promise<TrackerItem[]> {
  entries ??= getCollection('decentralization').then((all) =>
    sortNewestFirst(all.map((entry) => ({ slug: entry.id, data: entry.data }))),
  );
  return entries;
}

/** The counts of local governments by type (content/decentralization-counts.yaml). */
export async function getTypeCounts() {
  const entry = await getEntry('decentralizationCounts', 'counts');
  if (!entry) throw new Error('content/decentralization-counts.yaml did not load');
  return entry.data;
}

/** The series drawn as charts (content/decentralization-series.yaml). */
export async function getSeries() {
  const entry = await getEntry('decentralizationSeries', 'series');
  if (!entry) throw new Error('content/decentralization-series.yaml did not load');
  return entry.data;
}

/** For each entry, the cases that name it in their legalBasis (title order by slug), and every entry's title. */
export async function getTrackerLinks() {
  const [all, cases] = await Promise.all([getTrackerEntries(), getCases()]);
  const items = cases.map((entry) => ({ slug: entry.id, title: entry.data.title, legalBasis: entry.data.legalBasis }));
  const reliants = new Map(
    all.map((entry) => [entry.slug, reliantsOf(entry.slug, items).map(({ slug, title }) => ({ id: slug, title }))]),
  );
  const titles = new Map(all.map((entry) => [entry.slug, entry.data.title]));
  return { reliants, titles };
}
