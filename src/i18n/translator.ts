/** A translator over one dictionary: a string by key, with {placeholders} filled from `values`. */
export const translator =
  <Key extends string>(dictionary: Readonly<Record<Key, string>>) =>
  (key: Key, values: Record<string, string | number> = {}): string =>
    dictionary[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
