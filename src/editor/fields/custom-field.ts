import type { BasicFormField, FormFieldInputProps, FormFieldStoredValue } from '@keystatic/core';
import type { ReactElement } from 'react';

/** What a custom form field needs: how to read and write its stored value, check it and show it. */
// Keystatic's own constraint on a field value (any non-nullish value or null).
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CustomFieldSpec<Value extends {} | null> {
  label: string;
  defaultValue: () => Value;
  parse: (stored: FormFieldStoredValue) => Value;
  /** undefined leaves the key out of the file. */
  serialize: (value: Value) => FormFieldStoredValue;
  /** Throws an Error whose message (Thai / English) the form shows. */
  validate: (value: Value) => void;
  Input: (props: FormFieldInputProps<Value>) => ReactElement | null;
}

/** A Keystatic form field of our own (for shapes its fields cannot express). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export function customField<Value extends {} | null>(spec: CustomFieldSpec<Value>): BasicFormField<Value> {
  return {
    kind: 'form',
    label: spec.label,
    Input: spec.Input,
    defaultValue: spec.defaultValue,
    parse: spec.parse,
    serialize: (value) => ({ value: spec.serialize(value) }),
    validate: (value) => {
      spec.validate(value);
      return value;
    },
    reader: {
      parse: (stored) => {
        const value = spec.parse(stored);
        spec.validate(value);
        return value;
      },
    },
  };
}
