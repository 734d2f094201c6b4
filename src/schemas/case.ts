import { z } from 'zod';
import {
  CASE_STATUSES,
  CORE_AREA_SLUGS,
  EVIDENCE_LEVELS,
  LOCAL_GOVERNMENT_TYPES,
  SYSTEM_SLUGS,
} from '../cases/vocabulary';
import { contactSchema } from './contact';
import { about } from './describe';
import { photoSchema } from './photo';
import { placeSchema } from './place';
import { calendarDateSchema } from './review-date';
import { sourceSchema } from './source';
import { studyVisitSchema } from './study-visit';
import { yearSchema } from './year';

// Each field's meaning is in its .meta(about(English, Thai)), not in a JSDoc line: the open-data
// codebook and the forms read it from there (src/schemas/fields.ts), so it is written once.

/** Longest summary that still fits a result card. */
export const SUMMARY_MAX_LENGTH = 300;
export const TITLE_MAX_LENGTH = 120;

/** An ASCII kebab-case slug, the case's file name and URL. */
export const CASE_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The local government (อปท.) that runs or backs the practice. */
export const localGovernmentSchema = z.object({
  name: z
    .string()
    .trim()
    .min(3)
    .meta(about('Its full Thai name, e.g. องค์การบริหารส่วนตำบลดอนแก้ว.', 'ชื่อเต็มของ อปท. เช่น องค์การบริหารส่วนตำบลดอนแก้ว')),
  type: z
    .enum(LOCAL_GOVERNMENT_TYPES)
    .meta(
      about(
        'Its type: sao, subdistrict-municipality, town-municipality, … (see the list of values).',
        'ประเภทของ อปท.',
      ),
    ),
});

/** An organisation that worked with the local government on the practice. */
export const partnerSchema = z.object({
  name: z
    .string()
    .trim()
    .min(2)
    .meta(about("The partner's name in Thai (or as it writes itself).", 'ชื่อภาคี เป็นภาษาไทยหรือตามที่ภาคีเขียนชื่อตนเอง')),
  role: z.string().trim().min(2).meta(about('What the partner did, in a few Thai words.', 'ภาคีทำอะไรในงานนี้ เขียนสั้น ๆ')),
});

/** Money behind the practice, as a source states it. */
export const budgetSchema = z.object({
  amountBaht: z
    .number()
    .nonnegative()
    .meta(
      about(
        'Amount in baht, a plain number (196655, not "196,655 บาท").',
        'จำนวนเงินเป็นบาท ตัวเลขล้วน (196655 ไม่ใช่ 196,655 บาท)',
      ),
    ),
  source: z.string().trim().min(2).meta(about('Where the money came from.', 'เงินมาจากแหล่งใด')),
  period: z
    .string()
    .trim()
    .min(2)
    .meta(about('The period the amount covers, in Thai words.', 'ช่วงเวลาที่จำนวนเงินนี้ครอบคลุม')),
});

/** A result the sources report, with its figure. */
export const outcomeSchema = z.object({
  label: z.string().trim().min(2).meta(about('What was measured or achieved.', 'สิ่งที่วัดหรือผลที่ได้')),
  value: z
    .string()
    .trim()
    .min(1)
    .meta(about('The figure or result as the source gives it.', 'ตัวเลขหรือผลตามที่แหล่งข้อมูลระบุ')),
  year: yearSchema
    .optional()
    .meta(
      about(
        'The year the figure refers to, written in พ.ศ. or ค.ศ., stored in ค.ศ.',
        'ปีที่ตัวเลขนี้อ้างถึง เขียนเป็น พ.ศ. หรือ ค.ศ. ก็ได้ เก็บเป็น ค.ศ.',
      ),
    ),
});

