import { customField } from './custom-field';
import { CONTROL_STYLE, FieldFrame } from './field-frame';

type Choice = '' | 'true' | 'false';

/**
 * Yes / no / not given, for a boolean inside an optional group: unlike a checkbox it writes nothing
 * when not given, so an untouched group stays empty (and the schema treats it as absent).
 */
export function booleanChoiceField(args: { label: string; description: string; yes: string; no: string }) {
  return customField<Choice>({
    label: args.label,
    defaultValue: () => '',
    parse: (stored) => (stored === true ? 'true' : stored === false ? 'false' : ''),
    serialize: (value) => (value === '' ? undefined : value === 'true'),
    validate: () => undefined,
    Input: ({ value, onChange }) => (
      <FieldFrame label={args.label} description={args.description}>
        <select
          aria-label={args.label}
          value={value}
          onChange={(event) => onChange(event.target.value as Choice)}
          style={{ ...CONTROL_STYLE, maxWidth: 320 }}
        >
          <option value="">— ไม่ระบุ —</option>
          <option value="true">{args.yes}</option>
          <option value="false">{args.no}</option>
        </select>
      </FieldFrame>
    ),
  });
}
