/**
 * The text of a new case file: front matter filled from the author's answers, optional fields as
 * commented-out examples, and the lessons-learned headings with short guidance as MDX comments.
 * Pure: `npm run new` writes it, /templates/case-template.mdx serves the blank one.
 */
import { stringify } from 'yaml';
import { CASE_FIELD_GUIDE, type FieldGuide } from '../i18n/case-fields';
import { caseSchema, type CaseInput } from '../schemas/case';
import { UNKNOWN_YEAR_WORDS } from '../schemas/year';
import { LESSON_SECTIONS, OPEN_QUESTIONS_SECTION, type AuthorComponent } from './mdx-rules';
import { bangkokIsoDate } from '../thai/dates';
import { EVIDENCE_LEVEL_INFO } from './vocabulary';
import { readYear, toBuddhistYear } from '../thai/years';

/** Marks every text the author must replace. */
export const PLACEHOLDER_MARK = '(แก้ข้อความนี้)';

/** The summary written when the author gave none: valid for the schema, plainly a placeholder. */
export const SUMMARY_PLACEHOLDER = `สรุปสั้น ๆ ว่าทำอะไร ที่ไหน ได้ผลอย่างไร ${PLACEHOLDER_MARK}`;

/** What `npm run new` asks for. Field types come from the case schema. */
export type CaseTemplateAnswers = Pick<CaseInput, 'title' | 'area' | 'places' | 'localGovernment'> & {
  systems?: CaseInput['systems'];
  /** As typed: 2562, "ค.ศ. 2019", "๒๕๖๒" or ไม่ทราบ. */
  started: number | string;
  /** The first published source. */
  source: { title: string; url: string };
  summary?: string | undefined;
};

export interface CaseTemplateOptions {
  /** The day written as lastReviewed; defaults to now (in Bangkok). */
  today?: Date;
  /** The case's slug, for the example image path. */
  slug?: string;
  /** The blank download: adds a note that every placeholder must be replaced. */
  blank?: boolean;
  /**
   * Headings only, no MDX comments: for a file the form editor must open (it cannot read MDX comments).
   * `npm run new` writes this, in the form's format.
   */
  plain?: boolean;
}

export type SectionHeading = (typeof LESSON_SECTIONS)[number] | typeof OPEN_QUESTIONS_SECTION;

/** What to write under each body heading, shown in the template and on /contribute/. */
export const SECTION_GUIDANCE: Readonly<Record<SectionHeading, string>> = {
  ความเป็นมา: 'พื้นที่เป็นอย่างไร ปัญหาหรือความต้องการที่ทำให้เริ่มงานนี้คืออะไร ใครเป็นคนริเริ่ม และเริ่มเมื่อไร (ถ้าแหล่งข้อมูลบอก)',
  สิ่งที่ทำ: 'ทำอะไร ทำอย่างไร ใครทำบ้าง ใช้เงินหรือทรัพยากรจากไหน เขียนเป็นข้อ ๆ หรือเป็นขั้นตอนก็ได้',
  ผลลัพธ์: 'เกิดอะไรขึ้นกับชุมชน มีตัวเลขอะไรบ้าง บอกปีและที่มาของตัวเลข ตัวเลขสำคัญให้ใส่ใน outcomes ด้วย',
  ปัจจัยความสำเร็จและบทเรียน: 'อะไรทำให้งานสำเร็จ เจออุปสรรคอะไร และพื้นที่แก้อย่างไร',
  การนำไปใช้ที่อื่น: 'ถ้าท้องถิ่นอื่นอยากทำบ้าง ควรเริ่มอย่างไร ต้องมีอะไรพร้อม ติดต่อใคร แยกคำแนะนำของผู้เขียนออกจากสิ่งที่พื้นที่บอกไว้',
  ข้อที่ยังไม่ทราบ: 'สิ่งที่แหล่งข้อมูลยังไม่บอก เช่น ปีที่เริ่ม งบประมาณ หรือตัวเลขผลลัพธ์ เขียนไว้ตรง ๆ ดีกว่าเดา',
};

