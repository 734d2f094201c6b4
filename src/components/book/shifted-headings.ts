import { jsx } from 'astro/jsx-runtime';

type HeadingProps = Record<string, unknown> & { id?: string };

/**
 * MDX element overrides for a case body inside a book chapter: every heading one level down (the
 * chapter's title is an h2) and its id prefixed, so the many bodies of one book keep unique ids.
 */
export function shiftedHeadings(idPrefix: string) {
  const shift = (level: number) => (props: HeadingProps) =>
    jsx(`h${level + 1}`, { ...props, id: props.id ? `${idPrefix}${props.id}` : undefined });
  return { h2: shift(2), h3: shift(3), h4: shift(4), h5: shift(5) };
}
