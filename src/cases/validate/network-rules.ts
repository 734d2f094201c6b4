import { localGovernmentKind } from '../vocabulary';
import { normalizePlaceName } from '../../places/names';
import { findSpellingProblems, type SpellingProblem } from '../../network/spelling';
import type { ParsedCase, ValidationOptions } from './case-rules';
import type { Problem } from './problem';

const listOthers = (others: readonly { file: string; name: string }[]) =>
  others.map((other) => `"${other.name}" (${other.file})`).join(', ');

const closestLine = (closest: readonly string[]) =>
  closest.length
    ? {
        th: ` ชื่อ อปท. อื่นในจังหวัดนี้ที่ใกล้เคียง: ${closest.join(', ')}`,
        en: `; nearest other names in the province: ${closest.join(', ')}`,
      }
    : { th: '', en: '' };

function message(problem: SpellingProblem): Pick<Problem, 'th' | 'en'> {
  if (problem.kind === 'prefix-type') {
    const written = localGovernmentKind(problem.prefixType);
    const given = localGovernmentKind(problem.type);
    return {
      th: `ชื่อ "${problem.name}" ขึ้นต้นด้วย${written.th} แต่ type เป็น ${problem.type} (${given.th}) ให้แก้ชื่อหรือ type ให้ตรงกัน`,
      en: `the name "${problem.name}" says ${written.en} but type is ${problem.type} (${given.en}); make them agree`,
    };
  }
  const closest = closestLine(problem.closest);
  if (problem.kind === 'spelt-twice')
    return {
      th: `ชื่อ อปท. "${problem.name}" เขียนต่างจาก ${listOthers(problem.others)} ซึ่งเป็นแห่งเดียวกัน (ชื่อ ประเภท และจังหวัดเดียวกัน) ให้เขียนชื่อเต็มแบบเดียวกันทุกไฟล์${closest.th}`,
      en: `the local government "${problem.name}" is written differently in ${listOthers(problem.others)}, the same body (same name, type and province); write its full name the same way in every file${closest.en}`,
    };
  return {
    th: `ชื่อ อปท. "${problem.name}" คล้ายกับ ${listOthers(problem.others)} ในจังหวัดเดียวกันมาก น่าจะเป็นแห่งเดียวกันที่สะกดสองแบบ ถ้าใช่ให้แก้ให้ตรงกัน ถ้าเป็นคนละแห่งให้ตรวจชื่อกับทะเบียนของกรมส่งเสริมการปกครองท้องถิ่น${closest.th}`,
    en: `the local government "${problem.name}" is very close to ${listOthers(problem.others)} in the same province: probably one body spelt two ways; make them agree${closest.en}`,
  };
}

/**
 * Local-government names across the cases: one body spelt two ways would split into two entries
 * of the network directory, so it is an error naming both files (src/network/spelling.ts).
 */
export function checkBodyNames(parsed: readonly ParsedCase[], options: ValidationOptions, problems: Problem[]): void {
  const byFile = new Map(parsed.map((entry) => [entry.file, entry]));
  const named = parsed.map((entry) => {
    const place = entry.data.places[0]!;
    return {
      file: entry.file,
      name: entry.data.localGovernment.name,
      type: entry.data.localGovernment.type,
      province: options.provinceOf?.(place) ?? normalizePlaceName(place.province),
    };
  });
  const spellingOptions = options.isPlaceName ? { isPlaceName: options.isPlaceName } : {};
  for (const problem of findSpellingProblems(named, spellingOptions)) {
    const field = problem.kind === 'prefix-type' ? 'localGovernment.type' : 'localGovernment.name';
    problems.push({
      file: problem.file,
      severity: 'error',
      field,
      line: byFile.get(problem.file)?.lineOf(field.split('.')),
      ...message(problem),
    });
  }
}
