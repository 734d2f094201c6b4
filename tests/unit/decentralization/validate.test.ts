import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../../src/cases/validate/format';
import type { Problem } from '../../../src/cases/validate/problem';
import {
  checkCountsFile,
  checkSeriesFile,
  checkTrackerEntries,
  type TrackerFile,
} from '../../../src/decentralization/build/validate';

const DIR = 'content/decentralization';
const NOW = new Date('2026-12-02T12:00:00+07:00');

/** A valid entry; each test breaks one thing in it. */
const VALID = `title: พระราชบัญญัติทดสอบการกระจายอำนาจ พ.ศ. 2542
kind: law
date: 2542-11-18
milestones:
  - label: ให้ไว้ ณ วันที่
    date: 2542-11-11
change: >-
  ข้อความทดสอบที่อธิบายสิ่งที่เปลี่ยนไปด้วยถ้อยคำของผู้ประสานงานเอง
status: in-force
statusChecked: 2026-12-01
related: [synthetic-other-entry]
sources:
  - title: แหล่งข้อมูลทดสอบ
    url: https://example.org/source
`;
const OTHER = VALID.replace('พระราชบัญญัติทดสอบ', 'ระเบียบทดสอบ').replace('related: [synthetic-other-entry]\n', '');

const entry = (name: string, source: string): TrackerFile => ({ file: `${DIR}/${name}`, source });
const check = (file: TrackerFile) =>
  checkTrackerEntries([file, entry('synthetic-other-entry.yaml', OTHER)], { now: NOW }).problems;
const lineOf = (source: string, pattern: RegExp) => source.split('\n').findIndex((line) => pattern.test(line)) + 1;

const THAI = /[\u0E00-\u0E7F]/;
function expectOneBilingualError(problems: Problem[], file: string): Problem {
  const errors = problems.filter((problem) => problem.severity === 'error');
  expect(errors, formatProblems(problems)).toHaveLength(1);
  const [error] = errors as [Problem];
  expect(error.file).toBe(file);
  expect(error.th).toMatch(THAI);
  expect(error.en).not.toMatch(THAI);
  expect(error.en).toMatch(/[a-z]{3,}/);
  const report = formatProblems(problems);
  expect(report).toContain(file);
  expect(report).toContain(error.th);
  expect(report).toContain(error.en);
  return error;
}

describe('checkTrackerEntries', () => {
  it('accepts a valid entry and reads its dates in ค.ศ. with their precision', () => {
    const { problems, entries } = checkTrackerEntries(
      [entry('synthetic-entry.yaml', VALID), entry('synthetic-other-entry.yaml', OTHER)],
      { now: NOW },
    );
    expect(problems, formatProblems(problems)).toEqual([]);
    const parsed = entries.find((e) => e.slug === 'synthetic-entry');
    expect(parsed?.data.date).toEqual({ iso: '1999-11-18', precision: 'day', approximate: false });
    expect(parsed?.data.milestones[0]?.date.iso).toBe('1999-11-11');
  });

  it.each([
    ['an empty list', VALID.replace(/sources:\n[\s\S]*$/, 'sources: []\n'), /^sources:/],
    ['no sources field', VALID.replace(/sources:\n[\s\S]*$/, ''), undefined],
  ])('refuses an entry with no source (%s), naming file and field', (_, source, line) => {
    const file = entry('synthetic-entry.yaml', source);
    const error = expectOneBilingualError(check(file), file.file);
    expect(error.field).toBe('sources');
    if (line) expect(error.line).toBe(lineOf(source, line));
    expect(error.expected?.en).toContain('source');
  });

  it('refuses an unknown kind, naming file, field, line and the value', () => {
    const source = VALID.replace('kind: law', 'kind: statute');
    const file = entry('synthetic-entry.yaml', source);
    const error = expectOneBilingualError(check(file), file.file);
    expect(error.field).toBe('kind');
    expect(error.line).toBe(lineOf(source, /^kind:/));
    expect(error.en).toContain('statute');
    expect(error.expected?.en).toContain('constitution');
  });

  it.each([
    ['a day that does not exist', '2563-02-30', 'not a readable date'],
    ['words instead of a date', 'ปลายปี 2542', 'not a readable date'],
    ['a year out of range', '1700', 'out of range'],
  ])('refuses a bad date (%s), naming file, field and line', (_, written, mentions) => {
    const source = VALID.replace('date: 2542-11-18', `date: ${written}`);
    const file = entry('synthetic-entry.yaml', source);
    const error = expectOneBilingualError(check(file), file.file);
    expect(error.field).toBe('date');
    expect(error.line).toBe(lineOf(source, /^date:/));
    expect(error.en).toContain(mentions);
    expect(error.expected?.example).toContain('2542-11-18');
  });

  it('names the nested field of a bad milestone date', () => {
    const source = VALID.replace('    date: 2542-11-11', '    date: 2542-13-01');
    const file = entry('synthetic-entry.yaml', source);
    const error = expectOneBilingualError(check(file), file.file);
    expect(error.field).toBe('milestones[0].date');
    expect(error.line).toBe(lineOf(source, /^ {4}date: 2542-13-01/));
  });

  it('refuses an end date before the start', () => {
    const source = VALID.replace('date: 2542-11-18\n', 'date: 2548\nuntil: 2543\n');
    const file = entry('synthetic-entry.yaml', source);
    expect(expectOneBilingualError(check(file), file.file).field).toBe('until');
  });

  it('refuses a missing date with the required-field message', () => {
    const source = VALID.replace('date: 2542-11-18\n', '');
    const file = entry('synthetic-entry.yaml', source);
    const error = expectOneBilingualError(check(file), file.file);
    expect(error.field).toBe('date');
    expect(error.en).toContain('missing');
  });

  it('refuses a related entry that does not exist, at its line', () => {
    const source = VALID.replace('[synthetic-other-entry]', '[synthetic-no-such-entry]');
    const file = entry('synthetic-entry.yaml', source);
    const error = expectOneBilingualError(check(file), file.file);
    expect(error.field).toBe('related[0]');
    expect(error.en).toContain('synthetic-no-such-entry');
    expect(error.line).toBe(lineOf(source, /^related:/));
  });

  it('refuses a misnamed file and a file that is not YAML', () => {
    const badName = entry('Bad_Name.yaml', VALID);
    expect(expectOneBilingualError(check(badName), badName.file).field).toContain('file name');
    const notYaml = entry('synthetic-entry.md', VALID);
    expect(expectOneBilingualError(check(notYaml), notYaml.file).en).toContain('.yaml');
  });

  it('refuses a file name taken by another tracker page (/decentralization/kind/)', () => {
    const reserved = entry('kind.yaml', VALID);
    expect(expectOneBilingualError(check(reserved), reserved.file).en).toContain('/decentralization/kind/');
  });

  it('reports YAML that does not parse at its line', () => {
    const source = VALID.replace('kind: law', 'kind: "law');
    const file = entry('synthetic-entry.yaml', source);
    const error = expectOneBilingualError(check(file), file.file);
    expect(error.en).toContain('YAML');
    expect(error.line).toBeGreaterThan(0);
  });

  it('refuses a status checked in the future', () => {
    const file = entry('synthetic-entry.yaml', VALID.replace('statusChecked: 2026-12-01', 'statusChecked: 2027-01-15'));
    expect(expectOneBilingualError(check(file), file.file).field).toBe('statusChecked');
  });
});

