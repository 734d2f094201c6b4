import { describe, expect, it } from 'vitest';
import { CORE_AREAS } from '../../../src/cases/vocabulary';
import { t } from '../../../src/i18n/t';
import { measureText, renderShareCard } from '../../../src/share-cards/build/render';
import { areaCardText, SHARE_HEIGHT, SHARE_WIDTH, siteCardText } from '../../../src/share-cards/cards';
import { decomposeSaraAm, fitHeading } from '../../../src/share-cards/layout';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array) {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('share cards rendered with resvg and Sarabun', () => {
  it('are 1200 × 630 PNGs for the library and each area', () => {
    const cards = [
      siteCardText(96, 'example.test'),
      ...CORE_AREAS.map((area) => areaCardText(area.slug, 12, 'example.test')),
    ];
    for (const card of cards)
      expect(pngSize(renderShareCard(card))).toEqual({ width: SHARE_WIDTH, height: SHARE_HEIGHT });
  });

  it('fit every area name and the site name within the margins at the size chosen', () => {
    for (const heading of [...CORE_AREAS.map((area) => area.th), t('site.name')]) {
      const { size, lines } = fitHeading(heading, (text, s, weight) => measureText(decomposeSaraAm(text), s, weight));
      for (const line of lines)
        expect(measureText(decomposeSaraAm(line), size, 700)).toBeLessThanOrEqual(SHARE_WIDTH - 160);
    }
  });

  it('give ำ its full width once decomposed (resvg drew the next letter over its sara aa)', () => {
    const withSaraAa = measureText('นาก', 100, 400);
    expect(measureText('นำก', 100, 400)).toBeLessThan(withSaraAa - 20); // the defect the decomposition works around
    expect(measureText(decomposeSaraAm('นำก'), 100, 400)).toBeCloseTo(withSaraAa, 0);
    expect(measureText(decomposeSaraAm('น้ำก'), 100, 400)).toBeCloseTo(withSaraAa, 0);
  });
});
