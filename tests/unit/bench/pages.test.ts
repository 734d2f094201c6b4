import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_TYPES, resolvePage, selectPageTypes } from '../../../src/bench/lighthouse/pages';

let dist: string;
const page = (folder: string, bytes: number) => {
  mkdirSync(path.join(dist, folder), { recursive: true });
  writeFileSync(path.join(dist, folder, 'index.html'), 'x'.repeat(bytes));
};

beforeAll(() => {
  dist = mkdtempSync(path.join(tmpdir(), 'bench-pages-'));
  page('', 10);
  page('cases/short', 100);
  page('cases/long', 900);
  page('places/chiang-mai', 50);
  page('places/chiang-mai/500101', 70);
  page('places/lamphun/510101', 80);
  writeFileSync(path.join(dist, 'places', 'finder.json'), '{}');
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('the page table', () => {
  it('names each type once and writes paths the way the site does', () => {
    const names = PAGE_TYPES.map((type) => type.name);
    expect(new Set(names).size).toBe(names.length);
    for (const type of PAGE_TYPES) expect(type.path).toMatch(/^\/(.*\/)?$/);
  });

  it('stands a pattern for its heaviest built page, keeps the query, and says when none is built', () => {
    expect(resolvePage(dist, { name: 'home', path: '/' })).toBe('/');
    expect(resolvePage(dist, { name: 'case', path: '/cases/*/' })).toBe('/cases/long/');
    expect(resolvePage(dist, { name: 'tambon', path: '/places/*/*/' })).toBe('/places/lamphun/510101/');
    expect(resolvePage(dist, { name: 'province', path: '/places/*/' })).toBe('/places/chiang-mai/');
    expect(resolvePage(dist, { name: 'q', path: '/', query: 'q=x' })).toBe('/?q=x');
    expect(resolvePage(dist, { name: 'about', path: '/about/' })).toBeNull();
    expect(resolvePage(dist, { name: 'book', path: '/books/*/' })).toBeNull();
  });

  it('selects types by name and refuses unknown ones', () => {
    expect(selectPageTypes(undefined)).toHaveLength(PAGE_TYPES.length);
    expect(selectPageTypes('home, case').map((type) => type.name)).toEqual(['home', 'case']);
    expect(() => selectPageTypes('home,nope')).toThrow(/unknown page type "nope"/);
  });
});
