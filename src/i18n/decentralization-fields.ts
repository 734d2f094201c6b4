import { LOCAL_GOVERNMENT_TYPES } from '../cases/vocabulary';
import { ENTRY_KINDS, ENTRY_STATUSES, PRACTICE_KIND_SLUGS } from '../decentralization/vocabulary';
import { ENTRY_CHANGE_MAX_LENGTH, ENTRY_TITLE_MAX_LENGTH } from '../schemas/decentralization';
import { fieldKey, type FieldGuide } from './case-fields';

const DATE_GUIDE: FieldGuide = {
  th: 'ปี ปี-เดือน หรือ ปี-เดือน-วัน เป็น พ.ศ. หรือ ค.ศ. เติม "ราว" ข้างหน้าถ้าแหล่งข้อมูลไม่ให้วันที่แน่นอน',
  en: 'a year, year-month or year-month-day in BE or CE; put "ราว" in front when the sources give no exact date',
  example: 'date: 2542-11-18',
};

const SOURCE_URL_GUIDE: FieldGuide = {
  th: 'ที่อยู่เว็บเต็มที่ขึ้นต้นด้วย http:// หรือ https://',
  en: 'a full web address starting with http:// or https://',
  example: '    url: https://www.odloc.go.th/web/?page_id=2259',
};

/**
 * What each field of the tracker files expects, in Thai and English, for coordinators' error messages.
 * Keys are field paths with list positions written as [] (e.g. `sources[].url`).
 */
export const TRACKER_FIELD_GUIDE: Record<string, FieldGuide> = {
  title: {
    th: `ชื่อรายการภาษาไทย 4–${ENTRY_TITLE_MAX_LENGTH} ตัวอักษร`,
    en: `a Thai title of 4–${ENTRY_TITLE_MAX_LENGTH} characters`,
  },
  kind: {
    th: `ประเภทหนึ่งประเภท: ${ENTRY_KINDS.join(' | ')}`,
    en: `exactly one kind: ${ENTRY_KINDS.join(' | ')}`,
    example: 'kind: law',
  },
  date: DATE_GUIDE,
  until: { ...DATE_GUIDE, example: 'until: 2548' },
  'milestones[].date': { ...DATE_GUIDE, example: '    date: 2542-11-18' },
  'figures[].asOf': { ...DATE_GUIDE, example: '    asOf: 2563-06-05' },
  change: {
    th: `สิ่งที่เปลี่ยนไป เขียนเองเป็นภาษาไทย 20–${ENTRY_CHANGE_MAX_LENGTH} ตัวอักษร`,
    en: `what changed, in Thai in your own words, 20–${ENTRY_CHANGE_MAX_LENGTH} characters`,
  },
  status: {
    th: `สถานะหนึ่งค่า: ${ENTRY_STATUSES.join(' | ')}`,
    en: `exactly one status: ${ENTRY_STATUSES.join(' | ')}`,
    example: 'status: in-force',
  },
  statusChecked: {
    th: 'วันที่ตรวจสถานะกับแหล่งข้อมูลครั้งล่าสุด ปปปป-ดด-วว (ค.ศ.)',
    en: 'the day the status was last checked against the sources, YYYY-MM-DD',
    example: 'statusChecked: 2026-12-02',
  },
  practices: {
    th: `รายการประเภทงานที่กฎหมายนี้รองรับ เลือกจาก: ${PRACTICE_KIND_SLUGS.join(' | ')}`,
    en: `a list of practice kinds from: ${PRACTICE_KIND_SLUGS.join(' | ')}`,
    example: 'practices: [local-health-fund]',
  },
  related: {
    th: 'slug ของรายการอื่นในโฟลเดอร์ content/decentralization (อักษรอังกฤษตัวเล็ก ตัวเลข และขีด)',
    en: 'the slug of another entry in content/decentralization (lower-case a-z, digits and dashes)',
  },
  sources: {
    th: 'แหล่งข้อมูลอย่างน้อยหนึ่งแหล่ง แต่ละแหล่งมี title และ url',
    en: 'at least one source, each with a title and a url',
    example:
      'sources:\n  - title: ความเป็นมาคณะกรรมการการกระจายอำนาจ\n    url: http://www.odloc.go.th/web/?page_id=2259',
  },
  'sources[].url': SOURCE_URL_GUIDE,
  'snapshots[].asOf': { ...DATE_GUIDE, example: '    asOf: 2563-06-05' },
  'snapshots[].counts': {
    th: `จำนวนตามประเภท อปท.: ${LOCAL_GOVERNMENT_TYPES.join(' | ')}`,
    en: `counts by local-government type: ${LOCAL_GOVERNMENT_TYPES.join(' | ')}`,
    example: '    counts:\n      pao: 76\n      sao: 5312',
  },
  'snapshots[].sources[].url': SOURCE_URL_GUIDE,
  'charts[].lines[].points[].fiscalYear': {
    th: 'ปีงบประมาณ เป็น พ.ศ. หรือ ค.ศ.',
    en: 'the fiscal year, in BE or CE',
    example: '      - fiscalYear: 2543',
  },
  'charts[].lines[].sources[].url': SOURCE_URL_GUIDE,
};

/** The guide entry for a concrete path such as ['sources', 0, 'url']. */
export function trackerFieldGuideFor(path: readonly PropertyKey[]): FieldGuide | undefined {
  const key = fieldKey(path);
  return TRACKER_FIELD_GUIDE[key] ?? TRACKER_FIELD_GUIDE[key.replace(/\[\]$/, '')];
}
