/**
 * One body spelt two ways across case files would become two entries of the network directory, so
 * such names are found and reported instead. Decided from the library's names (see the unit tests):
 *
 * - in one province and tier, the same stem and type written differently (ทต.พระแท่น and
 *   เทศบาลตำบลพระแท่น, or with a stray space): one body, spelt twice;
 * - in one province and tier, stems within a small edit distance (one edit for names of up to five
 *   characters, two for longer ones), unless both stems are names of real units in that province
 *   (ปัว and บัว may be two tambons): probably one body, one spelling mistyped;
 * - a name whose prefix says another type than `type` (เทศบาลตำบล… written with type sao).
 */
import type { LocalGovernmentType } from '../cases/vocabulary';
import { editDistance } from '../places/names';
import { bodyStem, tierOf, typeInName, writtenName } from './names';

/** What the check needs of a case. */
export interface NamedCase {
  file: string;
  name: string;
  type: LocalGovernmentType;
  /** Anything that is equal for cases in the same province (its code). */
  province: string;
}

export type SpellingProblem =
  | {
      kind: 'spelt-twice' | 'close';
      file: string;
      name: string;
      /** The cases of the same body written another way. */
      others: { file: string; name: string }[];
      /** Names of other bodies in the province, closest first (at most three). */
      closest: string[];
    }
  | { kind: 'prefix-type'; file: string; name: string; type: LocalGovernmentType; prefixType: LocalGovernmentType };

export interface SpellingOptions {
  /** Whether a stem is the name of a tambon, district or the province itself, in that province. */
  isPlaceName?: (province: string, stem: string) => boolean;
}

/** Edits allowed between two stems that are taken for one name. */
export const allowedEdits = (a: string, b: string): number => {
  const length = Math.max([...a].length, [...b].length);
  return length <= 5 ? 1 : 2;
};

/** Whether two different stems are close enough to be one name mistyped. */
export function areClose(a: string, b: string): boolean {
  return a !== b && a !== '' && b !== '' && editDistance(a, b) <= allowedEdits(a, b);
}

interface Prepared extends NamedCase {
  stem: string;
  written: string;
}

/** Every spelling problem among the cases' local-government names, one per file and kind. */
export function findSpellingProblems(cases: readonly NamedCase[], options: SpellingOptions = {}): SpellingProblem[] {
  const problems: SpellingProblem[] = [];
  const prepared: Prepared[] = cases.map((entry) => ({
    ...entry,
    stem: bodyStem(entry.name),
    written: writtenName(entry.name),
  }));
  for (const entry of prepared) {
    const prefixType = typeInName(entry.name);
    if (prefixType && prefixType !== entry.type)
      problems.push({ kind: 'prefix-type', file: entry.file, name: entry.name, type: entry.type, prefixType });
  }
  const bothPlaces = (a: Prepared, b: Prepared) =>
    options.isPlaceName?.(a.province, a.stem) === true && options.isPlaceName(b.province, b.stem);
  for (const entry of prepared) {
    const neighbours = prepared.filter(
      (other) =>
        other.province === entry.province &&
        tierOf(other.type) === tierOf(entry.type) &&
        other.written !== entry.written,
    );
    const spelt = neighbours.filter((other) => other.stem === entry.stem && other.type === entry.type);
    const close = neighbours.filter((other) => areClose(other.stem, entry.stem) && !bothPlaces(entry, other));
    const names = [...new Set(neighbours.filter((other) => other.stem !== entry.stem).map((other) => other.written))];
    const distance = (name: string) => editDistance(bodyStem(name), entry.stem);
    const closest = names.sort((a, b) => distance(a) - distance(b)).slice(0, 3);
    const others = (list: Prepared[]) => list.map((other) => ({ file: other.file, name: other.written }));
    if (spelt.length > 0)
      problems.push({ kind: 'spelt-twice', file: entry.file, name: entry.written, others: others(spelt), closest });
    if (close.length > 0)
      problems.push({ kind: 'close', file: entry.file, name: entry.written, others: others(close), closest });
  }
  return problems;
}
