/**
 * A case file the way the form editor (Keystatic) reads and writes it, in Node: the same steps as
 * Keystatic's own entry parsing and saving (its field parsers and serialisers, js-yaml's `load` and
 * `dump`, front matter between `---` lines, the MDX body through its editor), so that the case files
 * can be kept in exactly the format a save writes. `npm run format:cases` uses it; a test proves a
 * save through the form itself leaves a file so formatted unchanged.
 */
import type { ComponentSchema } from '@keystatic/core';
import { dump, load } from 'js-yaml';

/** The front-matter key Keystatic turns into the file name (the slug). */
const SLUG_FIELD = 'title';
/** The body (the MDX after the front matter). */
const CONTENT_FIELD = 'body';

type Stored = unknown;
type Schema = ComponentSchema;
type AnyField = {
  kind: string;
  formKind?: string;
  parse: (value: Stored, args?: object) => unknown;
  serialize: (value: unknown, args?: object) => { value: Stored; content?: Uint8Array };
  serializeWithSlug?: (value: unknown) => { value: Stored; slug: string };
  /** Asset fields (images): the file name a stored value points to, and the folder assets go in. */
  filename?: (value: Stored, args: object) => string | undefined;
  directory?: string;
};

/** Reads a file of the project (an image a case points to), by its path from the project root. */
export type ReadAsset = (projectPath: string) => Uint8Array | undefined;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

function parseValue(
  schema: Schema,
  raw: Stored,
  path: readonly (string | number)[],
  parseForm: (field: AnyField, value: Stored, path: readonly (string | number)[]) => unknown,
): unknown {
  const value = raw === null ? undefined : raw;
  if (schema.kind === 'form') return parseForm(schema as unknown as AnyField, value, path);
  if (schema.kind === 'object') {
    const object = value === undefined ? {} : value;
    if (!isPlainObject(object)) throw new Error(`${path.join('.')}: must be an object`);
    for (const key of Object.keys(object))
      if (!(key in schema.fields)) throw new Error(`${path.join('.')}: the form has no field "${key}"`);
    return Object.fromEntries(
      Object.entries(schema.fields).map(([key, field]) => [
        key,
        parseValue(field, object[key], [...path, key], parseForm),
      ]),
    );
  }
  if (schema.kind === 'array') {
    if (value === undefined) return [];
    if (!Array.isArray(value)) throw new Error(`${path.join('.')}: must be a list`);
    return value.map((item, index) => parseValue(schema.element, item, [...path, index], parseForm));
  }
  throw new Error(`${path.join('.')}: field kind ${schema.kind} is not used by the case form`);
}

function serializeValue(
  schema: Schema,
  value: unknown,
  path: readonly (string | number)[],
  slug: string,
  body: { content?: Uint8Array },
): Stored {
  if (schema.kind === 'form') {
    const field = schema as unknown as AnyField;
    if (path.length === 1 && path[0] === SLUG_FIELD) return field.serializeWithSlug!(value).value;
    if (field.formKind === 'content') {
      const out = field.serialize(value, { slug });
      body.content = out.content;
      return out.value;
    }
    // An image is written under the name the form gives it (its field's path); the file itself is
    // already on disk.
    if (field.formKind === 'asset')
      return field.serialize(value, { suggestedFilenamePrefix: path.join('/'), slug }).value;
    return field.serialize(value).value;
  }
  if (schema.kind === 'object') {
    const object = value as Record<string, unknown>;
    const entries = Object.entries(schema.fields).map(
      ([key, field]) => [key, serializeValue(field, object[key], [...path, key], slug, body)] as const,
    );
    return Object.fromEntries(entries.filter(([, item]) => item !== undefined));
  }
  if (schema.kind === 'array') {
    return (value as unknown[]).map((item, index) => {
      const out = serializeValue(schema.element, item, [...path, index], slug, body);
      return out === undefined ? null : out;
    });
  }
  throw new Error(`${path.join('.')}: field kind ${schema.kind} is not used by the case form`);
}

/** Reads a case file as the form does: its state for every field. Throws what the form would refuse. */
export function parseEntry(
  schema: Record<string, Schema>,
  source: string,
  slug: string,
  readAsset: ReadAsset = () => undefined,
): Record<string, unknown> {
  const bytes = encoder.encode(source);
  const match = /^---(?:\r?\n([^]*?))?\r?\n---\r?\n?/.exec(source);
  const loaded = match ? (load(match[1] ?? '') ?? {}) : {};
  const content = match ? bytes.slice(encoder.encode(match[0]).byteLength) : bytes;
  const root = { kind: 'object', fields: schema } as unknown as Schema;
  return parseValue(root, loaded, [], (field, value, path) => {
    if (path.length === 1 && path[0] === SLUG_FIELD) return field.parse(value, { slug });
    if (field.formKind === 'content')
      return field.parse(value, { content, other: new Map(), external: new Map(), slug });
    if (field.formKind === 'asset') {
      const filename = field.filename!(value, { suggestedFilenamePrefix: path.join('/'), slug });
      const asset = filename ? readAsset(`${field.directory}/${slug}/${filename}`) : undefined;
      return field.parse(value, { asset, slug });
    }
    return field.parse(value, undefined);
  }) as Record<string, unknown>;
}

/** Writes a case's state as the form's Save does: the text of its file. */
export function serializeEntry(schema: Record<string, Schema>, state: Record<string, unknown>, slug: string): string {
  const body: { content?: Uint8Array } = {};
  const root = { kind: 'object', fields: schema } as unknown as Schema;
  const frontMatter = serializeValue(root, state, [], slug, body);
  if (!body.content) throw new Error(`the case form has no ${CONTENT_FIELD} field`);
  return `---\n${dump(frontMatter)}---\n${decoder.decode(body.content)}`;
}

/** A case file's text in the form's format: what a save without edits writes. */
export function formatEntry(
  schema: Record<string, Schema>,
  source: string,
  slug: string,
  readAsset?: ReadAsset,
): string {
  return serializeEntry(schema, parseEntry(schema, source, slug, readAsset), slug);
}
