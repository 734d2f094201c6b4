import { thClient, type ClientUiKey } from './th-client';
import { translator } from './translator';

/** t() for browser scripts: only the strings they use (th-client.ts), so the page does not download the rest. */
export const t: (key: ClientUiKey, values?: Record<string, string | number>) => string = translator(thClient);
