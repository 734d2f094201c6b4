/**
 * One case as an open-data record: every front-matter field (in the schema's order, each present,
 * null or [] when the case leaves it out), with its slug, its address and each place's official code.
 */
import type { CaseData } from '../schemas/case';
import { caseFieldDescriptions, type FieldDescription } from '../schemas/fields';
import { bangkokIsoDate } from '../thai/dates';

export type PlainValue = string | number | boolean | null | PlainValue[] | { [key: string]: PlainValue };
export type PlainObject = { [key: string]: PlainValue };

export interface OpenDataRecord extends PlainObject {
  slug: string;
  url: string;
}

export interface RecordInput {
  /** The case's slug (collection id). */
  id: string;
  data: CaseData;
  /** The code the gazetteer resolved for each of data.places, in order. */
  placeCodes: readonly string[];
}

/** Days (a Date) are written as the calendar day in Bangkok, YYYY-MM-DD. */
function plainScalar(value: unknown): PlainValue {
  if (value instanceof Date) return bangkokIsoDate(value);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return null;
}

function plainField(value: unknown, field: FieldDescription, fields: readonly FieldDescription[]): PlainValue {
  if (field.list) {
    const items = Array.isArray(value) ? value : [];
    return items.map((item: unknown) =>
      field.kind === 'object' ? plainObject(item, `${field.path}[]`, fields) : plainScalar(item),
    );
  }
  if (value === undefined || value === null) return null;
  return field.kind === 'object' ? plainObject(value, field.path, fields) : plainScalar(value);
}

function plainObject(value: unknown, path: string | undefined, fields: readonly FieldDescription[]): PlainObject {
  const source = (value ?? {}) as Record<string, unknown>;
  const out: PlainObject = {};
  for (const field of fields) if (field.parent === path) out[field.key] = plainField(source[field.key], field, fields);
  return out;
}

/** The record of one case; `site` makes its address absolute. */
export function openDataRecord(
  { id, data, placeCodes }: RecordInput,
  site: URL | string,
  fields: readonly FieldDescription[] = caseFieldDescriptions(),
): OpenDataRecord {
  // Every record is published; photos stay on the case pages (see columns.ts).
  const { status: _status, photos: _photos, ...front } = plainObject(data, undefined, fields);
  const places = (front.places as PlainObject[] | undefined) ?? [];
  if (placeCodes.length !== places.length)
    throw new Error(`${id}: ${places.length} places but ${placeCodes.length} codes`);
  front.places = places.map((place, at) => ({ ...place, code: placeCodes[at] ?? null }));
  return { slug: id, url: new URL(`/cases/${id}/`, site).href, ...front };
}
