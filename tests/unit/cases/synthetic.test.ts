import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { syntheticCase } from '../../../src/cases/synthetic/generator';
import { syntheticPlaces } from '../../../src/cases/synthetic/places';
import { writeSyntheticCases } from '../../../src/cases/synthetic/writer';
import { checkCaseFiles } from '../../../src/cases/validate/index';
import { placeChecker } from '../../../src/places/check';

const REVIEWED = '2026-11-01';
const NOW = new Date('2026-11-24T12:00:00+07:00');

describe('synthetic cases', () => {
  const places = syntheticPlaces();

  it('are real tambons outside Bangkok', () => {
    expect(places.length).toBeGreaterThan(7000);
    expect(places.some((place) => place.code?.startsWith('10'))).toBe(false);
  });

  it('are the same for the same seed and index, and differ across seeds', () => {
    expect(syntheticCase(7, places, 1, REVIEWED)).toEqual(syntheticCase(7, places, 1, REVIEWED));
    expect(syntheticCase(7, places, 2, REVIEWED).source).not.toBe(syntheticCase(7, places, 1, REVIEWED).source);
    expect(syntheticCase(7, places, 1, REVIEWED).file).toBe('synthetic-00007.mdx');
  });

  it('pass the validator, places included, with no errors', async () => {
    const files = Array.from({ length: 20 }, (_, index) => syntheticCase(index + 1, places, 1, REVIEWED));
    const { problems, cases } = await checkCaseFiles(files, { checkPlace: placeChecker(), now: NOW });
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(cases).toHaveLength(20);
    expect(cases.every((entry) => entry.data.synthetic && entry.data.title.startsWith('กรณีจำลอง'))).toBe(true);
  });

  it('are written into a folder of their own, never into content/', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'synthetic-'));
    try {
      const written = await writeSyntheticCases({ count: 3, dir, reviewed: REVIEWED });
      expect(written.count).toBe(3);
      expect((await readdir(dir)).sort()).toEqual([
        'synthetic-00001.mdx',
        'synthetic-00002.mdx',
        'synthetic-00003.mdx',
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    await expect(
      writeSyntheticCases({ count: 1, dir: fileURLToPath(new URL('../../../content/cases', import.meta.url)) }),
    ).rejects.toThrow(/content\/ holds real cases only/);
  });
});
