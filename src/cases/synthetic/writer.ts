import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bangkokIsoDate } from '../../thai/dates';
import { syntheticCase } from './generator';
import { syntheticPlaces } from './places';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export interface WriteOptions {
  count: number;
  dir: string;
  seed?: number;
  /**
   * lastReviewed of every file, YYYY-MM-DD; today in Bangkok by default (a fixed past date would
   * trigger the "reviewed long ago" warning on every file, a future one an error).
   */
  reviewed?: string;
}

/**
 * Writes the corpus into dir, replacing its .mdx files. Refuses any folder inside content/,
 * where coordinators' real cases live.
 */
export async function writeSyntheticCases({
  count,
  dir,
  seed = 1,
  reviewed = bangkokIsoDate(new Date()),
}: WriteOptions) {
  const target = path.resolve(dir);
  const content = path.join(ROOT, 'content');
  if (target === content || target.startsWith(`${content}${path.sep}`))
    throw new Error(
      `refusing to write synthetic cases into ${path.relative(ROOT, target)}: content/ holds real cases only`,
    );
  const places = syntheticPlaces();
  await mkdir(target, { recursive: true });
  for (const old of await readdir(target)) if (old.endsWith('.mdx')) await rm(path.join(target, old));
  for (let index = 1; index <= count; index++) {
    const { file, source } = syntheticCase(index, places, seed, reviewed);
    await writeFile(path.join(target, file), source);
  }
  return { dir: target, count, placesFrom: 'src/generated/gazetteer.json' };
}
