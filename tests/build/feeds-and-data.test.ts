import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xmlErrors } from '../support/xml';

const astro = path.resolve('node_modules/astro/bin/astro.mjs');
const work = mkdtempSync(path.join(tmpdir(), 'feeds-data-'));
const casesDir = path.join(work, 'cases');
const outDir = path.join(work, 'dist');
const SITE = 'https://knowledge.example.test';
/** A summary with what CSV must quote (a comma, double quotes, a line break) and what XML must escape. */
const NASTY_SUMMARY = 'กรณีทดสอบ, มีจุลภาค "คำในเครื่องหมายคำพูด" & <เครื่องหมาย>\nและขึ้นบรรทัดใหม่ในสรุป';
const NASTY_TITLE = 'กรณีทดสอบ "อักขระพิเศษ" & <ป้าย> ตำบลสมมุติ';

afterAll(() => rmSync(work, { recursive: true, force: true }));

let build: ReturnType<typeof spawnSync>;
const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8');

beforeAll(() => {
  for (const name of ['synthetic-elderly-care', 'synthetic-waste-bank', 'synthetic-youth-council'])
    cpSync(`tests/fixtures/cases-valid/${name}.mdx`, path.join(casesDir, `${name}.mdx`));
  const nasty = readFileSync('tests/fixtures/cases-valid/synthetic-elderly-care.mdx', 'utf8')
    .replace(/^title: .*$/m, `title: ${JSON.stringify(NASTY_TITLE)}`)
    .replace(/^summary: .*$/m, `summary: ${JSON.stringify(NASTY_SUMMARY)}`)
    .replace(/^lastReviewed: .*$/m, 'lastReviewed: 2026-10-15');
  writeFileSync(path.join(casesDir, 'synthetic-special-characters.mdx'), nasty);
  build = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], {
    env: { ...process.env, CASES_DIR: casesDir, SITE_URL: SITE },
    encoding: 'utf8',
    timeout: 150_000,
  });
}, 160_000);

describe('a build of four synthetic cases, one with a comma, quotes and a line break in its summary', () => {
  it('succeeds', () => {
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  });

  it('keeps that summary intact through cases.csv, read back by a CSV parser', () => {
    const rows = parse(read('data/cases.csv'), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(4);
    const row = rows.find((candidate) => candidate.slug === 'synthetic-special-characters');
    expect(row?.summary).toBe(NASTY_SUMMARY);
    expect(row?.title).toBe(NASTY_TITLE);
  });

  it('and through cases.json, with addresses on SITE_URL', () => {
    const records = JSON.parse(read('data/cases.json')) as Array<Record<string, unknown>>;
    expect(records).toHaveLength(4);
    const record = records.find((candidate) => candidate.slug === 'synthetic-special-characters');
    expect(record?.summary).toBe(NASTY_SUMMARY);
    expect(record?.url).toBe(`${SITE}/cases/synthetic-special-characters/`);
  });

  it('writes a well-formed feed with the text unchanged, the case reviewed last first', () => {
    const xml = read('feed.xml');
    expect(xmlErrors(xml)).toEqual([]);
    const items = [new XMLParser({ parseTagValue: false }).parse(xml).rss.channel.item].flat();
    expect(items).toHaveLength(4);
    expect(items[0].title).toBe(NASTY_TITLE);
    expect(items[0].description).toContain(NASTY_SUMMARY);
    expect(items[0].link).toBe(`${SITE}/cases/synthetic-special-characters/`);
    expect(items[0].pubDate).toBe('Thu, 15 Oct 2026 00:00:00 +0700');
  });

  it('makes share tags, robots.txt and the sitemap absolute on SITE_URL', () => {
    expect(read('index.html')).toContain(`<meta property="og:image" content="${SITE}/share/site.png">`);
    expect(read('cases/synthetic-waste-bank/index.html')).toContain(
      `<meta property="og:image" content="${SITE}/share/areas/environment.png">`,
    );
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
    expect(read('sitemap-0.xml')).toContain(`<loc>${SITE}/cases/synthetic-special-characters/</loc>`);
  });
});
