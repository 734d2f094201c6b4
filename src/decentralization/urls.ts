/** Where the decentralization tracker's pages live. */

/** The tracker's page of all entries. */
export const TRACKER_PATH = '/decentralization/';

/** One entry's own page: everything the tracker knows of it, its sources and the cases that rely on it. */
export const trackerEntryPath = (slug: string): string => `${TRACKER_PATH}${slug}/`;

/** The page of one kind of entry (law, regulation, …). */
export const trackerKindPath = (kind: string): string => `${TRACKER_PATH}kind/${kind}/`;
