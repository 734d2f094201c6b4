import { describe, expect, it } from 'vitest';
import {
  mean,
  meanScores,
  meanScoresBy,
  precisionAt,
  recallAt,
  reciprocalRank,
  scoreQuery,
} from '../../../src/search/bench/metrics';

describe('recallAt', () => {
  it('counts the expected ids among the first k returned', () => {
    expect(recallAt(5, { returned: ['a', 'x', 'b'], expected: ['a', 'b'] })).toBe(1);
    expect(recallAt(2, { returned: ['a', 'x', 'b'], expected: ['a', 'b'] })).toBe(0.5);
    expect(recallAt(5, { returned: ['x', 'y'], expected: ['a'] })).toBe(0);
  });

  it('divides by k when more than k ids are expected (capped recall)', () => {
    const expected = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    expect(recallAt(5, { returned: ['a', 'b', 'c', 'd', 'e'], expected })).toBe(1);
    expect(recallAt(5, { returned: ['a', 'x', 'c', 'y', 'g', 'b'], expected })).toBe(3 / 5);
    expect(recallAt(2, { returned: ['b', 'a'], expected: ['a', 'b', 'c'] })).toBe(1);
    expect(recallAt(5, { returned: ['a', 'b'], expected })).toBe(2 / 5);
  });

  it('counts an id returned twice once', () => {
    expect(recallAt(5, { returned: ['a', 'a'], expected: ['a', 'b'] })).toBe(0.5);
  });

  it('is 1 when nothing was expected, and 0 when nothing was returned but something was', () => {
    expect(recallAt(5, { returned: ['x'], expected: [] })).toBe(1);
    expect(recallAt(5, { returned: [], expected: ['a'] })).toBe(0);
  });

  it('rejects a k that is not a positive integer', () => {
    expect(() => recallAt(0, { returned: [], expected: [] })).toThrow(RangeError);
    expect(() => recallAt(2.5, { returned: [], expected: [] })).toThrow(RangeError);
  });
});

describe('precisionAt', () => {
  it('divides by k when at least k ids were returned', () => {
    expect(precisionAt(5, { returned: ['a', 'x', 'b', 'y', 'z', 'c'], expected: ['a', 'b', 'c'] })).toBe(2 / 5);
  });

  it('divides by the number returned when fewer than k were', () => {
    expect(precisionAt(5, { returned: ['a', 'b'], expected: ['a', 'b'] })).toBe(1);
    expect(precisionAt(5, { returned: ['a', 'x'], expected: ['a'] })).toBe(0.5);
  });

  it('is 0 for an empty result when something was expected, 1 when nothing was', () => {
    expect(precisionAt(5, { returned: [], expected: ['a'] })).toBe(0);
    expect(precisionAt(5, { returned: [], expected: [] })).toBe(1);
  });

  it('is 0 when something was returned but nothing was expected', () => {
    expect(precisionAt(5, { returned: ['x'], expected: [] })).toBe(0);
  });
});

describe('reciprocalRank', () => {
  it('is 1 / the rank of the first expected id', () => {
    expect(reciprocalRank({ returned: ['a', 'b'], expected: ['a'] })).toBe(1);
    expect(reciprocalRank({ returned: ['x', 'y', 'b', 'a'], expected: ['a', 'b'] })).toBe(1 / 3);
  });

  it('is 0 when no expected id is returned, or none within k', () => {
    expect(reciprocalRank({ returned: ['x'], expected: ['a'] })).toBe(0);
    expect(reciprocalRank({ returned: [], expected: ['a'] })).toBe(0);
    expect(reciprocalRank({ returned: ['x', 'y', 'a'], expected: ['a'] }, 2)).toBe(0);
    expect(reciprocalRank({ returned: ['x', 'y', 'a'], expected: ['a'] }, 3)).toBe(1 / 3);
  });

  it('rewards an empty result only when nothing was expected', () => {
    expect(reciprocalRank({ returned: [], expected: [] })).toBe(1);
    expect(reciprocalRank({ returned: ['x'], expected: [] })).toBe(0);
  });
});

describe('means', () => {
  it('averages, and is NaN for no values', () => {
    expect(mean([1, 0, 0.5])).toBe(0.5);
    expect(mean([])).toBeNaN();
  });

  it('scores one query and averages many', () => {
    const first = scoreQuery(5, { returned: ['a', 'x'], expected: ['a'] });
    expect(first).toEqual({ recall: 1, precision: 0.5, reciprocalRank: 1 });
    const second = scoreQuery(5, { returned: ['x', 'b'], expected: ['b', 'c'] });
    expect(second).toEqual({ recall: 0.5, precision: 0.5, reciprocalRank: 0.5 });
    expect(meanScores([first, second])).toEqual({ queries: 2, recall: 0.75, precision: 0.5, mrr: 0.75 });
  });

  it('groups scores by a key, in first-seen order', () => {
    const items = [
      { group: 'phrase', judged: { returned: ['a'], expected: ['a'] } },
      { group: 'year', judged: { returned: [], expected: ['a'] } },
      { group: 'phrase', judged: { returned: ['x', 'a'], expected: ['a'] } },
    ];
    const byGroup = meanScoresBy(
      items,
      (item) => item.group,
      (item) => scoreQuery(5, item.judged),
    );
    expect([...byGroup.keys()]).toEqual(['phrase', 'year']);
    expect(byGroup.get('phrase')).toEqual({ queries: 2, recall: 1, precision: 0.75, mrr: 0.75 });
    expect(byGroup.get('year')).toEqual({ queries: 1, recall: 0, precision: 0, mrr: 0 });
  });
});
