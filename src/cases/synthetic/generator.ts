/**
 * One synthetic case file (front matter `synthetic: true`, title starting กรณีจำลอง) for search and
 * build benchmarks, assembled from word lists with a seeded PRNG: the same seed and index give the
 * same file.
 */
import { stringify } from 'yaml';
import type { CaseInput } from '../../schemas/case';
import { arabicToThaiDigits } from '../../thai/digits';
import { ADVICE, BACKGROUND, DID, LESSONS, MORE_RESULTS, PARTNERS, WHEN, WHERE, WHO } from './phrases';
import type { PlaceTriple } from './places';
import { createRandom, type Random } from './random';
import { TOPICS } from './topics';

const SEGMENTER = new Intl.Segmenter('th', { granularity: 'word' });
const countWords = (text: string): number => [...SEGMENTER.segment(text)].filter((s) => s.isWordLike).length;

/** Numbers in Arabic digits, about one in five in Thai digits, as pages mix them. */
const writeNumber = (random: Random, value: number, grouped = false): string => {
  const text = grouped ? value.toLocaleString('en-US') : String(value);
  return random.chance(0.2) ? arabicToThaiDigits(text) : text;
};

/** One synthetic case: its file name and the text of the file. */
export interface SyntheticCase {
  file: string;
  source: string;
}

/** Builds case number `index` (1-based) of a corpus: deterministic for a seed and index. */
export function syntheticCase(
  index: number,
  places: readonly PlaceTriple[],
  seed: number,
  reviewed: string,
): SyntheticCase {
  const random = createRandom(seed * 1_000_003 + index);
  const topic = random.pick(TOPICS);
  const place = random.pick(places);
  const municipality = random.chance(0.4);
  const lg = municipality ? `เทศบาลตำบล${place.tambon}` : `องค์การบริหารส่วนตำบล${place.tambon}`;
  const lgShort = municipality ? `ทต.${place.tambon}` : `อบต.${place.tambon}`;
  const startYear = random.int(2540, 2566);
  const latestYear = Math.min(2568, startYear + random.int(1, 6));
  const fill = (template: string): string =>
    template
      .replaceAll('{tambon}', place.tambon)
      .replaceAll('{district}', place.district)
      .replaceAll('{province}', place.province)
      .replaceAll('{lg}', random.chance(0.5) ? lg : lgShort)
      .replaceAll('{pop}', writeNumber(random, random.int(1_500, 15_000), true))
      .replaceAll('{villages}', writeNumber(random, random.int(5, 18)))
      .replaceAll('{year}', writeNumber(random, random.int(startYear - 3, startYear)))
      .replaceAll('{y}', writeNumber(random, latestYear))
      .replaceAll('{n}', writeNumber(random, random.int(3, 950)))
      .replaceAll('{p}', writeNumber(random, random.int(5, 95)))
      .replaceAll('{v}', writeNumber(random, random.int(2, 15)))
      .replaceAll('{m}', writeNumber(random, random.int(1, 15)));
  const activity = (): string => {
    const who = random.pick(WHO);
    // A number at the end of the subject needs a space before the verb (หมู่ที่ 3 ประชุม…).
    return fill(`${who}${who.endsWith('}') ? ' ' : ''}${random.pick(DID)}${random.pick(WHERE)} ${random.pick(WHEN)}`);
  };

  const targetWords = random.int(300, 800);
  const sections: Record<string, string[]> = {
    ความเป็นมา: [fill(BACKGROUND[0]!), fill(`${lg} เริ่มงาน${topic.name}เมื่อปี ${writeNumber(random, startYear)}`)],
    สิ่งที่ทำ: topic.actions.map((action) => `- ${fill(action)}`),
    ผลลัพธ์: topic.results.map((result) => `- ${fill(result)}`),
    ปัจจัยความสำเร็จและบทเรียน: random.sample(LESSONS, 2).map((lesson) => `- ${lesson}`),
    การนำไปใช้ที่อื่น: [fill(random.pick(ADVICE))],
  };
  const pools: Record<string, () => string> = {
    ความเป็นมา: () => (random.chance(0.5) ? fill(random.pick(BACKGROUND.slice(1))) : activity()),
    สิ่งที่ทำ: activity,
    ผลลัพธ์: () => fill(random.pick([...topic.results, ...MORE_RESULTS])),
    ปัจจัยความสำเร็จและบทเรียน: () => (random.chance(0.5) ? random.pick(LESSONS) : activity()),
    การนำไปใช้ที่อื่น: () => fill(random.pick(ADVICE)),
  };
  const bodyOf = () =>
    Object.entries(sections)
      .map(([heading, lines]) => `## ${heading}\n\n${lines.join(lines[0]?.startsWith('- ') ? '\n' : ' ')}`)
      .join('\n\n');
  // Grow the body until it reaches its target length, mostly in the background and what was done.
  const growable = ['ความเป็นมา', 'สิ่งที่ทำ', 'สิ่งที่ทำ', 'สิ่งที่ทำ', 'ผลลัพธ์', 'ปัจจัยความสำเร็จและบทเรียน', 'การนำไปใช้ที่อื่น'];
  let words = countWords(bodyOf());
  while (words < targetWords) {
    const heading = random.pick(growable);
    const lines = sections[heading]!;
    const line = pools[heading]!();
    if (lines.some((existing) => existing.endsWith(line))) continue;
    lines.push(lines[0]?.startsWith('- ') ? `- ${line}` : line);
    words += countWords(line);
  }

  const title = `กรณีจำลองที่ ${index} ${topic.name} ${lgShort}`;
  const frontMatter: CaseInput = {
    title,
    summary: `${lg} อ.${place.district} จ.${place.province} ทำงาน${topic.name} ร่วมกับชุมชนตั้งแต่ปี ${startYear} (ข้อมูลจำลองสำหรับทดสอบการค้นหา)`,
    area: topic.area,
    systems: topic.systems,
    tags: topic.tags,
    places: [
      {
        province: place.province,
        district: place.district,
        tambon: place.tambon,
        ...(place.code ? { code: place.code } : {}),
      },
    ],
    localGovernment: { name: lg, type: municipality ? 'subdistrict-municipality' : 'sao' },
    started: random.chance(0.8) ? startYear : 'ไม่ทราบ',
    partners: random.sample(PARTNERS, random.int(0, 2)),
    outcomes: [{ label: `ผลของงาน${topic.name}`, value: fill(topic.results[0]!), year: latestYear }],
    sources: [{ title: `แหล่งข้อมูลจำลองของกรณีที่ ${index}`, url: `https://example.org/synthetic/${index}` }],
    evidence: random.pick(['reported', 'snapshot'] as const),
    lastReviewed: reviewed,
    status: 'published',
    synthetic: true,
  };
  const slug = `synthetic-${String(index).padStart(5, '0')}`;
  return { file: `${slug}.mdx`, source: `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n\n${bodyOf()}\n` };
}
