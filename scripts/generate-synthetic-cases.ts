/**
 * npx tsx scripts/generate-synthetic-cases.ts <count> [dir] [--seed 1] [--reviewed YYYY-MM-DD]
 *
 * Writes <count> synthetic case files (front matter `synthetic: true`, titles starting กรณีจำลอง)
 * for search and build benchmarks, into dir (default .bench/synthetic-<count>/cases), never into
 * content/. Text is assembled from word lists with a seeded PRNG, so the same seed gives the same
 * files; only lastReviewed is today unless --reviewed is given (a fixed past date would trigger
 * the "reviewed long ago" warning 10,000 times, a future one an error). Places are real
 * province/district/tambon triples from src/generated/gazetteer.json when it exists, so the files
 * also pass a gazetteer place check.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stringify } from 'yaml';
import type { CaseInput } from '../src/schemas/case';
import { arabicToThaiDigits } from '../src/thai/digits';
import type { CoreAreaSlug, SystemSlug } from '../src/cases/vocabulary';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GAZETTEER = path.join(ROOT, 'src/generated/gazetteer.json');

/** mulberry32: a small, fast, seedable PRNG; plenty for picking words. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const chance = (p: number): boolean => next() < p;
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0] as T);
    return out;
  };
  return { next, int, pick, chance, sample };
}
export type Random = ReturnType<typeof createRandom>;

/** A real tambon with its district and province, and its 6-digit code. */
export interface PlaceTriple {
  province: string;
  district: string;
  tambon: string;
  code?: string;
}

/** Used when the gazetteer has not been generated: the places of the real cases. */
const BUILT_IN_PLACES: readonly PlaceTriple[] = [
  { province: 'เชียงใหม่', district: 'แม่ริม', tambon: 'ดอนแก้ว' },
  { province: 'เชียงใหม่', district: 'พร้าว', tambon: 'โหล่งขอด' },
  { province: 'เชียงใหม่', district: 'เมืองเชียงใหม่', tambon: 'หนองหอย' },
  { province: 'สงขลา', district: 'สิงหนคร', tambon: 'ชะแล้' },
  { province: 'สงขลา', district: 'สะเดา', tambon: 'ปริก' },
  { province: 'สตูล', district: 'ละงู', tambon: 'กำแพง' },
  { province: 'น่าน', district: 'ปัว', tambon: 'ปัว' },
  { province: 'แพร่', district: 'ลอง', tambon: 'ต้าผามอก' },
  { province: 'พะเยา', district: 'เมืองพะเยา', tambon: 'สันป่าม่วง' },
  { province: 'ลำพูน', district: 'บ้านโฮ่ง', tambon: 'ศรีเตี้ย' },
  { province: 'กาญจนบุรี', district: 'พนมทวน', tambon: 'ทุ่งสมอ' },
  { province: 'ปทุมธานี', district: 'เมืองปทุมธานี', tambon: 'บางขะแยง' },
  { province: 'สุโขทัย', district: 'สวรรคโลก', tambon: 'เมืองบางขลัง' },
];

type Row = [string, string, ...string[]];

/** Real tambons (Bangkok's แขวง left out: they have no SAO or tambon municipality). */
export async function loadPlaces(): Promise<{ places: PlaceTriple[]; source: string }> {
  if (!existsSync(GAZETTEER)) return { places: [...BUILT_IN_PLACES], source: 'built-in list' };
  const data = JSON.parse(await readFile(GAZETTEER, 'utf8')) as { provinces: Row[]; districts: Row[]; tambons: Row[] };
  const provinces = new Map(data.provinces.map(([code, name]) => [code, name]));
  const districts = new Map(data.districts.map(([code, name]) => [code, name]));
  const places: PlaceTriple[] = [];
  for (const [code, tambon] of data.tambons) {
    const province = provinces.get(code.slice(0, 2));
    const district = districts.get(code.slice(0, 4));
    if (!province || !district || !tambon || code.startsWith('10')) continue;
    places.push({ province, district, tambon, code });
  }
  return { places, source: path.relative(ROOT, GAZETTEER) };
}

