/**
 * Each case's chapter is the same in its area's book and in the whole library's book, so the build
 * renders it once: the first book keeps its HTML, the second takes it and lets it go. A 10,000-case
 * library would otherwise render every case three times (its page and two books). Off in the dev
 * server, where a case may change between two requests.
 */
const chapters = new Map<string, string>();

/** The chapter's HTML from the other book, removed from the cache (each chapter is used twice). */
export function takeChapter(id: string): string | undefined {
  if (import.meta.env.DEV) return undefined;
  const html = chapters.get(id);
  chapters.delete(id);
  return html;
}

/** Keeps a chapter's HTML for the other book. */
export function keepChapter(id: string, html: string): void {
  if (!import.meta.env.DEV) chapters.set(id, html);
}
