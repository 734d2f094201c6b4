/**
 * The decentralization tracker's controlled vocabulary: ASCII slugs that stay stable, with Thai names
 * first and English beside them. Schemas, filters, the chart and tests read them from here.
 */

export const ENTRY_KINDS = [
  'constitution',
  'law',
  'regulation',
  'plan',
  'transfer',
  'finance',
  'election',
  'fund',
  'other',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/**
 * `unknown` is for steps whose later fate no source shows (a draft whose enactment was not seen),
 * so the tracker never has to guess between "pending" and "repealed".
 */
export const ENTRY_STATUSES = ['in-force', 'amended', 'repealed', 'done', 'partly-done', 'pending', 'unknown'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

/** Kinds of practice in the case library that a law or regulation lets a local government run. */
export const PRACTICE_KIND_SLUGS = [
  'local-health-fund',
  'long-term-care',
  'elderly-allowance',
  'elderly-school',
  'disability-allowance',
  'youth-council',
  'child-development-centre',
  'community-welfare-fund',
  'waste-management',
  'community-forest',
  'health-charter',
  'alcohol-control',
  'development-plan',
  'public-hearing',
  'ordinance-initiative',
  'public-events',
] as const;
export type PracticeKind = (typeof PRACTICE_KIND_SLUGS)[number];

export interface Term<Slug extends string> {
  slug: Slug;
  th: string;
  en: string;
}

export const ENTRY_KIND_TERMS: readonly Term<EntryKind>[] = [
  { slug: 'constitution', th: 'รัฐธรรมนูญ', en: 'Constitution' },
  { slug: 'law', th: 'กฎหมาย', en: 'Law' },
  { slug: 'regulation', th: 'ระเบียบและประกาศ', en: 'Regulation' },
  { slug: 'plan', th: 'แผนการกระจายอำนาจ', en: 'Plan' },
  { slug: 'transfer', th: 'การถ่ายโอนภารกิจ', en: 'Transfer of functions' },
  { slug: 'finance', th: 'การเงินการคลังท้องถิ่น', en: 'Local finance' },
  { slug: 'election', th: 'การเลือกตั้งท้องถิ่น', en: 'Local election' },
  { slug: 'fund', th: 'กองทุน', en: 'Fund' },
  { slug: 'other', th: 'อื่น ๆ', en: 'Other' },
];

export const ENTRY_STATUS_TERMS: readonly Term<EntryStatus>[] = [
  { slug: 'in-force', th: 'มีผลใช้บังคับ', en: 'In force' },
  { slug: 'amended', th: 'ใช้บังคับ มีการแก้ไขเพิ่มเติม', en: 'In force, amended' },
  { slug: 'repealed', th: 'ยกเลิกหรือสิ้นผลแล้ว', en: 'Repealed or ended' },
  { slug: 'done', th: 'ดำเนินการแล้ว', en: 'Done' },
  { slug: 'partly-done', th: 'ดำเนินการแล้วบางส่วน', en: 'Partly done' },
  { slug: 'pending', th: 'รอดำเนินการ', en: 'Pending' },
  { slug: 'unknown', th: 'ไม่พบข้อมูลสถานะล่าสุด', en: 'Later status not found' },
];

export const PRACTICE_KIND_TERMS: readonly Term<PracticeKind>[] = [
  { slug: 'local-health-fund', th: 'กองทุนหลักประกันสุขภาพระดับท้องถิ่น', en: 'Local health security fund' },
  { slug: 'long-term-care', th: 'การดูแลระยะยาวผู้สูงอายุที่มีภาวะพึ่งพิง', en: 'Long-term care for dependent older people' },
  { slug: 'elderly-allowance', th: 'เบี้ยยังชีพผู้สูงอายุ', en: 'Old-age allowance' },
  { slug: 'elderly-school', th: 'โรงเรียนผู้สูงอายุ', en: 'Schools for older people' },
  { slug: 'disability-allowance', th: 'เบี้ยความพิการ', en: 'Disability allowance' },
  { slug: 'youth-council', th: 'สภาเด็กและเยาวชน', en: 'Children and youth councils' },
  { slug: 'child-development-centre', th: 'ศูนย์พัฒนาเด็กเล็ก', en: 'Child development centres' },
  { slug: 'community-welfare-fund', th: 'กองทุนสวัสดิการชุมชน', en: 'Community welfare funds' },
  { slug: 'waste-management', th: 'การจัดการขยะ', en: 'Waste management' },
  { slug: 'community-forest', th: 'ป่าชุมชน', en: 'Community forests' },
  { slug: 'health-charter', th: 'ธรรมนูญสุขภาพและสมัชชาสุขภาพ', en: 'Health charters and health assemblies' },
  { slug: 'alcohol-control', th: 'การควบคุมเครื่องดื่มแอลกอฮอล์', en: 'Alcohol control' },
  { slug: 'development-plan', th: 'แผนพัฒนาท้องถิ่นและประชาคม', en: 'Local development plans' },
  { slug: 'public-hearing', th: 'การรับฟังความคิดเห็นของประชาชน', en: 'Public hearings' },
  { slug: 'ordinance-initiative', th: 'การเข้าชื่อเสนอข้อบัญญัติท้องถิ่น', en: "Citizens' initiative for local ordinances" },
  { slug: 'public-events', th: 'การจัดงาน กิจกรรมสาธารณะ และกีฬา', en: 'Events, public activities and sport' },
];

/** Words the chart writes into its SVG and table; the page may pass its own. */
export interface ChartLabels {
  fiscalYear: string;
  share: string;
  localRevenue: string;
  governmentRevenue: string;
  line: string;
  computed: string;
  target: string;
}

export const CHART_LABELS: { th: ChartLabels; en: ChartLabels } = {
  th: {
    fiscalYear: 'ปีงบประมาณ',
    share: 'สัดส่วน (ร้อยละ)',
    localRevenue: 'รายได้ อปท. (ล้านบาท)',
    governmentRevenue: 'รายได้รัฐบาล (ล้านบาท)',
    line: 'ชุดข้อมูล',
    computed: 'คำนวณจากรายได้ที่แหล่งข้อมูลให้ไว้',
    target: 'เป้าหมาย',
  },
  en: {
    fiscalYear: 'Fiscal year',
    share: 'Share (%)',
    localRevenue: 'Local revenue (million baht)',
    governmentRevenue: 'Government revenue (million baht)',
    line: 'Series',
    computed: 'computed from the revenue figures the source gives',
    target: 'Target',
  },
};

const termOf = <Slug extends string>(terms: readonly Term<Slug>[], slug: Slug): Term<Slug> => {
  const term = terms.find((candidate) => candidate.slug === slug);
  if (!term) throw new Error(`no term for ${slug}`);
  return term;
};

export const kindTerm = (kind: EntryKind) => termOf(ENTRY_KIND_TERMS, kind);
export const statusTerm = (status: EntryStatus) => termOf(ENTRY_STATUS_TERMS, status);
export const practiceTerm = (practice: PracticeKind) => termOf(PRACTICE_KIND_TERMS, practice);
