/**
 * The form's labels and help texts, read from the case schema's own descriptions
 * (`.meta(about(en, th))`, via src/schemas/fields.ts) and option names from the case vocabulary,
 * so the form, the schema and content/README.md never disagree. Nothing here is written twice.
 */
import { caseFieldDescriptions, type FieldDescription } from '../schemas/fields';

let byPath: Map<string, FieldDescription> | undefined;

/** A field's Thai label and its help text (where it sits in the file, and the English meaning). */
export function labelOf(path: string): { label: string; description: string } {
  byPath ??= new Map(caseFieldDescriptions().map((field) => [field.path, field]));
  const field = byPath.get(path);
  if (!field) throw new Error(`The case schema has no field ${path} (src/schemas/case.ts)`);
  const required = field.required ? 'ต้องใส่' : 'ไม่บังคับ';
  return { label: field.th, description: `${required} · ในไฟล์: ${field.path} · ${field.en}` };
}

/** Options for a select from a vocabulary list: the Thai name, with the value the file stores. */
export function optionsOf<Slug extends string>(
  items: readonly { slug: Slug; th: string }[],
): { label: string; value: Slug }[] {
  return items.map((item) => ({ label: `${item.th} (${item.slug})`, value: item.slug }));
}