/** The front matter of a case file, content/cases/<slug>.mdx. */
export const caseSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(4)
      .max(TITLE_MAX_LENGTH)
      .meta(about("The case's name in Thai, as readers would search for it.", 'ชื่อกรณีศึกษาภาษาไทย ตามที่ผู้อ่านจะใช้ค้นหา')),
    status: z
      .enum(CASE_STATUSES)
      .meta(
        about(
          'Where the case is in the workflow: draft (being written), review (waiting for a reviewer) or published. Only published cases are built for readers.',
          'สถานะของกรณีศึกษา: draft = ร่าง, review = รอตรวจ, published = เผยแพร่ เว็บจริงแสดงเฉพาะกรณีที่เป็น published',
        ),
      ),
    summary: z
      .string()
      .trim()
      .min(20)
      .max(SUMMARY_MAX_LENGTH)
      .meta(
        about(
          'One or two Thai sentences for result cards: what was done, where, with what result.',
          'สรุปหนึ่งถึงสองประโยค: ทำอะไร ที่ไหน ได้ผลอย่างไร ใช้แสดงในรายการและผลการค้นหา',
        ),
      ),
    area: z.enum(CORE_AREA_SLUGS).meta(about('Exactly one of the five core areas.', 'ประเด็นหลักหนึ่งในห้าประเด็น')),
    systems: z
      .array(z.enum(SYSTEM_SLUGS))
      .default([])
      .meta(about('Any of the eleven working systems.', 'ระบบงานของตำบลสุขภาวะที่งานนี้ใช้ เลือกได้หลายระบบจากสิบเอ็ดระบบ')),
    tags: z
      .array(z.string().trim().min(1))
      .default([])
      .meta(about('Free Thai keywords readers may search for.', 'คำสำคัญภาษาไทยที่ผู้อ่านอาจใช้ค้นหา')),
    places: z
      .array(placeSchema)
      .min(1)
      .meta(
        about(
          'Where the practice happened: one or more tambons, districts or provinces.',
          'พื้นที่ที่ทำงานนี้ เป็นตำบล อำเภอ หรือจังหวัด หนึ่งแห่งหรือมากกว่า',
        ),
      ),
    localGovernment: localGovernmentSchema.meta(
      about('The local government that runs or backs the practice.', 'องค์กรปกครองส่วนท้องถิ่น (อปท.) ที่ทำหรือหนุนงานนี้'),
    ),
    started: yearSchema.meta(
      about(
        'Year the practice started, in พ.ศ. or ค.ศ., or `ไม่ทราบ` when no source gives it. Stored in ค.ศ. (empty when unknown).',
        'ปีที่เริ่มงาน เขียนเป็น พ.ศ. หรือ ค.ศ. หรือ ไม่ทราบ เมื่อไม่มีแหล่งข้อมูลระบุ เก็บเป็น ค.ศ. (ว่างเมื่อไม่ทราบ)',
      ),
    ),
    knownSince: yearSchema
      .optional()
      .meta(
        about(
          'When the start year is unknown: the earliest year a source shows the practice already running.',
          'เมื่อไม่ทราบปีที่เริ่ม: ปีแรกที่แหล่งข้อมูลแสดงว่างานนี้ดำเนินอยู่แล้ว',
        ),
      ),
    partners: z
      .array(partnerSchema)
      .default([])
      .meta(about('Organisations that worked on it, each with its role.', 'ภาคีที่ร่วมทำงาน แต่ละรายมีชื่อและบทบาท')),
    budget: budgetSchema
      .optional()
      .meta(about('Money behind it, when a source states it.', 'งบประมาณของงาน เมื่อแหล่งข้อมูลระบุ')),
    outcomes: z
      .array(outcomeSchema)
      .optional()
      .meta(about('Results with figures, when sources report them.', 'ผลลัพธ์ที่มีตัวเลข เมื่อแหล่งข้อมูลรายงาน')),
    studyVisit: studyVisitSchema
      .optional()
      .meta(
        about('Study-visit details when the place is a learning site (จุดเรียนรู้).', 'ข้อมูลการศึกษาดูงาน เมื่อพื้นที่เป็นจุดเรียนรู้'),
      ),
    contact: contactSchema
      .optional()
      .meta(about("The office's public contact.", 'ช่องทางติดต่อสาธารณะของสำนักงาน (ไม่ใช่เบอร์ส่วนตัว)')),
    sources: z
      .array(sourceSchema)
      .min(1)
      .meta(
        about('Published sources for the facts; at least one.', 'แหล่งข้อมูลที่เผยแพร่แล้วซึ่งข้อเท็จจริงมาจาก อย่างน้อยหนึ่งแหล่ง'),
      ),
    evidence: z
      .enum(EVIDENCE_LEVELS)
      .meta(
        about(
          'How well the facts are established: verified, reported or snapshot.',
          'ระดับหลักฐาน บอกว่าข้อเท็จจริงหนักแน่นเพียงใด',
        ),
      ),
    lastReviewed: calendarDateSchema.meta(
      about(
        'The day a coordinator last checked the case against its sources, YYYY-MM-DD.',
        'วันที่ผู้ประสานงานตรวจทานกรณีศึกษากับแหล่งข้อมูลครั้งล่าสุด (ปปปป-ดด-วว เป็น ค.ศ.)',
      ),
    ),
    adaptedFrom: z
      .array(z.string().regex(CASE_SLUG_PATTERN))
      .optional()
      .meta(about('Slugs of cases this one copied or adapted.', 'slug ของกรณีศึกษาที่งานนี้นำมาปรับใช้')),
    legalBasis: z
      .array(z.string().regex(CASE_SLUG_PATTERN))
      .optional()
      .meta(
        about(
          'Slugs of decentralization-tracker entries (laws, regulations, funds) that let a local government do this.',
          'slug ของรายการในตัวติดตามการกระจายอำนาจ (กฎหมาย ระเบียบ กองทุน) ที่ให้อำนาจท้องถิ่นทำงานนี้',
        ),
      ),
    photos: z
      .array(photoSchema)
      .optional()
      .meta(
        about(
          'Photos of the practice, each with a Thai caption, a credit and a licence (all required).',
          'ภาพของงาน แต่ละภาพต้องมีคำบรรยายภาษาไทย ผู้ถ่ายหรือเจ้าของภาพ และสัญญาอนุญาต',
        ),
      ),
    synthetic: z
      .boolean()
      .optional()
      .meta(
        about(
          'true only for generated benchmark and test cases, which are never published with real ones.',
          'true เฉพาะกรณีศึกษาจำลองสำหรับทดสอบ ซึ่งไม่เผยแพร่ร่วมกับกรณีศึกษาจริง',
        ),
      ),
  })
  .strict();

