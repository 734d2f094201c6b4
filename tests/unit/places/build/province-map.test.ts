import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeRing } from '../../../../src/places/build/echarts-map';
import { buildProvinceMap } from '../../../../src/places/build/province-map';
import { joinNumbers, pathData, tenths } from '../../../../src/places/build/svg-path';
import { gazetteer } from '../../../../src/places/gazetteer-data';

/** One echarts UTF8 character for a zigzag-encoded delta. */
const encode = (delta: number) => String.fromCharCode(64 + (delta >= 0 ? delta * 2 : -delta * 2 - 1));

describe('decodeRing', () => {
  it('adds zigzag deltas to the offset, in 1/1024 degree', () => {
    const ring = encode(0) + encode(0) + encode(1024) + encode(-512) + encode(-1) + encode(2);
    expect(decodeRing(ring, [102400, 10240])).toEqual([
      [100, 10],
      [101, 9.5],
      [101 - 1 / 1024, 9.5 + 2 / 1024],
    ]);
  });

  it('rejects a ring with an odd number of characters', () => {
    expect(() => decodeRing('@@@', [0, 0])).toThrow();
  });
});

describe('svg path data', () => {
  it('writes tenths compactly', () => {
    expect([tenths(123), tenths(-5), tenths(40), tenths(0), tenths(-120)]).toEqual(['12.3', '-.5', '4', '0', '-12']);
  });

  it('leaves out spaces a sign or a second decimal point makes unneeded', () => {
    expect(joinNumbers(['1', '-2', '.5', '.5', '3'])).toBe('1-2 .5.5 3');
  });

  it('moves, then draws relative lines, dropping points that round together and rings below a triangle', () => {
    expect(
      pathData([
        [
          [0, 0],
          [100, 0],
          [100, 1],
          [100, 100],
          [0, 0],
        ],
        [
          [0, 0],
          [10, 10],
        ],
      ]),
    ).toBe('M0 0l10 0 0 10z');
  });
});

describe('buildProvinceMap', () => {
  it('rebuilds the committed src/generated/province-map.json', () => {
    const build = buildProvinceMap(gazetteer);
    if (!build.ok) throw new Error(build.problems.join('\n'));
    expect(build.text).toBe(
      readFileSync(new URL('../../../../src/generated/province-map.json', import.meta.url), 'utf8'),
    );
  });
});