/** A kind of practice: what it is called and the words its pages use. */
interface Topic {
  area: CoreAreaSlug;
  systems: SystemSlug[];
  name: string;
  tags: string[];
  /** What was done, one sentence each. */
  actions: string[];
  /** Results; {n} is a number, {y} a year. */
  results: string[];
}

export const TOPICS: readonly Topic[] = [
  {
    area: 'learning',
    systems: ['child-youth-learning'],
    name: 'ศูนย์พัฒนาเด็กเล็กเรียนรู้ผ่านการเล่น',
    tags: ['ศูนย์พัฒนาเด็กเล็ก', 'เด็กเล็ก', 'การเล่น'],
    actions: [
      'ครูศูนย์พัฒนาเด็กเล็กจัดมุมเล่นตามธรรมชาติให้เด็กได้ลงมือทำเอง',
      'ผู้ปกครองมาช่วยทำของเล่นจากวัสดุในท้องถิ่นเดือนละครั้ง',
      'ศูนย์ชวนผู้สูงอายุมาเล่านิทานพื้นบ้านให้เด็กฟังทุกสัปดาห์',
      'ครูบันทึกพัฒนาการเด็กรายคนและคุยกับพ่อแม่ทุกภาคเรียน',
    ],
    results: ['เด็กในศูนย์มีพัฒนาการสมวัยร้อยละ {p}', 'ผู้ปกครอง {n} ครอบครัวเข้าร่วมกิจกรรมในปี {y}'],
  },
  {
    area: 'learning',
    systems: ['child-youth-learning', 'community-leadership'],
    name: 'สภาเด็กและเยาวชนดูแลลานกีฬาชุมชน',
    tags: ['สภาเด็กและเยาวชน', 'เยาวชน', 'ลานกีฬา'],
    actions: [
      'สภาเด็กและเยาวชนสำรวจความต้องการของเยาวชนในทุกหมู่บ้าน',
      'เยาวชนเขียนโครงการเสนอท้องถิ่นและได้งบประมาณมาปรับปรุงลานกีฬา',
      'แกนนำเยาวชนจัดเวรดูแลลานกีฬาและกติกาการใช้ร่วมกัน',
      'ผู้ใหญ่ในชุมชนเป็นพี่เลี้ยงโดยไม่ตัดสินใจแทนเด็ก',
    ],
    results: ['เยาวชน {n} คนมาใช้ลานกีฬาเป็นประจำ', 'สภาเด็กและเยาวชนได้รับรางวัลระดับจังหวัดในปี {y}'],
  },
  {
    area: 'learning',
    systems: ['education-for-life', 'community-information'],
    name: 'ห้องสมุดชุมชนและบ้านหนังสืออัจฉริยะ',
    tags: ['ห้องสมุดชุมชน', 'การอ่าน', 'บ้านหนังสือ'],
    actions: [
      'ท้องถิ่นปรับศาลาหมู่บ้านเป็นบ้านหนังสือที่เปิดทุกวัน',
      'อาสาสมัครรักการอ่านหมุนเวียนหนังสือไปตามหมู่บ้าน',
      'โรงเรียนและวัดร่วมจัดกิจกรรมอ่านออกเสียงช่วงปิดภาคเรียน',
    ],
    results: ['มีบ้านหนังสือ {n} แห่งในตำบล', 'มีผู้ยืมหนังสือ {n} ครั้งในปี {y}'],
  },
  {
    area: 'health',
    systems: ['health-services', 'volunteers'],
    name: 'อาสาสมัครดูแลผู้สูงอายุติดบ้านติดเตียง',
    tags: ['ผู้สูงอายุ', 'ติดเตียง', 'อาสาสมัคร', 'อสม.'],
    actions: [
      'อาสาสมัครสาธารณสุขประจำหมู่บ้านเยี่ยมบ้านผู้สูงอายุติดเตียงทุกสัปดาห์',
      'ท้องถิ่นจัดจุดให้ยืมเตียงและรถเข็นสำหรับผู้ป่วยติดบ้าน',
      'โรงพยาบาลส่งเสริมสุขภาพตำบลอบรมผู้ดูแลผู้สูงอายุในครอบครัว',
      'ทีมหมอครอบครัวทำแผนดูแลรายคนร่วมกับญาติ',
    ],
    results: ['ผู้สูงอายุติดเตียง {n} คนได้รับการเยี่ยมบ้านสม่ำเสมอ', 'มีผู้ดูแลที่ผ่านการอบรม {n} คนในปี {y}'],
  },
  {
    area: 'health',
    systems: ['education-for-life', 'health-services'],
    name: 'โรงเรียนผู้สูงอายุประจำตำบล',
    tags: ['โรงเรียนผู้สูงอายุ', 'ผู้สูงอายุ', 'สังคมสูงวัย'],
    actions: [
      'ท้องถิ่นเปิดโรงเรียนผู้สูงอายุสอนเดือนละสองครั้งที่ศาลาวัด',
      'หลักสูตรมีทั้งการออกกำลังกาย การกินอาหาร และการใช้โทรศัพท์มือถือ',
      'ผู้สูงอายุที่จบหลักสูตรกลับมาเป็นครูอาสาสอนรุ่นต่อไป',
    ],
    results: ['มีผู้สูงอายุจบหลักสูตร {n} คน', 'โรงเรียนผู้สูงอายุเปิดรุ่นที่ {n} ในปี {y}'],
  },
  {
    area: 'health',
    systems: ['health-services'],
    name: 'กองทุนหลักประกันสุขภาพหนุนคัดกรองเบาหวานความดัน',
    tags: ['กองทุนหลักประกันสุขภาพ', 'กปท.', 'เบาหวาน', 'ความดันโลหิตสูง'],
    actions: [
      'กองทุนหลักประกันสุขภาพระดับท้องถิ่นอนุมัติงบคัดกรองเบาหวานและความดันโลหิตสูง',
      'อสม. วัดความดันให้คนอายุสามสิบห้าปีขึ้นไปทุกหลังคาเรือน',
      'กลุ่มเสี่ยงเข้าค่ายปรับพฤติกรรมการกินลดหวานมันเค็ม',
    ],
    results: ['คัดกรองประชาชนได้ {n} คน', 'กลุ่มเสี่ยงลดลงร้อยละ {p} ในปี {y}'],
  },
  {
    area: 'welfare',
    systems: ['welfare', 'community-economy'],
    name: 'กองทุนสวัสดิการชุมชนวันละบาท',
    tags: ['กองทุนสวัสดิการชุมชน', 'สวัสดิการชุมชน', 'ออมวันละบาท'],
    actions: [
      'สมาชิกออมเงินวันละบาทเข้ากองทุนสวัสดิการชุมชน',
      'กองทุนจ่ายสวัสดิการตั้งแต่เกิด เจ็บป่วย จนถึงเสียชีวิต',
      'ท้องถิ่นสมทบงบประมาณตามระเบียบทุกปี',
      'คณะกรรมการกองทุนรายงานบัญชีต่อสมาชิกในเวทีประจำปี',
    ],
    results: ['กองทุนมีสมาชิก {n} คน', 'จ่ายสวัสดิการไปแล้ว {n} ราย ในปี {y}'],
  },
  {
    area: 'welfare',
    systems: ['welfare', 'volunteers'],
    name: 'ธนาคารเวลาแลกเปลี่ยนการดูแลกัน',
    tags: ['ธนาคารเวลา', 'จิตอาสา', 'สวัสดิการ'],
    actions: [
      'สมาชิกบันทึกชั่วโมงที่ไปช่วยเพื่อนบ้านลงสมุดธนาคารเวลา',
      'ชั่วโมงที่สะสมไว้ใช้แลกความช่วยเหลือเมื่อตนเองต้องการ',
      'ท้องถิ่นช่วยทำทะเบียนสมาชิกและจัดเวทีพบปะทุกเดือน',
    ],
    results: ['สมาชิกแลกเปลี่ยนเวลากันรวม {n} ชั่วโมง', 'มีสมาชิกใหม่ {n} คนในปี {y}'],
  },
  {
    area: 'welfare',
    systems: ['community-economy'],
    name: 'กลุ่มออมทรัพย์เพื่อการผลิตแก้หนี้นอกระบบ',
    tags: ['กลุ่มออมทรัพย์', 'หนี้นอกระบบ', 'เศรษฐกิจชุมชน'],
    actions: [
      'กลุ่มออมทรัพย์ให้สมาชิกกู้ไปปลดหนี้นอกระบบด้วยดอกเบี้ยต่ำ',
      'สมาชิกทำบัญชีครัวเรือนเพื่อดูรายรับรายจ่ายของตัวเอง',
      'กำไรส่วนหนึ่งของกลุ่มนำไปเป็นสวัสดิการของสมาชิก',
    ],
    results: ['สมาชิก {n} ครัวเรือนปลดหนี้นอกระบบได้', 'เงินออมของกลุ่มเพิ่มเป็น {n} บาทในปี {y}'],
  },
  {
    area: 'environment',
    systems: ['environment-energy'],
    name: 'ธนาคารขยะรีไซเคิลในโรงเรียนและชุมชน',
    tags: ['ธนาคารขยะ', 'ขยะรีไซเคิล', 'คัดแยกขยะ'],
    actions: [
      'ชุมชนตั้งธนาคารขยะรับซื้อขยะรีไซเคิลเดือนละครั้ง',
      'ทุกครัวเรือนคัดแยกขยะอินทรีย์ทำปุ๋ยหมักไว้ใช้เอง',
      'โรงเรียนสอนนักเรียนคัดแยกขยะและพากลับไปทำที่บ้าน',
      'ท้องถิ่นลดรอบเก็บขยะเมื่อปริมาณขยะลดลง',
    ],
    results: ['ปริมาณขยะลดลงร้อยละ {p}', 'ธนาคารขยะมีสมาชิก {n} ครัวเรือนในปี {y}'],
  },
  {
    area: 'environment',
    systems: ['environment-energy', 'community-leadership'],
    name: 'ป่าชุมชนกับเครือข่ายเฝ้าระวังไฟป่า',
    tags: ['ป่าชุมชน', 'ไฟป่า', 'อนุรักษ์ป่า'],
    actions: [
      'คณะกรรมการป่าชุมชนออกกติกาการเก็บหาของป่าร่วมกัน',
      'อาสาสมัครทำแนวกันไฟและเวรยามเฝ้าระวังไฟป่าช่วงหน้าแล้ง',
      'ชุมชนขึ้นทะเบียนป่าชุมชนกับกรมป่าไม้',
      'โรงเรียนพานักเรียนเดินศึกษาธรรมชาติในป่าชุมชน',
    ],
    results: ['ป่าชุมชนมีพื้นที่ {n} ไร่', 'จุดความร้อนลดลงร้อยละ {p} ในปี {y}'],
  },
  {
    area: 'environment',
    systems: ['environment-energy'],
    name: 'ฝายชะลอน้ำและการจัดการน้ำชุมชน',
    tags: ['ฝายชะลอน้ำ', 'การจัดการน้ำ', 'ภัยแล้ง'],
    actions: [
      'ชาวบ้านร่วมกันสร้างฝายชะลอน้ำบนลำห้วยต้นน้ำ',
      'กลุ่มผู้ใช้น้ำทำแผนแบ่งน้ำในหน้าแล้ง',
      'ท้องถิ่นทำแผนที่แหล่งน้ำร่วมกับสถาบันการศึกษา',
    ],
    results: ['สร้างฝายชะลอน้ำได้ {n} ตัว', 'พื้นที่เกษตรได้น้ำเพิ่ม {n} ไร่ในปี {y}'],
  },
  {
    area: 'environment',
    systems: ['environment-energy', 'community-economy'],
    name: 'พลังงานแสงอาทิตย์ในอาคารสาธารณะ',
    tags: ['พลังงานทดแทน', 'โซลาร์เซลล์', 'ลดค่าไฟ'],
    actions: [
      'ท้องถิ่นติดแผงโซลาร์เซลล์บนหลังคาศูนย์พัฒนาเด็กเล็กและสำนักงาน',
      'ช่างชุมชนได้รับการอบรมดูแลแผงและระบบไฟฟ้า',
      'ค่าไฟที่ประหยัดได้นำไปใช้ในงานสวัสดิการ',
    ],
    results: ['ค่าไฟฟ้าลดลงร้อยละ {p}', 'ติดตั้งแล้ว {n} อาคารในปี {y}'],
  },
  {
    area: 'policy',
    systems: ['community-leadership'],
    name: 'ธรรมนูญสุขภาพตำบลจากเวทีประชาคม',
    tags: ['ธรรมนูญสุขภาพ', 'ธรรมนูญสุขภาพตำบล', 'ประชาคม'],
    actions: [
      'ตัวแทนทุกหมู่บ้านร่วมร่างธรรมนูญสุขภาพตำบลในเวทีประชาคม',
      'ธรรมนูญกำหนดกติกาเรื่องเหล้าในงานบุญและการใช้สารเคมีในไร่นา',
      'คณะทำงานทบทวนธรรมนูญทุกสองปี',
    ],
    results: ['ธรรมนูญสุขภาพตำบลปรับปรุงถึงฉบับที่ {n}', 'หมู่บ้าน {n} แห่งนำธรรมนูญไปใช้ในปี {y}'],
  },
  {
    area: 'policy',
    systems: ['community-leadership', 'safety'],
    name: 'ธรรมนูญหมู่บ้านงานบุญปลอดเหล้า',
    tags: ['ธรรมนูญหมู่บ้าน', 'งานบุญปลอดเหล้า', 'กติกาชุมชน'],
    actions: [
      'ชาวบ้านตกลงกันไม่เลี้ยงเหล้าในงานบุญและงานศพ',
      'วัดและผู้นำศาสนาช่วยประกาศกติกาของหมู่บ้าน',
      'เจ้าภาพที่ทำตามกติกาได้รับการยกย่องในเวทีหมู่บ้าน',
    ],
    results: ['งานบุญปลอดเหล้าเพิ่มเป็น {n} งาน', 'ค่าใช้จ่ายงานศพลดลงร้อยละ {p} ในปี {y}'],
  },
  {
    area: 'policy',
    systems: ['community-leadership', 'community-information'],
    name: 'แผนชุมชนจากข้อมูลตำบล',
    tags: ['แผนชุมชน', 'ข้อมูลชุมชน', 'สมัชชาสุขภาพ'],
    actions: [
      'อาสาสมัครเก็บข้อมูลครัวเรือนด้วยแบบสอบถามเดียวกันทั้งตำบล',
      'สมัชชาสุขภาพตำบลใช้ข้อมูลจัดลำดับปัญหาและทำแผนชุมชน',
      'ท้องถิ่นบรรจุโครงการจากแผนชุมชนลงในแผนพัฒนาท้องถิ่น',
    ],
    results: ['โครงการจากแผนชุมชน {n} โครงการได้งบประมาณ', 'ข้อมูลครอบคลุม {n} ครัวเรือนในปี {y}'],
  },
];