/** Example values for the optional fields, shown commented out; each parses with the schema. */
export const OPTIONAL_FIELD_EXAMPLES: Readonly<Partial<Record<keyof CaseInput, unknown>>> = {
  tags: ['ผู้สูงอายุ', 'อาสาสมัคร'],
  knownSince: 2562,
  partners: [{ name: 'โรงพยาบาลส่งเสริมสุขภาพตำบล', role: 'ร่วมเยี่ยมบ้านและให้ความรู้' }],
  budget: { amountBaht: 50000, source: 'กองทุนหลักประกันสุขภาพระดับท้องถิ่น (กปท.)', period: 'ปีงบประมาณ 2566' },
  outcomes: [{ label: 'ผู้สูงอายุติดบ้านติดเตียงที่ได้รับการเยี่ยมบ้าน', value: '35 คน', year: 2566 }],
  studyVisit: {
    offered: true,
    host: 'ศูนย์เรียนรู้ของตำบล',
    learn: ['การตั้งกลุ่มอาสาสมัคร', 'การใช้เงินกองทุนร่วมกับชุมชน'],
    booking: 'ติดต่อสำนักปลัดล่วงหน้าอย่างน้อย 2 สัปดาห์',
  },
  contact: { office: 'สำนักปลัด', phone: '053-123456' },
  adaptedFrom: ['don-kaeo-elderly-care'],
  legalBasis: ['national-health-security-act-2545'],
  photos: [
    {
      file: './don-kaeo-elderly-care/volunteers.jpg',
      caption: 'อาสาสมัครเยี่ยมบ้านผู้สูงอายุ',
      credit: 'อบต.ดอนแก้ว',
      licence: 'CC BY 4.0',
    },
  ],
};

/** Guidance beyond the field guide's one line, where a coordinator is likely to go wrong. */
const EXTRA_GUIDANCE: Readonly<Partial<Record<keyof CaseInput, string>>> = {
  summary: 'เขียน 1–2 ประโยค ว่าทำอะไร ที่ไหน ได้ผลอย่างไร',
  places: 'ใช้ชื่อทางการ ถ้างานครอบคลุมทั้งอำเภอ ไม่ต้องใส่ tambon',
  started: 'ถ้าแหล่งข้อมูลไม่บอก ให้เขียน ไม่ทราบ ห้ามเดาปี',
  knownSince: 'ใช้เมื่อ started เป็น ไม่ทราบ ใส่เฉพาะปีที่แหล่งข้อมูลแสดงไว้',
  contact: 'ห้ามใส่เบอร์โทรศัพท์ส่วนตัว',
  sources: 'เพิ่มได้หลายรายการ และใส่ accessed: ปปปป-ดด-วว (วันที่เปิดดู) ได้',
  evidence: EVIDENCE_LEVEL_INFO.map((level) => `${level.slug} = ${level.th}`).join(', '),
  lastReviewed: 'เปลี่ยนเป็นวันนั้นทุกครั้งที่ตรวจข้อมูลกับแหล่งข้อมูล',
  adaptedFrom: 'ใส่เมื่อพื้นที่นี้นำกรณีศึกษาที่มีอยู่แล้วในคลังไปปรับใช้',
  photos: 'เพิ่มภาพผ่านแบบฟอร์ม (npm run dev แล้วเปิด /keystatic) ทุกภาพต้องมีสัญญาอนุญาต (licence) ภาพที่ไม่มีจะไม่ผ่านการตรวจ',
  legalBasis: 'ใส่เฉพาะกฎหมาย ระเบียบ หรือกองทุนที่มีในหน้า /decentralization/ แล้ว ระบบตรวจว่ามีรายการนั้นจริง',
};

/** Fields only generated test data uses; never shown to authors. */
const HIDDEN_FIELDS: ReadonlySet<string> = new Set(['synthetic']);

type CaseField = keyof CaseInput & string;

/** One front-matter field as authors see it: for the guide table on /contribute/. */
export interface CaseFieldRow {
  key: CaseField;
  required: boolean;
  guide: FieldGuide;
  /** Extra advice, Thai. */
  note?: string;
  /** A YAML line (or lines) the author can copy. */
  example: string;
}

const schemaFields = (): CaseField[] =>
  (Object.keys(caseSchema.shape) as CaseField[]).filter((key) => !HIDDEN_FIELDS.has(key));

/** A field is required when the schema refuses it missing. */
const isRequired = (key: CaseField): boolean => !caseSchema.shape[key].safeParse(undefined).success;

const yamlOf = (value: Record<string, unknown>): string => stringify(value, { lineWidth: 0 }).trimEnd();

