/**
 * What a front-matter field means, in English and Thai, attached to the field with zod's `.meta()`.
 * This is the one place a field's meaning is written: the open-data codebook, the coordinators'
 * forms and the JSON Schema export all read it from the schema (see fields.ts).
 */

/** How a value is written when its zod type alone does not say (years and days go through transforms). */
export type ValueFormat = 'year' | 'date';

export interface FieldMeta {
  /** The English description (JSON Schema's own keyword). */
  description: string;
  /** The same in Thai, for Thai pages and forms. */
  th: string;
  format?: ValueFormat;
  /** Zod's metadata is an open record. */
  [key: string]: unknown;
}

/** A field's meaning, for `.meta()`: `title: z.string().meta(about('The name…', 'ชื่อ…'))`. */
export const about = (en: string, th: string, format?: ValueFormat): FieldMeta =>
  format ? { description: en, th, format } : { description: en, th };