const COUNTS = `snapshots:
  - asOf: 2563-06-05
    compiledBy: กรมส่งเสริมการปกครองท้องถิ่น
    counts: { pao: 76, city-municipality: 30, town-municipality: 190, subdistrict-municipality: 2242, sao: 5312, bangkok: 1, pattaya: 1 }
    total: 7852
    sources:
      - title: แหล่งข้อมูลทดสอบ
        url: https://example.org/counts
`;

describe('checkCountsFile', () => {
  const file = 'content/decentralization-counts.yaml';
  it('accepts counts that add up to their total', () => {
    const { problems, counts } = checkCountsFile({ file, source: COUNTS });
    expect(problems, formatProblems(problems)).toEqual([]);
    expect(counts?.snapshots[0]?.counts.sao).toBe(5312);
  });

  it('refuses counts that do not add up, an unknown type and a missing source', () => {
    expect(checkCountsFile({ file, source: COUNTS.replace('7852', '7850') }).problems[0]?.field).toBe(
      'snapshots[0].total',
    );
    const unknownType = checkCountsFile({ file, source: COUNTS.replace('sao: 5312', 'tambon-council: 5312') }).problems;
    expect(unknownType.map((p) => p.field)).toContain('snapshots[0].counts.tambon-council');
    const noSource = checkCountsFile({ file, source: COUNTS.replace(/ {4}sources:[\s\S]*$/, '') });
    expect(expectOneBilingualError(noSource.problems, file).field).toBe('snapshots[0].sources');
  });
});

describe('checkSeriesFile', () => {
  const file = 'content/decentralization-series.yaml';
  const SERIES = `charts:
  - slug: test-share
    title: สัดส่วนทดสอบ
    measure: รายได้ทดสอบหารด้วยรายได้รวม
    lines:
      - label: ชุดทดสอบ
        points:
          - { fiscalYear: 2543, share: 13.33 }
          - { fiscalYear: 2553, localRevenue: 340995, governmentRevenue: 1350000 }
        sources:
          - { title: แหล่งข้อมูลทดสอบ, url: https://example.org/series }
`;
  it('accepts points with a share or both revenues, storing fiscal years in ค.ศ.', () => {
    const { problems, series } = checkSeriesFile({ file, source: SERIES });
    expect(problems, formatProblems(problems)).toEqual([]);
    expect(series?.charts[0]?.lines[0]?.points.map((p) => p.fiscalYear)).toEqual([2000, 2010]);
  });

  it('refuses a point with neither share nor both revenues', () => {
    const { problems } = checkSeriesFile({ file, source: SERIES.replace(', governmentRevenue: 1350000', '') });
    expect(expectOneBilingualError(problems, file).field).toBe('charts[0].lines[0].points[1]');
  });
});
