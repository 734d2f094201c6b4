import type { ReactNode } from 'react';

/** Label, help text and the error of a custom field, laid out like Keystatic's own (plain HTML). */
export function FieldFrame(props: { label: string; description: string; error?: string; children: ReactNode }) {
  return (
    <div style={{ display: 'grid', gap: 6 }}>
      <span style={{ fontWeight: 600, fontSize: 14 }}>{props.label}</span>
      <span style={{ fontSize: 13, opacity: 0.75 }}>{props.description}</span>
      {props.children}
      {props.error && (
        <span role="alert" style={{ color: '#b3261e', fontSize: 13 }}>
          {props.error}
        </span>
      )}
    </div>
  );
}

/** The style of the plain inputs and selects inside custom fields. */
export const CONTROL_STYLE = {
  font: 'inherit',
  fontSize: 14,
  padding: '6px 8px',
  border: '1px solid #c4c4c4',
  borderRadius: 6,
  minHeight: 32,
  background: 'inherit',
  color: 'inherit',
} as const;
