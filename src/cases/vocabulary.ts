/**
 * The knowledge base's controlled vocabulary: slugs are ASCII and stable,
 * names are Thai first. Pages, schemas, filters and tests all read it from here.
 */

export const CORE_AREA_SLUGS = ['learning', 'health', 'welfare', 'environment', 'policy'] as const;
export type CoreAreaSlug = (typeof CORE_AREA_SLUGS)[number];

export const SYSTEM_SLUGS = [
  'volunteers',
  'environment-energy',
  'community-information',
  'welfare',
  'community-economy',
  'child-youth-learning',
  'education-for-life',
  'health-services',
  'community-leadership',
  'safe-occupations',
  'safety',
] as const;
export type SystemSlug = (typeof SYSTEM_SLUGS)[number];

export const LOCAL_GOVERNMENT_TYPES = [
  'sao',
  'subdistrict-municipality',
  'town-municipality',
  'city-municipality',
  'pao',
  'bangkok',
  'pattaya',
] as const;
export type LocalGovernmentType = (typeof LOCAL_GOVERNMENT_TYPES)[number];

/**
 * Where a case is in the coordinators' workflow. Only published cases reach readers: drafts and
 * cases in review are built and previewed under `npm run dev` only.
 */
export const CASE_STATUSES = ['draft', 'review', 'published'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_STATUS_INFO: readonly { slug: CaseStatus; th: string; en: string }[] = [
  { slug: 'draft', th: 'ร่าง (กำลังเขียน)', en: 'draft (being written)' },
  { slug: 'review', th: 'รอตรวจ (ขอให้ผู้ตรวจอ่าน)', en: 'in review (waiting for a reviewer)' },
  { slug: 'published', th: 'เผยแพร่ (แสดงบนเว็บ)', en: 'published (on the site)' },
];

/** Whether readers see the case: only a published one is in the production build. */
export const isPublished = (data: { status: CaseStatus }): boolean => data.status === 'published';

export const EVIDENCE_LEVELS = ['verified', 'reported', 'snapshot'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

export interface CoreArea {
  slug: CoreAreaSlug;
  /** Number in the seed's list of five matters (1–5). */
  order: number;
  th: string;
  en: string;
  /** What the area covers, in Thai, for its page. */
  description: string;
}

export const CORE_AREAS: readonly CoreArea[] = [
  {
    slug: 'learning',
    order: 1,
    th: 'ระบบการเรียนรู้เพื่อเด็ก เยาวชน และครอบครัว',
    en: 'Learning for children, youth and families',
    description:
      'งานที่ท้องถิ่นหนุนให้เด็ก เยาวชน และครอบครัวได้เรียนรู้และมีส่วนร่วม เช่น ศูนย์พัฒนาเด็กเล็ก สภาเด็กและเยาวชน และพื้นที่เรียนรู้ของชุมชน',
  },
  {
    slug: 'health',
    order: 2,
    th: 'การดูแลสุขภาพชุมชน',
    en: 'Community health care',
    description:
      'การดูแลสุขภาพที่ชุมชนและท้องถิ่นจัดการเอง เช่น การดูแลผู้สูงอายุและคนพิการ โรงเรียนผู้สูงอายุ อาสาสมัคร และกองทุนหลักประกันสุขภาพระดับท้องถิ่น',
  },
  {
    slug: 'welfare',
    order: 3,
    th: 'การจัดสวัสดิการสังคม',
    en: 'Social welfare',
    description: 'สวัสดิการที่ชุมชนจัดให้กันเองร่วมกับท้องถิ่น เช่น กองทุนสวัสดิการชุมชน กลุ่มออมทรัพย์ และการดูแลกันตั้งแต่เกิดจนตาย',
  },
  {
    slug: 'environment',
    order: 4,
    th: 'การจัดการทรัพยากรธรรมชาติและสิ่งแวดล้อม',
    en: 'Natural resources and environment',
    description: 'การดูแลดิน น้ำ ป่า และสิ่งแวดล้อมโดยชุมชนและท้องถิ่น เช่น ป่าชุมชน การจัดการขยะตั้งแต่ต้นทาง และชุมชนปลอดขยะ',
  },
  {
    slug: 'policy',
    order: 5,
    th: 'การพัฒนานโยบายสาธารณะเพื่อสุขภาวะแบบมีส่วนร่วม',
    en: 'Participatory healthy public policy',
    description: 'กติกาและนโยบายที่คนในพื้นที่ร่วมกันกำหนด เช่น ธรรมนูญสุขภาพตำบล ธรรมนูญหมู่บ้าน และสมัชชาสุขภาพ',
  },
];

export interface WorkingSystem {
  slug: SystemSlug;
  th: string;
  en: string;
}

export const WORKING_SYSTEMS: readonly WorkingSystem[] = [
  { slug: 'volunteers', th: 'ระบบอาสาสมัคร', en: 'Volunteer system' },
  {
    slug: 'environment-energy',
    th: 'ระบบการจัดการสิ่งแวดล้อม ทรัพยากรธรรมชาติ (น้ำ ป่า ทะเล) และพลังงานทดแทน',
    en: 'Environment, natural resources (water, forest, sea) and renewable energy',
  },
  { slug: 'community-information', th: 'ระบบการสื่อสารและข้อมูลชุมชน', en: 'Community communication and information' },
  { slug: 'welfare', th: 'ระบบสวัสดิการ', en: 'Welfare system' },
  { slug: 'community-economy', th: 'ระบบเศรษฐกิจชุมชน', en: 'Community economy' },
  { slug: 'child-youth-learning', th: 'ระบบการเรียนรู้เพื่อเด็กและเยาวชน', en: 'Learning for children and youth' },
  { slug: 'education-for-life', th: 'ระบบการศึกษาเพื่อชีวิต', en: 'Education for life' },
  { slug: 'health-services', th: 'ระบบการจัดการบริการสุขภาพ', en: 'Health service management' },
  { slug: 'community-leadership', th: 'ระบบองค์กรผู้นำชุมชน', en: 'Community leadership organizations' },
  { slug: 'safe-occupations', th: 'ระบบอาชีพที่ปลอดภัยต่อสุขภาพ', en: 'Occupations safe for health' },
  { slug: 'safety', th: 'ระบบความปลอดภัยในชีวิตและทรัพย์สิน', en: 'Safety of life and property' },
];

export interface LocalGovernmentKind {
  slug: LocalGovernmentType;
  th: string;
  abbreviation: string;
  en: string;
}

export const LOCAL_GOVERNMENT_KINDS: readonly LocalGovernmentKind[] = [
  { slug: 'sao', th: 'องค์การบริหารส่วนตำบล', abbreviation: 'อบต.', en: 'Subdistrict Administrative Organization' },
  { slug: 'subdistrict-municipality', th: 'เทศบาลตำบล', abbreviation: 'ทต.', en: 'Subdistrict municipality' },
  { slug: 'town-municipality', th: 'เทศบาลเมือง', abbreviation: 'ทม.', en: 'Town municipality' },
  { slug: 'city-municipality', th: 'เทศบาลนคร', abbreviation: 'ทน.', en: 'City municipality' },
  { slug: 'pao', th: 'องค์การบริหารส่วนจังหวัด', abbreviation: 'อบจ.', en: 'Provincial Administrative Organization' },
  { slug: 'bangkok', th: 'กรุงเทพมหานคร', abbreviation: 'กทม.', en: 'Bangkok Metropolitan Administration' },
  { slug: 'pattaya', th: 'เมืองพัทยา', abbreviation: 'เมืองพัทยา', en: 'Pattaya City' },
];

export interface EvidenceLevelInfo {
  slug: EvidenceLevel;
  th: string;
  en: string;
  /** What the level means, in Thai, for the About page and case pages. */
  meaning: string;
}

export const EVIDENCE_LEVEL_INFO: readonly EvidenceLevelInfo[] = [
  {
    slug: 'verified',
    th: 'ตรวจสอบแล้ว',
    en: 'Verified',
    meaning:
      'ผู้ประสานงานได้ตรวจข้อเท็จจริงหลักกับแหล่งข้อมูลต้นทางหรือกับหน่วยงานเจ้าของเรื่องโดยตรงแล้ว และมีแหล่งข้อมูลมากกว่าหนึ่งแหล่งที่สอดคล้องกัน',
  },
  {
    slug: 'reported',
    th: 'มีรายงาน',
    en: 'Reported',
    meaning: 'เรียบเรียงจากรายงาน ข่าว หรือเอกสารเผยแพร่ที่อ้างอิงไว้ ยังไม่ได้ตรวจกับพื้นที่โดยตรง ข้อมูลอาจไม่ครบหรือเปลี่ยนไปแล้ว',
  },
  {
    slug: 'snapshot',
    th: 'ภาพย่อ',
    en: 'Snapshot',
    meaning:
      'ข้อมูลเบื้องต้นจากแหล่งเดียวหรือจากข่าวรางวัล บอกได้ว่ามีงานนี้อยู่ แต่ยังไม่พอจะบอกว่าทำอย่างไรและได้ผลอย่างไร ควรติดต่อพื้นที่ก่อนนำไปใช้',
  },
];

const byslug = <T extends { slug: string }>(list: readonly T[]) => new Map(list.map((item) => [item.slug, item]));
const areaBySlug = byslug(CORE_AREAS);
const systemBySlug = byslug(WORKING_SYSTEMS);
const lgKindBySlug = byslug(LOCAL_GOVERNMENT_KINDS);
const evidenceBySlug = byslug(EVIDENCE_LEVEL_INFO);

export const coreArea = (slug: CoreAreaSlug): CoreArea => areaBySlug.get(slug)!;
export const workingSystem = (slug: SystemSlug): WorkingSystem => systemBySlug.get(slug)!;
export const localGovernmentKind = (slug: LocalGovernmentType): LocalGovernmentKind => lgKindBySlug.get(slug)!;
export const evidenceLevel = (slug: EvidenceLevel): EvidenceLevelInfo => evidenceBySlug.get(slug)!;
