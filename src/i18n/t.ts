import { fillTemplate } from './fill';
import { th, type UiKey } from './th';

/** A Thai UI string by key, with {placeholders} filled from `values`. */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  return fillTemplate(th[key], values);
}
