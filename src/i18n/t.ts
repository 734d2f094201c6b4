import { th, type UiKey } from './th';

/** A Thai UI string by key, with {placeholders} filled from `values`. */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  return th[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
