import { getCollection, type CollectionEntry } from 'astro:content';
import { isPublished } from '../cases/vocabulary';
import { sortCases } from '../cases/lists';

export type CaseEntry = CollectionEntry<'cases'>;

let cache: Promise<CaseEntry[]> | undefined;
let allCache: Promise<CaseEntry[]> | undefined;

/** Every case file in the collection, whatever its status, newest first. */
function getAllCases(): Promise<CaseEntry[]> {
  allCache ??= getCollection('cases').then((entries) => sortCases(entries, 'newest'));
  return allCache;
}

/**
 * The cases readers see, newest first: the published ones. Under `npm run dev` drafts and cases in
 * review are included too, so their pages can be previewed; the production build, its search
 * index, feeds, data files, sitemap and counts never contain them. The one place that reads the
 * content collection.
 */
export function getCases(): Promise<CaseEntry[]> {
  cache ??= getAllCases().then((entries) =>
    import.meta.env.PREVIEW_UNPUBLISHED === true ? entries : entries.filter((entry) => isPublished(entry.data)),
  );
  return cache;
}

/** Drafts and cases in review, newest first, for the reviewers' page (dev only). */
export async function getUnpublishedCases(): Promise<CaseEntry[]> {
  return (await getAllCases()).filter((entry) => !isPublished(entry.data));
}
