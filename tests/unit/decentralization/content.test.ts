import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatProblems } from '../../../src/cases/validate/format';
import type { Problem } from '../../../src/cases/validate/problem';
import { COUNTS_FILE, readTrackerFile, readTrackerFiles, SERIES_FILE } from '../../../src/decentralization/build/files';
import {
  checkCountsFile,
  checkSeriesFile,
  checkTrackerEntries,
  type ParsedEntry,
} from '../../../src/decentralization/build/validate';
import { ENTRY_KINDS, PRACTICE_KIND_SLUGS } from '../../../src/decentralization/vocabulary';
import type { CountsFile, SeriesFile } from '../../../src/schemas/decentralization';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

let fileCount: number;
let entries: ParsedEntry[];
let problems: Problem[];
let counts: CountsFile | undefined;
let series: SeriesFile | undefined;

beforeAll(async () => {
  const files = await readTrackerFiles(ROOT);
  fileCount = files.length;
  ({ problems, entries } = checkTrackerEntries(files));
  const countsCheck = checkCountsFile(await readTrackerFile(ROOT, COUNTS_FILE));
  const seriesCheck = checkSeriesFile(await readTrackerFile(ROOT, SERIES_FILE));
  problems = [...problems, ...countsCheck.problems, ...seriesCheck.problems];
  ({ counts } = countsCheck);
  ({ series } = seriesCheck);
});

describe('content/decentralization', () => {
  it('has no problems', () => {
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  it('validates every file as an entry', () => {
    expect(fileCount).toBeGreaterThanOrEqual(70);
    expect(entries).toHaveLength(fileCount);
  });

  it('gives every entry, count and series line at least one source', () => {
    for (const entry of entries) expect(entry.data.sources.length, entry.slug).toBeGreaterThanOrEqual(1);
    for (const snapshot of counts?.snapshots ?? []) expect(snapshot.sources.length).toBeGreaterThanOrEqual(1);
    for (const line of series?.charts.flatMap((chart) => chart.lines) ?? [])
      expect(line.sources.length).toBeGreaterThanOrEqual(1);
  });

  it('has entries of every kind the tracker filters by', () => {
    const kinds = new Set(entries.map((entry) => entry.data.kind));
    for (const kind of ENTRY_KINDS) expect(kinds.has(kind), kind).toBe(true);
  });

  it('names a legal basis for most practice kinds, and none for those the facts leave open', () => {
    const covered = new Set(entries.flatMap((entry) => entry.data.practices));
    // The facts found no rule for schools for older people, and none seen covering community welfare funds.
    expect(PRACTICE_KIND_SLUGS.filter((practice) => !covered.has(practice))).toEqual([
      'elderly-school',
      'community-welfare-fund',
    ]);
  });

  it('says what is unknown instead of guessing a status', () => {
    for (const entry of entries.filter((e) => e.data.status === 'unknown'))
      expect(entry.data.unknowns.length + (entry.data.statusNote ? 1 : 0), entry.slug).toBeGreaterThan(0);
  });

  it('keeps the latest official count by type', () => {
    const latest = counts?.snapshots.find((snapshot) => snapshot.asOf.iso === '2020-06-05');
    expect(latest?.total).toBe(7852);
    expect(latest?.counts).toMatchObject({ pao: 76, 'city-municipality': 30, 'town-municipality': 190, sao: 5312 });
  });
});
