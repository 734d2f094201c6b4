import type { $ZodIssue } from 'zod/v4/core';
import { fieldGuideFor, fieldLabel } from '../../i18n/case-fields';
import type { LineOf } from './front-matter';
import type { Report } from './problem';

const received = (input: unknown): string => {
  if (input === undefined) return 'ไม่มี / nothing';
  const text = typeof input === 'string' ? `"${input}"` : JSON.stringify(input);
  return text && text.length > 60 ? `${text.slice(0, 57)}…` : (text ?? String(input));
};

/** Turns one schema issue into a Thai and English sentence. */
export function describeIssue(issue: $ZodIssue): { th: string; en: string } {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return { th: 'ยังไม่ได้กรอกช่องที่จำเป็นนี้', en: 'this required field is missing' };
      return {
        th: `ชนิดข้อมูลไม่ถูกต้อง (ได้ ${received(input)})`,
        en: `wrong kind of value: expected ${issue.expected}, got ${received(input)}`,
      };
    case 'invalid_value':
      return {
        th: `ค่า ${received(input)} ไม่อยู่ในรายการที่รับได้`,
        en: `${received(input)} is not an accepted value`,
      };
    case 'too_big':
      if (issue.origin === 'string')
        return {
          th: `ยาวเกินไป: ${String(input ?? '').length} ตัวอักษร (ไม่เกิน ${issue.maximum})`,
          en: `too long: ${String(input ?? '').length} characters (at most ${issue.maximum})`,
        };
      return { th: `มากเกินไป (ไม่เกิน ${issue.maximum})`, en: `too large (at most ${issue.maximum})` };
    case 'too_small':
      if (issue.origin === 'string')
        return {
          th: `สั้นเกินไป: ${String(input ?? '').length} ตัวอักษร (อย่างน้อย ${issue.minimum})`,
          en: `too short: ${String(input ?? '').length} characters (at least ${issue.minimum})`,
        };
      if (issue.origin === 'array')
        return {
          th: `ต้องมีอย่างน้อย ${issue.minimum} รายการ`,
          en: `needs at least ${issue.minimum} item(s)`,
        };
      return { th: `น้อยเกินไป (อย่างน้อย ${issue.minimum})`, en: `too small (at least ${issue.minimum})` };
    case 'invalid_format':
      return { th: `รูปแบบไม่ถูกต้อง (ได้ ${received(input)})`, en: `wrong format (got ${received(input)})` };
    case 'unrecognized_keys':
      return {
        th: `มีช่องที่ระบบไม่รู้จัก: ${issue.keys.join(', ')} (สะกดผิดหรือไม่)`,
        en: `unknown field(s): ${issue.keys.join(', ')} (misspelt?)`,
      };
    case 'custom': {
      const [th, en] = issue.message.split(' / ');
      return { th: th ?? issue.message, en: en ?? issue.message };
    }
    default:
      return { th: 'ค่าไม่ถูกต้อง', en: issue.message };
  }
}

/** Reports each schema issue at its field: its label, its line, what went wrong and what is expected. */
export function reportSchemaIssues(issues: readonly $ZodIssue[], lineOf: LineOf, report: Report): void {
  for (const issue of issues) {
    // An unknown key is reported at the key itself, so the line points at the typo.
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
    report({
      severity: 'error',
      field: fieldLabel(path) || '(ส่วนหัว / front matter)',
      line: lineOf(path),
      ...describeIssue(issue),
      expected: fieldGuideFor(path),
    });
  }
}
