import {
  CASE_STATUSES,
  CORE_AREA_SLUGS,
  EVIDENCE_LEVELS,
  LOCAL_GOVERNMENT_TYPES,
  SYSTEM_SLUGS,
} from '../cases/vocabulary';
import { SUMMARY_MAX_LENGTH, TITLE_MAX_LENGTH } from '../schemas/case';

/**
 * What each front-matter field expects, in Thai and English, for coordinators' error messages.
 * Keys are field paths with list positions written as [] (e.g. `places[].tambon`).
 */
export interface FieldGuide {
  th: string;
  en: string;
  /** A line the coordinator can copy. */
  example?: string;
}

export const CASE_FIELD_GUIDE: Record<string, FieldGuide> = {
  title: {
    th: `ชื่อกรณีศึกษาภาษาไทย 4–${TITLE_MAX_LENGTH} ตัวอักษร`,
    en: `a Thai title of 4–${TITLE_MAX_LENGTH} characters`,
    example: 'title: การดูแลผู้สูงอายุโดยชุมชน ตำบลดอนแก้ว',
  },
  status: {
    th: `สถานะหนึ่งค่า: ${CASE_STATUSES.join(' | ')} (กรณีใหม่เป็น draft จนผู้ตรวจให้ published)`,
    en: `one status: ${CASE_STATUSES.join(' | ')} (a new case is a draft until a reviewer publishes it)`,
    example: 'status: draft',
  },
  summary: {
    th: `สรุปภาษาไทย 20–${SUMMARY_MAX_LENGTH} ตัวอักษร สำหรับแสดงในผลการค้นหา`,
    en: `a Thai summary of 20–${SUMMARY_MAX_LENGTH} characters for result cards`,
  },
  area: {
    th: `ประเด็นหลักหนึ่งประเด็น: ${CORE_AREA_SLUGS.join(' | ')}`,
    en: `exactly one core area: ${CORE_AREA_SLUGS.join(' | ')}`,
    example: 'area: health',
  },
  systems: {
    th: `รายการระบบงาน เลือกจาก: ${SYSTEM_SLUGS.join(' | ')}`,
    en: `a list of working systems from: ${SYSTEM_SLUGS.join(' | ')}`,
    example: 'systems: [volunteers, health-services]',
  },
  'systems[]': {
    th: `ระบบงานต้องเป็นหนึ่งใน: ${SYSTEM_SLUGS.join(' | ')}`,
    en: `each system must be one of: ${SYSTEM_SLUGS.join(' | ')}`,
  },
  tags: { th: 'รายการคำค้นภาษาไทย', en: 'a list of Thai keywords', example: 'tags: [ผู้สูงอายุ, อาสาสมัคร]' },
  places: {
    th: 'รายการพื้นที่อย่างน้อยหนึ่งแห่ง แต่ละแห่งมี province (จังหวัด) และ district (อำเภอ) tambon (ตำบล) ถ้ามี',
    en: 'a list of at least one place, each with province and, where it applies, district and tambon',
    example: 'places:\n  - { province: เชียงใหม่, district: แม่ริม, tambon: ดอนแก้ว }',
  },
  'places[]': { th: 'พื้นที่หนึ่งแห่ง: province, district, tambon', en: 'one place: province, district, tambon' },
  'places[].province': { th: 'ชื่อจังหวัดภาษาไทย เช่น เชียงใหม่', en: 'the province name in Thai, e.g. เชียงใหม่' },
  'places[].district': { th: 'ชื่ออำเภอ (หรือเขต) ภาษาไทย', en: 'the district (amphoe or khet) name in Thai' },
  'places[].tambon': { th: 'ชื่อตำบล (หรือแขวง) ภาษาไทย', en: 'the tambon (or khwaeng) name in Thai' },
  'places[].code': {
    th: 'รหัสพื้นที่ทางการ 2 หลัก (จังหวัด) 4 หลัก (อำเภอ) หรือ 6 หลัก (ตำบล)',
    en: 'an official code of 2 (province), 4 (district) or 6 (tambon) digits',
    example: "code: '500705'",
  },
  localGovernment: {
    th: 'องค์กรปกครองส่วนท้องถิ่น มี name (ชื่อเต็ม) และ type',
    en: 'the local government, with name and type',
    example: 'localGovernment: { name: องค์การบริหารส่วนตำบลดอนแก้ว, type: sao }',
  },
  'localGovernment.name': { th: 'ชื่อเต็มของ อปท. ภาษาไทย', en: 'the full Thai name of the local government' },
  'localGovernment.type': {
    th: `ประเภท อปท.: ${LOCAL_GOVERNMENT_TYPES.join(' | ')}`,
    en: `local-government type: ${LOCAL_GOVERNMENT_TYPES.join(' | ')}`,
  },
  started: {
    th: 'ปีที่เริ่ม เป็น พ.ศ. หรือ ค.ศ. 4 หลัก (เช่น 2562 หรือ 2019) หรือเขียนว่า ไม่ทราบ',
    en: 'the year it started, 4 digits in BE or CE (e.g. 2562 or 2019), or ไม่ทราบ (unknown)',
    example: 'started: 2562',
  },
  knownSince: {
    th: 'ถ้าไม่ทราบปีที่เริ่ม: ปีแรกที่แหล่งข้อมูลแสดงว่างานนี้ดำเนินอยู่แล้ว เป็น พ.ศ. หรือ ค.ศ. 4 หลัก',
    en: 'when the start year is unknown: the earliest year a source shows the practice running, 4 digits in BE or CE',
    example: 'knownSince: 2562',
  },
  partners: { th: 'รายการภาคี แต่ละรายการมี name และ role', en: 'a list of partners, each with name and role' },
  'partners[].name': { th: 'ชื่อภาคี', en: "the partner's name" },
  'partners[].role': { th: 'บทบาทของภาคี', en: "the partner's role" },
  budget: {
    th: 'งบประมาณ มี amountBaht (ตัวเลข) source และ period',
    en: 'the budget, with amountBaht (a number), source and period',
  },
  'budget.amountBaht': {
    th: 'จำนวนเงินเป็นตัวเลขล้วน ไม่มีจุลภาคหรือคำว่าบาท',
    en: 'a plain number of baht, without commas or the word บาท',
    example: 'amountBaht: 196655',
  },
  'budget.source': { th: 'แหล่งที่มาของเงิน', en: 'where the money came from' },
  'budget.period': { th: 'ช่วงเวลาที่ใช้เงิน', en: 'the period the money covers' },
  outcomes: { th: 'รายการผลลัพธ์ แต่ละรายการมี label และ value', en: 'a list of outcomes, each with label and value' },
  'outcomes[].label': { th: 'สิ่งที่วัดหรือผลที่ได้', en: 'what was measured or achieved' },
  'outcomes[].value': { th: 'ตัวเลขหรือผลตามแหล่งข้อมูล', en: 'the figure as the source gives it' },
  'outcomes[].year': { th: 'ปี พ.ศ. หรือ ค.ศ. 4 หลัก', en: 'a 4-digit year in BE or CE' },
  studyVisit: {
    th: 'ข้อมูลการศึกษาดูงาน มี offered host learn และ groupSize season booking ถ้ามี',
    en: 'study-visit details: offered, host, learn, and optionally groupSize, season, booking',
  },
  'studyVisit.offered': { th: 'true หรือ false', en: 'true or false' },
  'studyVisit.host': { th: 'ผู้ต้อนรับคณะดูงาน', en: 'who hosts visitors' },
  'studyVisit.learn': { th: 'รายการสิ่งที่ผู้มาดูงานจะได้เรียนรู้', en: 'a list of what visitors learn' },
  contact: {
    th: 'ช่องทางติดต่อสำนักงาน (ไม่ใช่เบอร์ส่วนตัว) มี phone email หรือ web อย่างน้อยหนึ่งอย่าง',
    en: "an office's public contact (never a private number): at least one of phone, email, web",
  },
  'contact.phone': { th: 'เบอร์โทรศัพท์สำนักงาน เช่น 053-123456', en: 'an office phone number, e.g. 053-123456' },
  'contact.email': { th: 'อีเมลของสำนักงาน', en: "the office's e-mail address" },
  'contact.web': { th: 'เว็บไซต์ขึ้นต้นด้วย http:// หรือ https://', en: 'a web address starting with http:// or https://' },
  sources: {
    th: 'รายการแหล่งข้อมูลอย่างน้อยหนึ่งรายการ แต่ละรายการมี title และ url',
    en: 'a list of at least one source, each with title and url',
    example: "sources:\n  - title: ชื่อข่าวหรือเอกสาร\n    url: 'https://…'",
  },
  'sources[].title': { th: 'ชื่อแหล่งข้อมูล', en: 'the source title' },
  'sources[].url': {
    th: 'ที่อยู่เว็บเต็ม ขึ้นต้นด้วย http:// หรือ https://',
    en: 'a full web address starting with http:// or https://',
  },
  'sources[].accessed': { th: 'วันที่เปิดดู ปปปป-ดด-วว', en: 'the date accessed, YYYY-MM-DD' },
  evidence: {
    th: `ระดับหลักฐาน: ${EVIDENCE_LEVELS.join(' | ')}`,
    en: `evidence level: ${EVIDENCE_LEVELS.join(' | ')}`,
    example: 'evidence: reported',
  },
  lastReviewed: {
    th: 'วันที่ตรวจทานล่าสุด รูปแบบ ปปปป-ดด-วว เป็น ค.ศ.',
    en: 'the date last reviewed, YYYY-MM-DD (CE)',
    example: 'lastReviewed: 2026-11-24',
  },
  adaptedFrom: {
    th: 'รายการ slug ของกรณีศึกษาที่นำมาปรับใช้ (ชื่อไฟล์ไม่มี .mdx)',
    en: 'a list of slugs of cases this one adapted (file names without .mdx)',
  },
  'adaptedFrom[]': {
    th: 'slug ของกรณีศึกษาที่มีอยู่ (ตัวพิมพ์เล็ก a-z ตัวเลข และขีด)',
    en: 'the slug of an existing case (lower-case a-z, digits and dashes)',
  },
  photos: {
    th: 'รายการภาพ แต่ละภาพมี file, caption, credit และ licence',
    en: 'a list of photos, each with file, caption, credit and licence',
  },
  'photos[].file': {
    th: 'ไฟล์ภาพในโฟลเดอร์ชื่อเดียวกับกรณีศึกษา เช่น ./don-kaeo-elderly-care/volunteers.jpg',
    en: 'the image file in the folder named after the case, e.g. ./don-kaeo-elderly-care/volunteers.jpg',
  },
  'photos[].caption': { th: 'คำบรรยายภาพภาษาไทย', en: 'a Thai caption' },
  'photos[].credit': { th: 'ผู้ถ่ายหรือเจ้าของภาพ', en: 'who took or owns the photo' },
  'photos[].licence': {
    th: 'สัญญาอนุญาตหรือการอนุญาตให้เผยแพร่ภาพ (ต้องมีทุกภาพ)',
    en: 'the licence or permission to publish the photo (every photo needs one)',
    example: 'licence: CC BY 4.0',
  },
  legalBasis: {
    th: 'รายการ slug ของกฎหมาย ระเบียบ หรือกองทุนในตัวติดตามการกระจายอำนาจที่ให้อำนาจทำเรื่องนี้ (ชื่อไฟล์ใน content/decentralization ไม่มี .yaml)',
    en: 'a list of slugs of decentralization-tracker entries (laws, regulations, funds) that allow this practice (file names in content/decentralization without .yaml)',
    example: 'legalBasis: [community-forest-act-2562]',
  },
  'legalBasis[]': {
    th: 'slug ของรายการที่มีอยู่ในตัวติดตามการกระจายอำนาจ เช่น community-forest-act-2562',
    en: 'the slug of an existing tracker entry, e.g. community-forest-act-2562',
  },
  synthetic: { th: 'true เฉพาะกรณีศึกษาจำลองสำหรับทดสอบ', en: 'true only for generated test cases' },
};

/** The guide entry for a concrete path such as ['places', 0, 'tambon']. */
export function fieldGuideFor(path: readonly PropertyKey[]): FieldGuide | undefined {
  const key = fieldKey(path);
  return CASE_FIELD_GUIDE[key] ?? CASE_FIELD_GUIDE[key.replace(/\[\]$/, '')];
}

/** ['places', 0, 'tambon'] → 'places[].tambon' */
export function fieldKey(path: readonly PropertyKey[]): string {
  return path.reduce<string>((key, part) => {
    if (typeof part === 'number') return `${key}[]`;
    return key ? `${key}.${String(part)}` : String(part);
  }, '');
}

/** ['places', 0, 'tambon'] → 'places[0].tambon', as coordinators see it in messages. */
export function fieldLabel(path: readonly PropertyKey[]): string {
  return path.reduce<string>((label, part) => {
    if (typeof part === 'number') return `${label}[${part}]`;
    return label ? `${label}.${String(part)}` : String(part);
  }, '');
}