/** Placeholder answers for the blank template: valid for the schema, every one plainly to be replaced. */
export const BLANK_ANSWERS: CaseTemplateAnswers = {
  title: `ชื่อกรณีศึกษา ${PLACEHOLDER_MARK}`,
  area: 'health',
  systems: [],
  places: [{ province: 'ชื่อจังหวัด', district: 'ชื่ออำเภอ', tambon: 'ชื่อตำบล' }],
  localGovernment: { name: `ชื่อเต็มของ อปท. ${PLACEHOLDER_MARK}`, type: 'sao' },
  started: 'ไม่ทราบ',
  source: {
    title: `ชื่อข่าว รายงาน หรือเอกสาร ${PLACEHOLDER_MARK}`,
    url: 'https://example.org/replace-with-the-source-address',
  },
};

/** The example values of every front-matter field, for the guide table. */
const EXAMPLE_VALUES: Readonly<Partial<Record<CaseField, unknown>>> = {
  title: 'การดูแลผู้สูงอายุโดยชุมชน ตำบลดอนแก้ว',
  status: 'draft',
  summary: 'อบต.ดอนแก้ว จ.เชียงใหม่ ร่วมกับอาสาสมัครในหมู่บ้านดูแลผู้สูงอายุติดบ้านติดเตียงที่บ้าน',
  area: 'health',
  systems: ['volunteers', 'health-services'],
  places: [{ province: 'เชียงใหม่', district: 'แม่ริม', tambon: 'ดอนแก้ว' }],
  localGovernment: { name: 'องค์การบริหารส่วนตำบลดอนแก้ว', type: 'sao' },
  started: 2562,
  sources: [{ title: 'ชื่อข่าวหรือเอกสาร', url: 'https://www.example.go.th/news/123' }],
  evidence: 'reported',
  lastReviewed: '2026-11-24',
  ...OPTIONAL_FIELD_EXAMPLES,
};

/** Every front-matter field in schema order, with its guide, whether it is required and an example. */
export function caseFieldRows(): CaseFieldRow[] {
  return schemaFields().map((key) => {
    const guide = CASE_FIELD_GUIDE[key] ?? { th: key, en: key };
    const note = EXTRA_GUIDANCE[key];
    return {
      key,
      required: isRequired(key),
      guide,
      ...(note ? { note } : {}),
      example: yamlOf({ [key]: EXAMPLE_VALUES[key] }),
    };
  });
}

/** The start year as the author wrote it (พ.ศ. stays พ.ศ.), or ไม่ทราบ. */
function startedValue(started: number | string): number | string {
  if (typeof started === 'string' && (UNKNOWN_YEAR_WORDS as readonly string[]).includes(started.trim()))
    return 'ไม่ทราบ';
  const reading = readYear(started);
  if (!reading.ok) return started; // left for the validator to explain
  return reading.era === 'BE' ? toBuddhistYear(reading.ce) : reading.ce;
}

const comment = (text: string): string => `# ${text}`;
const commentedOut = (yaml: string): string =>
  yaml
    .split('\n')
    .map((line) => `# ${line}`)
    .join('\n');

function frontMatter(answers: CaseTemplateAnswers, options: CaseTemplateOptions): string {
  const summary = answers.summary?.trim() ? answers.summary.trim() : SUMMARY_PLACEHOLDER;
  const values: Partial<Record<CaseField, unknown>> = {
    title: answers.title.trim(),
    status: 'draft',
    summary,
    area: answers.area,
    systems: answers.systems ?? [],
    places: answers.places.map((place) =>
      Object.fromEntries(Object.entries(place).filter(([, value]) => value !== undefined && value !== '')),
    ),
    localGovernment: { name: answers.localGovernment.name.trim(), type: answers.localGovernment.type },
    started: startedValue(answers.started),
    sources: [{ title: answers.source.title.trim(), url: answers.source.url.trim() }],
    evidence: 'snapshot',
    lastReviewed: bangkokIsoDate(options.today ?? new Date()),
  };
  const lines: string[] = [];
  if (options.blank)
    lines.push(
      comment(`แม่แบบเปล่า: ต้องแทนทุกข้อความที่มีคำว่า ${PLACEHOLDER_MARK} ชื่อพื้นที่ตัวอย่าง และที่อยู่ example.org ด้วยข้อมูลจริง`),
      comment('แล้วบันทึกเป็น content/cases/<slug>.mdx (slug คือชื่อไฟล์ภาษาอังกฤษตัวเล็ก เช่น don-kaeo-health)'),
    );
  lines.push(
    comment('ส่วนหัวนี้ (ระหว่างเส้นขีดบนและล่าง) คือข้อมูลของกรณีศึกษา คำอธิบายทุกช่องอยู่ใน content/README.md'),
    comment('บรรทัดที่ขึ้นต้นด้วย # เป็นคำแนะนำ ระบบไม่อ่าน ช่องที่ไม่บังคับ: ลบ # หน้าบรรทัดตัวอย่างออกแล้วแก้ค่า'),
  );
  for (const key of schemaFields()) {
    const guide = CASE_FIELD_GUIDE[key];
    const advice = [guide?.th, EXTRA_GUIDANCE[key]].filter(Boolean).join(' — ');
    if (key in values) {
      if (advice) lines.push(comment(advice));
      lines.push(yamlOf({ [key]: values[key] }));
    } else if (key in OPTIONAL_FIELD_EXAMPLES) {
      lines.push(comment(`(ไม่บังคับ) ${advice}`), commentedOut(yamlOf({ [key]: OPTIONAL_FIELD_EXAMPLES[key] })));
    }
  }
  return lines.join('\n');
}

