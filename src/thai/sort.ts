/** Thai dictionary order (leading vowels ignored), the order Thai readers expect in lists. */
export const thaiCollator = new Intl.Collator('th');

export const compareThai = (a: string, b: string): number => thaiCollator.compare(a, b);

/** A copy of `items` sorted by a Thai text key. */
export function sortByThai<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareThai(key(a), key(b)));
}
