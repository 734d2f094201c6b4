import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGazetteer, serialiseGazetteer } from '../../../../src/places/build/gazetteer';
import { looksCorrupted } from '../../../../src/places/build/english';

describe('looksCorrupted', () => {
  it('passes RTGS names', () => {
    for (const name of ['Don Kaeo', 'Mae Rim', 'Nong Hoi', 'Cha-am', 'Bang Khun Phrom', 'Ban Phan Thom'])
      expect(looksCorrupted(name), name).toBe(false);
  });

  it('flags the garbling seen in thai-address-universal', () => {
    for (const name of ['Khnong Tntnai', 'Sinm', 'Bang Kho L', 'Waeng Ain', 'Satn', 'don kaeo', 'Don  Kaeo']) {
      expect(looksCorrupted(name), name).toBe(true);
    }
  });
});

describe('serialiseGazetteer', () => {
  it('writes one row per line', () => {
    const text = serialiseGazetteer({
      about: 'test',
      provinces: [['50', 'เชียงใหม่', 'Chiang Mai', 'north']],
      districts: [['5007', 'แม่ริม', 'Mae Rim']],
      tambons: [
        ['500702', 'ริมเหนือ', 'Rim Nuea'],
        ['500710', 'ดอนแก้ว', 'Don Kaeo'],
      ],
    });
    expect(text).toBe(
      [
        '{',
        '  "about": "test",',
        '  "provinces": [',
        '    ["50","เชียงใหม่","Chiang Mai","north"]',
        '  ],',
        '  "districts": [',
        '    ["5007","แม่ริม","Mae Rim"]',
        '  ],',
        '  "tambons": [',
        '    ["500702","ริมเหนือ","Rim Nuea"],',
        '    ["500710","ดอนแก้ว","Don Kaeo"]',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
  });
});

describe('buildGazetteer', () => {
  it('rebuilds the committed src/generated/gazetteer.json from the packages and the overrides', async () => {
    const build = await buildGazetteer();
    if (!build.ok) throw new Error(build.problems.join('\n'));
    const committed = readFileSync(new URL('../../../../src/generated/gazetteer.json', import.meta.url), 'utf8');
    expect(serialiseGazetteer(build.data)).toBe(committed);
  });
});
