import type { FormFieldStoredValue } from '@keystatic/core';
import { yearSchema } from '../../schemas/year';
import { customField } from './custom-field';
import { CONTROL_STYLE, FieldFrame } from './field-frame';

/** A year as written: a number stays a number in the file (2565), words stay words (ไม่ทราบ). */
const stored = (text: string): FormFieldStoredValue => {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^\d{4}$/.test(trimmed) ? Number(trimmed) : trimmed;
};

/** Why a written year is refused, in Thai and English; undefined when it is fine. */
export function yearProblem(text: string, required: boolean): string | undefined {
  const value = stored(text);
  if (value === undefined)
    return required ? 'ต้องใส่ปี (พ.ศ. หรือ ค.ศ.) หรือ ไม่ทราบ / give a year (BE or CE) or ไม่ทราบ' : undefined;
  const result = yearSchema.safeParse(value);
  return result.success ? undefined : result.error.issues.map((issue) => issue.message).join('; ');
}

/**
 * A year field that takes พ.ศ., ค.ศ. or ไม่ทราบ as the schema does (src/schemas/year.ts), keeping
 * what the coordinator wrote; the schema stores it in ค.ศ.
 */
export function yearField(args: { label: string; description: string; required: boolean }) {
  const hint = args.required ? 'เช่น 2562 หรือ ไม่ทราบ' : 'เช่น 2562 (เว้นว่างได้)';
  return customField<string>({
    label: args.label,
    defaultValue: () => '',
    parse: (value) => (value === undefined || value === null ? '' : String(value)),
    serialize: stored,
    validate: (value) => {
      const problem = yearProblem(value, args.required);
      if (problem) throw new Error(problem);
    },
    Input: ({ value, onChange, autoFocus, forceValidation }) => (
      <FieldFrame
        label={args.label}
        description={args.description}
        error={forceValidation ? yearProblem(value, args.required) : undefined}
      >
        <input
          type="text"
          inputMode="text"
          aria-label={args.label}
          placeholder={hint}
          value={value}
          autoFocus={autoFocus}
          onChange={(event) => onChange(event.target.value)}
          style={{ ...CONTROL_STYLE, maxWidth: 240 }}
        />
      </FieldFrame>
    ),
  });
}
