import { describe, expect, it } from 'vitest';
import { otherEraYears, yearVariants } from '../../../src/thai/year-variants';

describe('yearVariants', () => {
  it('pairs a พ.ศ. year with its ค.ศ. year (CE + 543), พ.ศ. first', () => {
    expect(yearVariants('2562')).toEqual(['2562', '2019']);
    expect(yearVariants('2019')).toEqual(['2562', '2019']);
    expect(yearVariants('2567')).toEqual(['2567', '2024']);
  });

  it('reads Thai digits', () => {
    expect(yearVariants('๒๕๖๒')).toEqual(['2562', '2019']);
    expect(yearVariants('๒๐๑๙')).toEqual(['2562', '2019']);
  });

  it('accepts the span ค.ศ. 1900–2100 / พ.ศ. 2443–2643 and nothing outside it', () => {
    expect(yearVariants('1900')).toEqual(['2443', '1900']);
    expect(yearVariants('2100')).toEqual(['2643', '2100']);
    expect(yearVariants('2443')).toEqual(['2443', '1900']);
    expect(yearVariants('2643')).toEqual(['2643', '2100']);
    for (const token of ['1899', '2101', '2442', '2644', '0000', '9999'])
      expect(yearVariants(token), token).toEqual([]);
  });

  it('ignores anything that is not a bare four-digit number', () => {
    for (const token of ['256', '25620', 'ปี', 'พ.ศ. 2562', '20a9', '']) expect(yearVariants(token), token).toEqual([]);
  });
});

describe('otherEraYears', () => {
  it('gives the other era of every year, each once', () => {
    expect(otherEraYears('พ.ศ. 2562 ถึง ๒๕๖๓ และอีกครั้งปี2562')).toEqual(['2019', '2020']);
    expect(otherEraYears('since 2019')).toEqual(['2562']);
  });

  it('leaves out a form the text already has', () => {
    expect(otherEraYears('ปี 2562 (ค.ศ. 2019)')).toEqual([]);
  });

  it('ignores four digits inside longer numbers', () => {
    expect(otherEraYears('งบ 12000 บาท 1,2000 บาท 3.2019 และ 2019.5')).toEqual([]);
  });
});
