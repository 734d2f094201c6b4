import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { ParsedCase } from '../../src/cases/validate/index';
import { dataColumns } from '../../src/open-data/columns';
import { caseSchema } from '../../src/schemas/case';
import { axeViolations, launchBrowser, openPage } from '../support/browser';
import { loadContentCases } from '../support/content';

const baseUrl = inject('baseUrl');
let cases: ParsedCase[];
beforeAll(async () => {
  cases = await loadContentCases();
});

async function fetchOk(path: string, type: string) {
  const response = await fetch(new URL(path, baseUrl));
  expect(response.status, path).toBe(200);
  expect(response.headers.get('content-type') ?? '', path).toContain(type);
  return response;
}

describe('open data files', () => {
  it('cases.json has one record per case with every front-matter field (but status and photos), slug, URL and place codes', async () => {
    const records = (await (await fetchOk('/data/cases.json', 'application/json')).json()) as Array<
      Record<string, unknown>
    >;
    expect(records).toHaveLength(cases.length);
    expect(records.map((record) => record.slug).sort()).toEqual(cases.map((entry) => entry.slug).sort());
    const bySlug = new Map(cases.map((entry) => [entry.slug, entry]));
    for (const record of records) {
      // Every record is published (status says nothing); photos stay on the case pages.
      const fields = Object.keys(caseSchema.shape).filter((key) => key !== 'status' && key !== 'photos');
      expect(Object.keys(record)).toEqual(['slug', 'url', ...fields]);
      const entry = bySlug.get(String(record.slug))!;
      expect(record.title).toBe(entry.data.title);
      expect(record.summary).toBe(entry.data.summary);
      expect(new URL(String(record.url)).pathname).toBe(`/cases/${entry.slug}/`);
      const places = record.places as Array<{ code: unknown }>;
      expect(places).toHaveLength(entry.data.places.length);
      for (const place of places) expect(String(place.code)).toMatch(/^(\d{2}|\d{4}|\d{6})$/);
    }
  });

  it('cases.csv starts with a BOM and parses with a CSV parser into one row per case', async () => {
    const bytes = new Uint8Array(await (await fetchOk('/data/cases.csv', 'text/csv')).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    const [header] = parse(text, { bom: true, to_line: 1 }) as string[][];
    expect(header).toEqual(dataColumns().map((column) => column.name));
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(cases.length);
    const bySlug = new Map(cases.map((entry) => [entry.slug, entry]));
    for (const row of rows) {
      const entry = bySlug.get(row.slug ?? '');
      expect(entry, `row ${row.slug}`).toBeDefined();
      expect(row.title).toBe(entry!.data.title);
      expect(row.summary).toBe(entry!.data.summary);
      expect(row['places.code']?.split(' | ')).toHaveLength(entry!.data.places.length);
    }
  });

  it('/data/ explains every column, the licence and how to cite, without accessibility faults', async () => {
    const html = await (await fetchOk('/data/', 'text/html')).text();
    for (const column of dataColumns())
      expect(html, `codebook row for ${column.name}`).toContain(`id="col-${column.name}"`);
    expect(html).toContain('CC BY 4.0');
    expect(html).toContain('วิธีอ้างอิง');
    const browser = await launchBrowser();
    try {
      const { page, errors } = await openPage(browser, baseUrl, '/data/');
      expect(errors).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      const phone = await openPage(browser, baseUrl, '/data/', { width: 360, height: 740 });
      expect(
        await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
    } finally {
      await browser.close();
    }
  });
});