const BACKGROUND = [
  'ตำบล{tambon} อ.{district} จ.{province} มีประชากรราว {pop} คน ส่วนใหญ่ทำเกษตรและรับจ้างทั่วไป',
  'ก่อนเริ่มงานนี้ คนในตำบลเห็นปัญหาร่วมกันในเวทีประชาคมเมื่อปี {year}',
  'ผู้นำชุมชนและเจ้าหน้าที่ของ{lg} ไปศึกษาดูงานที่อื่นแล้วกลับมาคุยกันว่าจะทำอะไรได้บ้าง',
  'ข้อมูลจากการสำรวจของ อสม. ชี้ว่าปัญหานี้พบในทุกหมู่บ้านของตำบล',
  'ตำบลนี้มี {villages} หมู่บ้าน และมีกลุ่มองค์กรชุมชนที่ทำงานต่อเนื่องหลายกลุ่ม',
  'ในช่วงแรกงานเริ่มจากกลุ่มเล็ก ๆ ที่อาสาทำก่อน แล้วค่อยขยายไปหมู่บ้านอื่น',
  'ปลัด {lg} เล่าว่าโจทย์สำคัญคือทำให้คนในชุมชนเป็นเจ้าของงานเอง',
];

/** Pieces of "who did what where and when" sentences, so bodies do not repeat themselves. */
const WHO = [
  'คณะทำงาน',
  'แกนนำชุมชน',
  'อาสาสมัคร',
  'ผู้ใหญ่บ้านหมู่ที่ {m}',
  'เจ้าหน้าที่ของ{lg}',
  'กลุ่มสตรีแม่บ้าน',
  'ครูและนักเรียน',
  'ผู้สูงอายุในหมู่บ้าน',
  'คณะกรรมการหมู่บ้าน',
  'ผู้นำศาสนา',
];
const DID = [
  'ประชุมวางแผนงาน',
  'ลงพื้นที่เยี่ยมครัวเรือน',
  'จัดเวทีแลกเปลี่ยนเรียนรู้',
  'ทบทวนผลการดำเนินงาน',
  'อบรมแกนนำรุ่นใหม่',
  'เก็บข้อมูลรายครัวเรือน',
  'รายงานผลต่อที่ประชุมสภาท้องถิ่น',
  'ประสานงานกับหน่วยงานระดับอำเภอ',
  'ทำป้ายประชาสัมพันธ์และเสียงตามสาย',
  'ชวนเยาวชนมาช่วยบันทึกภาพและเรื่องเล่า',
];
const WHERE = [
  'ที่ศาลาอเนกประสงค์หมู่ที่ {m}',
  'ที่วัดประจำหมู่บ้าน',
  'ที่สำนักงาน{lg}',
  'ที่โรงเรียนในตำบล',
  'ในทุกหมู่บ้านของตำบล{tambon}',
  'ที่โรงพยาบาลส่งเสริมสุขภาพตำบล{tambon}',
];
const WHEN = ['ทุกเดือน', 'ทุกไตรมาส', 'ในปี {year}', 'ช่วงหน้าแล้ง', 'หลังฤดูเก็บเกี่ยว', 'ตั้งแต่ปี {year}', 'ปีละสองครั้ง'];
const MORE_RESULTS = [
  'มีผู้เข้าร่วมกิจกรรม {n} คนในปี {y}',
  'ครัวเรือนที่เข้าร่วมเพิ่มขึ้นร้อยละ {p}',
  'มีหมู่บ้านเข้าร่วมครบ {v} หมู่บ้าน',
  'งานนี้ได้รับการยกย่องเป็นแหล่งเรียนรู้ระดับอำเภอในปี {y}',
  'มีคณะศึกษาดูงานจากท้องถิ่นอื่น {v} คณะ',
];

