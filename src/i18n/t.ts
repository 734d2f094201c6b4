import { th, type UiKey } from './th';
import { translator } from './translator';

/** A Thai UI string by key (any of the site's), with {placeholders} filled from `values`. */
export const t: (key: UiKey, values?: Record<string, string | number>) => string = translator(th);
