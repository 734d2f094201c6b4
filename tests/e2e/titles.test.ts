import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_TITLE_LENGTH } from '../../src/i18n/page-title';
import { graphemeCount } from '../../src/thai/truncate';
import { loadContentCases } from '../support/content';

const DIST = 'dist';
const ENTITIES: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" };
const decode = (html: string) =>
  html.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) =>
    name.startsWith('#x') || name.startsWith('#X')
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : (ENTITIES[name] ?? whole),
  );
const firstText = (html: string, tag: string) =>
  decode(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`).exec(html)?.[1]?.replace(/<[^>]+>/g, '') ?? '').trim();

const builtPages = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .map((file) => ({ file, html: readFileSync(path.join(DIST, file), 'utf8') }));

describe('page titles in the production build', () => {
  it(`every page has a <title> of at most ${MAX_TITLE_LENGTH} grapheme clusters`, () => {
    expect(builtPages.length).toBeGreaterThan(50);
    const tooLong = builtPages
      .map(({ file, html }) => ({ file, title: firstText(html, 'title') }))
      .filter(({ title }) => title === '' || graphemeCount(title) > MAX_TITLE_LENGTH);
    expect(tooLong).toEqual([]);
  });

  it('a case with a long title keeps the full title in its heading', async () => {
    const cases = await loadContentCases();
    const longest = cases.reduce((a, b) => (graphemeCount(b.data.title) > graphemeCount(a.data.title) ? b : a));
    expect(graphemeCount(longest.data.title)).toBeGreaterThan(MAX_TITLE_LENGTH);
    const html = readFileSync(path.join(DIST, 'cases', longest.slug, 'index.html'), 'utf8');
    expect(firstText(html, 'h1')).toBe(longest.data.title);
    const title = firstText(html, 'title');
    expect(title).toContain('…');
    expect(longest.data.title.startsWith(title.split('…')[0]!)).toBe(true);
  });
});