const LESSONS = [
  'ผู้นำท้องถิ่นให้ความสำคัญต่อเนื่องแม้เปลี่ยนผู้บริหาร',
  'คนในชุมชนมีส่วนร่วมตั้งแต่คิด วางแผน ลงมือทำ และติดตามผล',
  'ใช้ข้อมูลของตำบลเองเป็นฐานในการตัดสินใจ',
  'มีภาคีหลายฝ่ายช่วยกัน ทั้งโรงพยาบาลส่งเสริมสุขภาพตำบล โรงเรียน วัด และกลุ่มอาชีพ',
  'เริ่มจากเรื่องเล็กที่ทำได้จริงก่อน แล้วจึงขยายผล',
  'บทเรียนสำคัญคือต้องมีคนรุ่นใหม่มารับช่วงงาน',
];

const ADVICE = [
  'ท้องถิ่นที่สนใจควรเริ่มจากสำรวจข้อมูลในพื้นที่ของตนก่อน',
  'ถ้าไปศึกษาดูงาน ควรถามเรื่องงบประมาณ ผู้รับผิดชอบ และวิธีติดตามผล',
  'ควรชวนแกนนำชุมชนไปด้วย เพื่อให้กลับมาทำต่อได้เอง',
  'งานแบบนี้ปรับใช้ได้ทั้งองค์การบริหารส่วนตำบลและเทศบาล',
  'ติดต่อ{lg} ล่วงหน้าอย่างน้อยสองสัปดาห์ก่อนไปดูงาน',
];

