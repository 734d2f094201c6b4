import { describe, expect, it } from 'vitest';
import { readSearchState, writeSearchState, type SearchState } from '../../../src/search/url-state';

describe('readSearchState', () => {
  it('reads the query and repeated filter keys', () => {
    const state = readSearchState(
      '?q=%E0%B8%9B%E0%B9%88%E0%B8%B2%E0%B8%8A%E0%B8%B8%E0%B8%A1%E0%B8%8A%E0%B8%99&area=health&area=welfare&province=50&sort=newest',
    );
    expect(state).toEqual({
      q: 'ป่าชุมชน',
      filters: { area: ['health', 'welfare'], province: ['50'], sort: ['newest'] },
    });
  });

  it('reads a string without "?" and a URLSearchParams', () => {
    expect(readSearchState('q=abc&area=health')).toEqual({ q: 'abc', filters: { area: ['health'] } });
    expect(readSearchState(new URLSearchParams({ q: 'abc', system: 'welfare' }))).toEqual({
      q: 'abc',
      filters: { system: ['welfare'] },
    });
  });

  it('ignores unknown keys', () => {
    expect(readSearchState('?q=x&utm_source=line&page=2&area=health')).toEqual({
      q: 'x',
      filters: { area: ['health'] },
    });
  });

  it('drops empty and repeated values and keeps one sort', () => {
    expect(readSearchState('?area=&area=health&area=health&sort=newest&sort=alphabetical')).toEqual({
      q: '',
      filters: { area: ['health'], sort: ['newest'] },
    });
  });

  it('gives an empty state for an empty string', () => {
    expect(readSearchState('')).toEqual({ q: '', filters: {} });
  });

  it('reads only the keys it is given', () => {
    expect(readSearchState('?area=health&year=2019', { year: 'one' })).toEqual({
      q: '',
      filters: { year: ['2019'] },
    });
  });
});

describe('writeSearchState', () => {
  it('writes q first, then the filters in a fixed order whatever order they were set in', () => {
    const url = writeSearchState({
      q: 'ป่า',
      filters: { sort: ['newest'], province: ['50'], system: ['volunteers'], area: ['health', 'environment'] },
    });
    expect([...new URLSearchParams(url).keys()]).toEqual(['q', 'area', 'area', 'system', 'province', 'sort']);
    expect(url.startsWith('?q=')).toBe(true);
    expect(url.endsWith('&area=health&area=environment&system=volunteers&province=50&sort=newest')).toBe(true);
  });

  it('leaves out unknown keys, empty values and an empty query', () => {
    expect(writeSearchState({ q: '  ', filters: { area: ['', 'health'], color: ['red'], type: [] } })).toBe(
      '?area=health',
    );
  });

  it('writes an empty state as an empty string', () => {
    expect(writeSearchState({ q: '', filters: {} })).toBe('');
  });
});

describe('round trips', () => {
  const states: SearchState[] = [
    { q: 'ป่าชุมชน', filters: {} },
    { q: 'อบต.ดอนแก้ว 2562', filters: { area: ['environment'], province: ['50'] } },
    { q: 'a&b=c ?#%+', filters: { area: ['health', 'welfare'], type: ['sao'], sort: ['alphabetical'] } },
    { q: '', filters: { system: ['community-economy', 'safety'] } },
  ];

  it('reads back the state it wrote', () => {
    for (const state of states) expect(readSearchState(writeSearchState(state))).toEqual(state);
  });

  it('writes back the URL it read, when that URL is in order', () => {
    for (const state of states) {
      const url = writeSearchState(state);
      expect(writeSearchState(readSearchState(url))).toBe(url);
    }
  });
});
