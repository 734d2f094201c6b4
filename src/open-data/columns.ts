/**
 * The columns of the CSV file and the codebook: slug and url, then every front-matter field that
 * holds values (an object's fields rather than the object), named by its path without [].
 */
import { caseFieldDescriptions, type FieldDescription, type ValueKind } from '../schemas/fields';
import type { OpenDataRecord, PlainValue } from './record';

/** Between the values of a list in one CSV cell. */
export const LIST_SEPARATOR = ' | ';

export interface DataColumn {
  /** The CSV header: `places.tambon`. */
  name: string;
  /** The field path it comes from: `places[].tambon`. */
  path: string;
  th: string;
  en: string;
  /** What the data files add to the field's own meaning. */
  note?: { th: string; en: string };
  kind: ValueKind;
  /** Several values in one cell: a list, or a field of a list's items. */
  many: boolean;
  values?: readonly string[];
}

/** Columns the data files add to the front matter. */
const RECORD_COLUMNS: readonly DataColumn[] = [
  {
    name: 'slug',
    path: 'slug',
    th: 'รหัสกรณีศึกษา เป็นชื่อไฟล์และส่วนท้ายของที่อยู่เว็บ ไม่ซ้ำกันและไม่เปลี่ยน',
    en: "The case's identifier: its file name and the end of its web address; unique and stable.",
    kind: 'text',
    many: false,
  },
  {
    name: 'url',
    path: 'url',
    th: 'ที่อยู่เว็บของหน้ากรณีศึกษา',
    en: "The case page's web address.",
    kind: 'url',
    many: false,
  },
];

const NOTES: Readonly<Record<string, { th: string; en: string }>> = {
  'places[].code': {
    th: 'ในไฟล์ข้อมูลมีรหัสของทุกพื้นที่ ซึ่งระบบหาจากชื่อพื้นที่ด้วยทะเบียนรหัสพื้นที่ แม้ผู้เขียนไม่ได้ใส่รหัสไว้',
    en: 'In the data files every place has its code, resolved from the names through the gazetteer, even when the author gave none.',
  },
};

const columnName = (path: string) => path.replaceAll('[]', '');

/**
 * Fields the data files leave out: every case in them is published, so its status says nothing;
 * photos are files with their own licences, shown on the case pages.
 */
const LEFT_OUT: ReadonlySet<string> = new Set(['status', 'photos']);

/** Every column, in order. */
export function dataColumns(fields: readonly FieldDescription[] = caseFieldDescriptions()): DataColumn[] {
  const inLists = (field: FieldDescription) => field.list || field.path.includes('[]');
  const fromFields = fields
    .filter(
      (field) => field.kind !== 'object' && !LEFT_OUT.has(field.path) && !LEFT_OUT.has(field.path.split(/[.[]/)[0]!),
    )
    .map((field): DataColumn => {
      const column: DataColumn = {
        name: columnName(field.path),
        path: field.path,
        th: field.th,
        en: field.en,
        kind: field.kind,
        many: inLists(field),
      };
      const note = NOTES[field.path];
      if (note) column.note = note;
      if (field.values) column.values = field.values;
      return column;
    });
  return [...RECORD_COLUMNS, ...fromFields];
}

/** The values a path reaches, one per list item (null where an item lacks the field). */
function valuesAt(value: PlainValue | undefined, segments: readonly string[]): PlainValue[] {
  if (value === undefined || value === null) return [null];
  if (segments.length === 0) return Array.isArray(value) ? value : [value];
  const [head = '', ...rest] = segments;
  const key = head.replace(/\[\]$/, '');
  const next = typeof value === 'object' && !Array.isArray(value) ? value[key] : undefined;
  if (!head.endsWith('[]')) return valuesAt(next, rest);
  return (Array.isArray(next) ? next : []).flatMap((item) => valuesAt(item, rest));
}

const cellText = (value: PlainValue): string =>
  value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);

/** A record's cell in a column: list values joined with LIST_SEPARATOR, in list order. */
export function cellValue(record: OpenDataRecord, column: DataColumn): string {
  const values = valuesAt(record, column.path.split('.'));
  // A list with no items reaches nothing; a missing scalar reaches [null]: both are an empty cell.
  return values.map(cellText).join(LIST_SEPARATOR);
}