const PARTNERS = [
  { name: 'โรงพยาบาลส่งเสริมสุขภาพตำบล', role: 'ร่วมวางแผนและให้ความรู้' },
  { name: 'สำนักงานกองทุนสนับสนุนการสร้างเสริมสุขภาพ (สสส.)', role: 'หนุนงบประมาณบางส่วน' },
  { name: 'สถาบันพัฒนาองค์กรชุมชน (พอช.)', role: 'เป็นพี่เลี้ยงกองทุนและเครือข่าย' },
  { name: 'โรงเรียนในตำบล', role: 'ร่วมจัดกิจกรรมกับนักเรียน' },
  { name: 'มหาวิทยาลัยในภูมิภาค', role: 'ช่วยเก็บและวิเคราะห์ข้อมูล' },
];

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
export function syntheticCase(index: number, places: readonly PlaceTriple[], seed: number, reviewed: string): SyntheticCase {
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
    places: [{ province: place.province, district: place.district, tambon: place.tambon, ...(place.code ? { code: place.code } : {}) }],
    localGovernment: { name: lg, type: municipality ? 'subdistrict-municipality' : 'sao' },
    started: random.chance(0.8) ? startYear : 'ไม่ทราบ',
    partners: random.sample(PARTNERS, random.int(0, 2)),
    outcomes: [{ label: `ผลของงาน${topic.name}`, value: fill(topic.results[0]!), year: latestYear }],
    sources: [{ title: `แหล่งข้อมูลจำลองของกรณีที่ ${index}`, url: `https://example.org/synthetic/${index}` }],
    evidence: random.pick(['reported', 'snapshot'] as const),
    lastReviewed: reviewed,
    synthetic: true,
  };
  const slug = `synthetic-${String(index).padStart(5, '0')}`;
  return { file: `${slug}.mdx`, source: `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n\n${bodyOf()}\n` };
}