export type CaseInput = z.input<typeof caseSchema>;
/**
 * A case's data. A photo's file is the path as written for the validator and an image's metadata
 * in the content collection (astro:assets), so code shared by both leaves it unknown.
 */
export type CaseData = Omit<z.output<typeof caseSchema>, 'photos'> & {
  photos?: Array<Omit<NonNullable<z.output<typeof caseSchema>['photos']>[number], 'file'> & { file: unknown }>;
};

/** An empty list, or a group whose every field is empty (the form writes `studyVisit: { learn: [] }`). */
const isEmptyGroup = (value: unknown): boolean =>
  (Array.isArray(value) && value.length === 0) ||
  (value !== null &&
    typeof value === 'object' &&
    !(value instanceof Date) &&
    !Array.isArray(value) &&
    Object.values(value).every(isEmptyGroup));

/**
 * The form editor writes an untouched optional group as `{}` (`contact: {}`) and an empty list as
 * `[]` (a group holding only empty lists too): all mean the field is absent. Top-level fields only.
 */
export function dropEmptyFields(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  return Object.fromEntries(Object.entries(raw).filter(([, value]) => !isEmptyGroup(value)));
}

/** A case file's front matter as read from disk: empty groups and lists dropped, then the case schema. */
export const caseFileSchema = z.preprocess(dropEmptyFields, caseSchema);
