import { getCollection, type CollectionEntry } from 'astro:content';
import { sortCases } from '../cases/lists';

export type CaseEntry = CollectionEntry<'cases'>;

let cache: Promise<CaseEntry[]> | undefined;

/** Every case, newest first. The one place that reads the content collection. */
export function getCases(): Promise<CaseEntry[]> {
  cache ??= getCollection('cases').then((entries) => sortCases(entries, 'newest'));
  return cache;
}