/** The date today in Bangkok, YYYY-MM-DD. */
export const todayInBangkok = (): string => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

export interface WriteOptions {
  count: number;
  dir: string;
  seed?: number;
  reviewed?: string;
}

/**
 * Writes the corpus into dir, replacing its .mdx files. Refuses any folder inside content/,
 * where coordinators' real cases live.
 */
export async function writeSyntheticCases({ count, dir, seed = 1, reviewed = todayInBangkok() }: WriteOptions) {
  const target = path.resolve(dir);
  const content = path.join(ROOT, 'content');
  if (target === content || target.startsWith(`${content}${path.sep}`))
    throw new Error(`refusing to write synthetic cases into ${path.relative(ROOT, target)}: content/ holds real cases only`);
  const { places, source } = await loadPlaces();
  await mkdir(target, { recursive: true });
  for (const old of await readdir(target)) if (old.endsWith('.mdx')) await rm(path.join(target, old));
  for (let index = 1; index <= count; index++) {
    const { file, source: text } = syntheticCase(index, places, seed, reviewed);
    await writeFile(path.join(target, file), text);
  }
  return { dir: target, count, placesFrom: source };
}

async function main() {
  const args = process.argv.slice(2);
  const option = (name: string): string | undefined => {
    const at = args.indexOf(name);
    return at === -1 ? undefined : args.splice(at, 2)[1];
  };
  const seed = Number(option('--seed') ?? 1);
  const reviewed = option('--reviewed') ?? todayInBangkok();
  const [countArg, dirArg] = args;
  const count = Number(countArg);
  if (!Number.isInteger(count) || count < 1 || !/^\d{4}-\d{2}-\d{2}$/.test(reviewed)) {
    console.error('usage: npx tsx scripts/generate-synthetic-cases.ts <count> [dir] [--seed 1] [--reviewed YYYY-MM-DD]');
    process.exit(2);
  }
  const started = performance.now();
  const written = await writeSyntheticCases({ count, dir: dirArg ?? `.bench/synthetic-${count}/cases`, seed, reviewed });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`wrote ${written.count} synthetic cases to ${path.relative(process.cwd(), written.dir)} in ${seconds}s (places from ${written.placesFrom})`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
