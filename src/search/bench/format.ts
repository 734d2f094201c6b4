/** Number and column formatting for the benchmark's tables. */
export const fixed = (value: number, digits = 2) => (Number.isNaN(value) ? '  – ' : value.toFixed(digits));
export const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - [...text].length));
export const padStart = (text: string, width: number) => ' '.repeat(Math.max(0, width - text.length)) + text;
export const kb = (bytes: number | undefined) =>
  bytes === undefined || Number.isNaN(bytes) ? '–' : `${(bytes / 1024).toFixed(0)} KB`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
