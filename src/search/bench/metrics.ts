/**
 * Retrieval metrics for the search benchmark and the search-quality test. Pure: ranked lists of
 * ids in, numbers out.
 *
 * recall@k is capped: the expected ids among the first k, divided by min(k, number expected)
 * (BEIR's "capped recall"), so a query with more relevant cases than k can reach 1 by filling its
 * first k with them.
 *
 * Conventions, for queries where the usual formulas divide by zero:
 * - recall@k with nothing expected is 1 (there was nothing to miss);
 * - precision@k divides by min(k, number returned), so a query that rightly returns two pages is
 *   not punished for not returning five. When nothing is returned it is 0 if something was
 *   expected (the search failed) and 1 if nothing was (the silence was right);
 * - reciprocal rank is 1 / the rank of the first expected id, 0 when none is returned, and 1
 *   when nothing was expected and nothing was returned.
 */

/** What one query returned (ids in rank order, best first) and which ids it should return. */
export interface Judged {
  returned: readonly string[];
  expected: readonly string[];
}

const checkK = (k: number): void => {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a positive integer, got ${k}`);
};

/** The expected ids found among the first k returned, out of as many as k can hold (min(k, expected)). */
export function recallAt(k: number, { returned, expected }: Judged): number {
  checkK(k);
  const wanted = new Set(expected);
  if (wanted.size === 0) return 1;
  const found = new Set(returned.slice(0, k).filter((id) => wanted.has(id)));
  return found.size / Math.min(k, wanted.size);
}

/** Share of the first k returned ids (or of all returned, when fewer than k) that were expected. */
export function precisionAt(k: number, { returned, expected }: Judged): number {
  checkK(k);
  const top = returned.slice(0, k);
  if (top.length === 0) return expected.length === 0 ? 1 : 0;
  const wanted = new Set(expected);
  return top.filter((id) => wanted.has(id)).length / top.length;
}

/** 1 / rank of the first expected id in the whole returned list (or within the first k, if given). */
export function reciprocalRank({ returned, expected }: Judged, k?: number): number {
  if (k !== undefined) checkK(k);
  const wanted = new Set(expected);
  const list = k === undefined ? returned : returned.slice(0, k);
  if (wanted.size === 0) return list.length === 0 ? 1 : 0;
  const index = list.findIndex((id) => wanted.has(id));
  return index === -1 ? 0 : 1 / (index + 1);
}

/** The three per-query figures the benchmark reports. */
export interface QueryScores {
  recall: number;
  precision: number;
  reciprocalRank: number;
}

/** recall@k, precision@k and reciprocal rank (over the whole list) of one query. */
export function scoreQuery(k: number, judged: Judged): QueryScores {
  return { recall: recallAt(k, judged), precision: precisionAt(k, judged), reciprocalRank: reciprocalRank(judged) };
}

/** Arithmetic mean; NaN for an empty list, so an empty group never passes for a perfect one. */
export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Mean recall, mean precision and mean reciprocal rank (MRR) over queries, with their count. */
export interface MeanScores {
  queries: number;
  recall: number;
  precision: number;
  mrr: number;
}

export function meanScores(scores: readonly QueryScores[]): MeanScores {
  return {
    queries: scores.length,
    recall: mean(scores.map((s) => s.recall)),
    precision: mean(scores.map((s) => s.precision)),
    mrr: mean(scores.map((s) => s.reciprocalRank)),
  };
}

/** Mean scores for each group (e.g. each tested behaviour), groups in first-seen order. */
export function meanScoresBy<T>(
  items: readonly T[],
  group: (item: T) => string,
  scores: (item: T) => QueryScores,
): Map<string, MeanScores> {
  const grouped = new Map<string, QueryScores[]>();
  for (const item of items) {
    const key = group(item);
    grouped.set(key, [...(grouped.get(key) ?? []), scores(item)]);
  }
  return new Map([...grouped].map(([key, list]) => [key, meanScores(list)]));
}
