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
  // Only cases of one province and tier are compared, each distinct name (written form and stem)
  // once with every other; closest names are worked out only for a name with a problem.
  const groups = new Map<string, Map<string, Prepared[]>>();
  for (const entry of prepared) {
    const key = `${entry.province}\u0000${tierOf(entry.type)}`;
    const name = `${entry.written}\u0000${entry.stem}`;
    let byName = groups.get(key);
    if (!byName) groups.set(key, (byName = new Map()));
    const same = byName.get(name);
    if (same) same.push(entry);
    else byName.set(name, [entry]);
  }
  const order = new Map(prepared.map((entry, index) => [entry, index]));
  const inOrder = (list: Prepared[]) => list.sort((a, b) => order.get(a)! - order.get(b)!);
  const others = (list: Prepared[]) => list.map((other) => ({ file: other.file, name: other.written }));
  const found = new Map<Prepared, SpellingProblem[]>();
  for (const byName of groups.values()) {
    const names = [...byName.values()].map((entries) => ({ first: entries[0]!, entries }));
    for (const { first, entries } of names) {
      const sameStem: Prepared[] = [];
      const close: Prepared[] = [];
      for (const other of names) {
        if (other.first.written === first.written) continue;
        if (other.first.stem === first.stem) sameStem.push(...other.entries);
        else if (areClose(other.first.stem, first.stem)) close.push(...other.entries);
      }
      if (sameStem.length === 0 && close.length === 0) continue;
      inOrder(sameStem);
      inOrder(close);
      const written = [
        ...new Set(
          inOrder(names.filter((other) => other.first.stem !== first.stem).flatMap((other) => other.entries)).map(
            (other) => other.written,
          ),
        ),
      ];
      const distance = new Map(written.map((name) => [name, editDistance(bodyStem(name), first.stem)]));
      const closest = written.sort((a, b) => distance.get(a)! - distance.get(b)!).slice(0, 3);
      for (const entry of entries) {
        const spelt = sameStem.filter((other) => other.type === entry.type);
        const near = close.filter((other) => !bothPlaces(entry, other));
        const list: SpellingProblem[] = [];
        if (spelt.length > 0)
          list.push({ kind: 'spelt-twice', file: entry.file, name: entry.written, others: others(spelt), closest });
        if (near.length > 0)
          list.push({ kind: 'close', file: entry.file, name: entry.written, others: others(near), closest });
        found.set(entry, list);
      }
    }
  }
  for (const entry of prepared) problems.push(...(found.get(entry) ?? []));
  return problems;
}
