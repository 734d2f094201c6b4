import type { CountSnapshot, TrackerEntry } from '../schemas/decentralization';
import { compareEventDates } from './dates';
import { ENTRY_KIND_TERMS, type EntryKind, type PracticeKind } from './vocabulary';

/** A tracker entry with the slug of its file. */
export interface SluggedEntry {
  slug: string;
  data: TrackerEntry;
}

/** Newest first by date; entries of the same date by slug, so the order never depends on file order. */
export function sortNewestFirst<Entry extends SluggedEntry>(entries: readonly Entry[]): Entry[] {
  return [...entries].sort((a, b) => compareEventDates(b.data.date, a.data.date) || a.slug.localeCompare(b.slug));
}

/** The entries of one kind, or all of them when no kind is given (the "all" filter). */
export function filterByKind<Entry extends SluggedEntry>(entries: readonly Entry[], kind?: EntryKind): Entry[] {
  return kind ? entries.filter((entry) => entry.data.kind === kind) : [...entries];
}

/** Each kind that has entries, in vocabulary order, with its count: the filter links of the page. */
export function kindCounts(entries: readonly SluggedEntry[]): { kind: EntryKind; count: number }[] {
  return ENTRY_KIND_TERMS.map(({ slug }) => ({
    kind: slug,
    count: entries.filter((entry) => entry.data.kind === slug).length,
  })).filter(({ count }) => count > 0);
}

/** Entries that give a legal basis for a kind of practice, newest first. */
export function entriesForPractice<Entry extends SluggedEntry>(
  entries: readonly Entry[],
  practice: PracticeKind,
): Entry[] {
  return sortNewestFirst(entries.filter((entry) => entry.data.practices.includes(practice)));
}

/** The items (cases) that name an entry in their `legalBasis`, by slug. */
export function reliantsOf<Item extends { slug: string; legalBasis?: readonly string[] }>(
  entrySlug: string,
  items: readonly Item[],
): Item[] {
  return items.filter((item) => item.legalBasis?.includes(entrySlug)).sort((a, b) => a.slug.localeCompare(b.slug));
}

/** Count snapshots newest first. */
export function snapshotsNewestFirst(snapshots: readonly CountSnapshot[]): CountSnapshot[] {
  return [...snapshots].sort((a, b) => compareEventDates(b.asOf, a.asOf));
}
