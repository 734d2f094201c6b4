/**
 * Every field of a schema with the meaning its `.meta(about(…))` gives it (see describe.ts), read
 * through zod's JSON Schema export. The open-data codebook and the coordinators' forms use this, so
 * a field added to a schema shows up there with its own words, and one without them fails a test.
 */
import { z } from 'zod';
import { caseSchema } from './case';
import type { ValueFormat } from './describe';

/** What kind of value a field holds, for a reader (a codebook column, a form control). */
export type ValueKind = 'text' | 'url' | 'email' | 'number' | 'boolean' | 'year' | 'date' | 'object';

export interface FieldDescription {
  /** Where the field sits, lists written as []: `title`, `localGovernment.name`, `places[].tambon`. */
  path: string;
  /** The path of the object field it belongs to; undefined at the top level. */
  parent: string | undefined;
  /** Its own name: `tambon`. */
  key: string;
  en: string;
  th: string;
  /** Whether its object needs it (a required field of an optional object is still required here). */
  required: boolean;
  /** A list of values (`systems`, `places`, `studyVisit.learn`). */
  list: boolean;
  /** The kind of each value. */
  kind: ValueKind;
  /** The accepted values, when the field takes one of a fixed set. */
  values?: readonly string[];
}

/** The part of a JSON Schema node that zod writes for our schemas. */
interface JsonNode {
  type?: string;
  format?: string;
  description?: string;
  th?: string;
  enum?: unknown[];
  properties?: Record<string, JsonNode>;
  required?: string[];
  items?: JsonNode;
  anyOf?: JsonNode[];
}

function kindOf(node: JsonNode, format: string | undefined): ValueKind {
  if (format === 'year' || format === 'date') return format satisfies ValueFormat;
  if (node.type === 'object') return 'object';
  if (node.type === 'number' || node.type === 'integer') return 'number';
  if (node.type === 'boolean') return 'boolean';
  if (node.format === 'uri') return 'url';
  if (node.format === 'email') return 'email';
  return 'text';
}

function collect(node: JsonNode, key: string, parent: string | undefined, required: boolean, out: FieldDescription[]) {
  const list = node.type === 'array';
  const value = list && node.items ? node.items : node;
  const path = parent === undefined ? key : `${parent}.${key}`;
  const field: FieldDescription = {
    path,
    parent,
    key,
    en: node.description ?? '',
    th: node.th ?? '',
    required,
    list,
    kind: kindOf(value, node.format ?? value.format),
  };
  if (value.enum) field.values = value.enum.map(String);
  out.push(field);
  if (value.type === 'object') collectObject(value, list ? `${path}[]` : path, out);
}

function collectObject(node: JsonNode, path: string | undefined, out: FieldDescription[]) {
  const required = new Set(node.required ?? []);
  for (const [key, child] of Object.entries(node.properties ?? {})) collect(child, key, path, required.has(key), out);
}

/** Every field of an object schema, parents before their fields, in the schema's order. */
export function describeFields(schema: z.ZodType): FieldDescription[] {
  // Input side: what a coordinator writes (years and days are transforms, typed by their `format`).
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonNode;
  const out: FieldDescription[] = [];
  collectObject(json, undefined, out);
  return out;
}

let caseFields: FieldDescription[] | undefined;

/** Every field of a case's front matter (computed once). */
export function caseFieldDescriptions(): readonly FieldDescription[] {
  caseFields ??= describeFields(caseSchema);
  return caseFields;
}

/** Field path → its Thai and English description, e.g. `places[].tambon` → { th, en }. */
export function fieldDescriptionMap(fields: readonly FieldDescription[] = caseFieldDescriptions()) {
  return new Map(fields.map((field) => [field.path, { th: field.th, en: field.en }]));
}
