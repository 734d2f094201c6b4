import { getCollection, type CollectionEntry } from 'astro:content';
import { sortCases } from '../lib/case-lists';

export type CaseEntry = CollectionEntry<'cases'>;

let cache: Promise<CaseEntry[]> | undefined;

/** Every case, newest first. The one place that reads the content collection. */
export function getCases(): Promise<CaseEntry[]> {
  cache ??= getCollection('cases').then((entries) => sortCases(entries, 'newest'));
  return cache;
}