/** An MDX comment: guidance the page never shows. The text must not contain the comment's closing mark. */
const mdxComment = (text: string): string => `{/* ${text} */}`;

/** One short, valid example of each author component, for the template and /contribute/. */
export function componentExamples(slug?: string): { name: AuthorComponent; example: string }[] {
  return [
    { name: 'KeyFigure', example: '<KeyFigure value="35 คน" label="ผู้สูงอายุที่ได้รับการเยี่ยมบ้าน" note="ปี 2566" />' },
    { name: 'Quote', example: '<Quote by="ประธานชมรมผู้สูงอายุ" source="ชื่อแหล่งข้อมูล">คำพูดที่ยกมาจากแหล่งข้อมูล</Quote>' },
    {
      name: 'Steps',
      example: [
        '<Steps>',
        '  <Step title="ตั้งคณะทำงาน">ใครมาร่วม และตกลงอะไรกัน</Step>',
        '  <Step title="สำรวจข้อมูล">สำรวจอะไร โดยใคร</Step>',
        '</Steps>',
      ].join('\n'),
    },
    {
      name: 'Figure',
      example: `<Figure src="/images/cases/${slug ?? 'case'}-1.jpg" alt="บรรยายว่าในภาพมีอะไร สำหรับผู้ที่มองไม่เห็นภาพ" caption="คำอธิบายใต้ภาพ" credit="เจ้าของภาพ" />`,
    },
  ];
}

function componentComment(slug: string | undefined): string {
  return [
    '{/*',
    'ตัวอย่างส่วนประกอบที่ใช้ได้โดยไม่ต้อง import: คัดลอกบรรทัดที่ต้องการไปวางนอกกรอบความเห็นนี้ แล้วแก้ข้อความ',
    ...componentExamples(slug).flatMap(({ example }) => ['', example]),
    '*/}',
  ].join('\n');
}

function body(options: CaseTemplateOptions): string {
  if (options.plain) return [...LESSON_SECTIONS, OPEN_QUESTIONS_SECTION].map((heading) => `## ${heading}`).join('\n\n');
  const parts = [
    mdxComment(
      'เนื้อหาเขียนเป็น Markdown ข้อความในกรอบความเห็นแบบนี้ไม่แสดงบนเว็บ ลบได้เมื่อเขียนเสร็จ ' +
        'ใช้หัวข้อ ## ตามแบบถอดบทเรียนด้านล่าง (อย่าใช้ # ตัวเดียว) และเขียนเฉพาะสิ่งที่แหล่งข้อมูลบอก',
    ),
  ];
  const headings: SectionHeading[] = [...LESSON_SECTIONS, OPEN_QUESTIONS_SECTION];
  for (const heading of headings) {
    parts.push(`## ${heading}`, mdxComment(SECTION_GUIDANCE[heading]));
    if (heading === 'สิ่งที่ทำ') parts.push(componentComment(options.slug));
  }
  return parts.join('\n\n');
}

/** The MDX text of a new case file. */
export function caseTemplate(answers: CaseTemplateAnswers, options: CaseTemplateOptions = {}): string {
  return `---\n${frontMatter(answers, options)}\n---\n\n${body(options)}\n`;
}
