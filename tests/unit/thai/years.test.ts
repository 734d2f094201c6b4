import { describe, expect, it } from 'vitest';
import { formatBuddhistYear, readYear, toBuddhistYear, toCommonEraYear } from '../../../src/thai/years';

describe('readYear', () => {
  it('reads a bare 2562 as พ.ศ., stored as ค.ศ. 2019', () => {
    expect(readYear(2562)).toEqual({ ok: true, ce: 2019, era: 'BE' });
  });

  it('reads a bare 2019 as ค.ศ.', () => {
    expect(readYear(2019)).toEqual({ ok: true, ce: 2019, era: 'CE' });
  });

  it('reads the same year given as a string', () => {
    expect(readYear('2562')).toEqual({ ok: true, ce: 2019, era: 'BE' });
    expect(readYear(' 2019 ')).toEqual({ ok: true, ce: 2019, era: 'CE' });
  });

  it('reads Thai digits ๒๕๖๒ as พ.ศ. 2562', () => {
    expect(readYear('๒๕๖๒')).toEqual({ ok: true, ce: 2019, era: 'BE' });
  });

  it('reads an explicit พ.ศ. prefix, with or without a space', () => {
    expect(readYear('พ.ศ. 2562')).toEqual({ ok: true, ce: 2019, era: 'BE' });
    expect(readYear('พ.ศ.2562')).toEqual({ ok: true, ce: 2019, era: 'BE' });
    expect(readYear('พ.ศ. ๒๕๖๒')).toEqual({ ok: true, ce: 2019, era: 'BE' });
  });

  it('reads an explicit ค.ศ. prefix as Common Era', () => {
    expect(readYear('ค.ศ. 2019')).toEqual({ ok: true, ce: 2019, era: 'CE' });
  });

  it('lets an explicit prefix win over the 2400 threshold', () => {
    // ค.ศ. 2562 is a real reading of the number, but far outside the accepted span.
    expect(readYear('ค.ศ. 2562')).toEqual({ ok: false, reason: 'out-of-range' });
    // พ.ศ. 2019 is ค.ศ. 1476.
    expect(readYear('พ.ศ. 2019')).toEqual({ ok: false, reason: 'out-of-range' });
  });

  it('treats 2400 as พ.ศ. (ค.ศ. 1857), which is before 1900 and so out of range', () => {
    expect(readYear(2400)).toEqual({ ok: false, reason: 'out-of-range' });
  });

  it('treats 2399 as ค.ศ., which is after 2100 and so out of range', () => {
    expect(readYear(2399)).toEqual({ ok: false, reason: 'out-of-range' });
  });

  it('accepts the ends of the span ค.ศ. 1900–2100 in either era', () => {
    expect(readYear(1900)).toEqual({ ok: true, ce: 1900, era: 'CE' });
    expect(readYear(2100)).toEqual({ ok: true, ce: 2100, era: 'CE' });
    expect(readYear(2443)).toEqual({ ok: true, ce: 1900, era: 'BE' }); // 1900 + 543
    expect(readYear(2643)).toEqual({ ok: true, ce: 2100, era: 'BE' }); // 2100 + 543
  });

  it('refuses years just outside the span', () => {
    expect(readYear(1899)).toEqual({ ok: false, reason: 'out-of-range' });
    expect(readYear(2101)).toEqual({ ok: false, reason: 'out-of-range' });
    expect(readYear(2442)).toEqual({ ok: false, reason: 'out-of-range' });
    expect(readYear(2644)).toEqual({ ok: false, reason: 'out-of-range' });
  });

  it.each([
    ['25x2', '25x2'],
    ['two-digit "62"', '62'],
    ['three-digit 256', 256],
    ['null', null],
    ['an object', {}],
    ['undefined', undefined],
    ['an empty string', ''],
    ['a fraction', 2562.5],
    ['a five-digit number', 25620],
    ['a range', '2562-2563'],
  ])('calls %s not a year', (_label, value) => {
    expect(readYear(value)).toEqual({ ok: false, reason: 'not-a-year' });
  });
});

describe('era conversions', () => {
  it('adds 543 to go from ค.ศ. to พ.ศ.', () => {
    expect(toBuddhistYear(2019)).toBe(2562);
    expect(toBuddhistYear(2026)).toBe(2569);
  });

  it('subtracts 543 to go from พ.ศ. to ค.ศ.', () => {
    expect(toCommonEraYear(2562)).toBe(2019);
    expect(toCommonEraYear(2569)).toBe(2026);
  });

  it('formats a ค.ศ. year the Thai way', () => {
    expect(formatBuddhistYear(2019)).toBe('พ.ศ. 2562');
  });
});
