import { describe, expect, it } from 'vitest';
import { caseRecord, commonWords, searchAttributes } from '../../../src/search/record';
import { COMMON_MIN_PAGES, COMMON_SHARE } from '../../../src/search/thresholds';
import { isWrittenToken, pairToken, textWords } from '../../../src/search/tokens';
import { readWrittenText } from '../../../src/search/written-text';
import type { CaseInput } from '../../../src/schemas/case';
import { casePage } from '../../support/case-page';
import { syntheticCaseData } from '../../support/synthetic-case';

const makeData = (front: Partial<CaseInput>) => syntheticCaseData(front);

describe('searchAttributes', () => {
  const data = makeData({
    area: 'environment',
    systems: ['environment-energy', 'community-leadership'],
    places: [
      { province: 'เชียงใหม่', district: 'แม่ริม', tambon: 'ดอนแก้ว' },
      { province: 'น่าน', district: 'ปัว' },
      { province: 'จ.เชียงใหม่', district: 'เมืองเชียงใหม่', tambon: 'หนองหอย' },
    ],
    localGovernment: { name: 'องค์การบริหารส่วนตำบลดอนแก้ว', type: 'sao' },
    evidence: 'verified',
  });

  it('carries each filter value, provinces once each and separated by |', () => {
    expect(searchAttributes(data, 2019)).toEqual({
      'data-search-area': 'environment',
      'data-search-systems': 'environment-energy community-leadership',
      'data-search-provinces': 'เชียงใหม่|น่าน',
      'data-search-type': 'sao',
      'data-search-evidence': 'verified',
      'data-search-year': '2019',
    });
  });

  it('leaves the year and systems empty when unknown or absent', () => {
    const attributes = searchAttributes(makeData({ systems: [] }), null);
    expect(attributes['data-search-year']).toBe('');
    expect(attributes['data-search-systems']).toBe('');
    expect(attributes['data-search-provinces']).toBe('ขอนแก่น');
  });
});

describe('commonWords', () => {
  const page = (body: string) => casePage({ body });

  it(`lists the words on at least ${COMMON_SHARE * 100}% of the pages, most common first, once the collection has ${COMMON_MIN_PAGES} pages`, () => {
    const pages = Array.from({ length: 1000 }, (_, i) =>
      page(i % 5 === 0 ? 'ชุมชนดูแลป่า ชุมชน' : i < 99 ? 'ชุมชนเข้มแข็ง' : 'เด็กเล็ก'),
    );
    // เด็ก, เล็ก: 721 pages; ชุมชน: 200 + 79; ดูแล, ป่า: 200; เข้มแข็ง: 79, under 10%.
    expect(commonWords(pages)).toEqual(['เด็ก', 'เล็ก', 'ชุมชน', 'ดูแล', 'ป่า']);
  });

  it('lists nothing for a small collection', () => {
    expect(commonWords(Array.from({ length: 14 }, () => page('ชุมชนดูแลป่า')))).toEqual([]);
  });
});

describe('caseRecord', () => {
  const common = new Set(['ผู้', 'สูง', 'อายุ', 'ชุมชน']);

  /** The tokens of a record's indexed text, the written text aside. */
  const tokensOf = (content: string) => content.split(' ').filter((token) => !isWrittenToken(token));

  it('puts the pair tokens after the text, so that word positions stay those of the text', () => {
    const elderly = casePage({ title: 'โรงเรียนผู้สูงอายุ', body: 'ชุมชนร่วมกัน' });
    const plain = tokensOf(caseRecord(elderly).content);
    const withPairs = tokensOf(caseRecord(elderly, common).content);
    expect(withPairs.slice(0, plain.length)).toEqual(plain);
    // Pairs span the parts, as phrases in the text do.
    expect(withPairs.slice(plain.length)).toContain(pairToken('อายุ', 'ชุมชน'));
  });

  it('ends with the written text of every part but the title, which reads back exactly', () => {
    const parts = {
      title: 'ป่าชุมชน ดอนแก้ว',
      summary: 'ชาวบ้านดูแลป่าร่วมกับ อบต. ตั้งแต่ปี ๒๕๖๒',
      places: 'ต.ดอนแก้ว อ.แม่ริม',
      body: 'ผลลัพธ์\n\nป่าฟื้นตัว (CODI ช่วย)',
    };
    const record = caseRecord(casePage(parts, 'x', ['2019']), common);
    expect(record.meta).toEqual({ title: 'ป่าชุมชน ดอนแก้ว' });
    expect(isWrittenToken(record.content.split(' ').at(-1)!)).toBe(true);
    const { text, starts } = readWrittenText(record.content, textWords(record.content));
    expect(text).toBe([parts.summary, '', parts.places, '', parts.body].join('\n'));
    // Every word of the page up to the body, none of the years added in the other era.
    expect(starts).toHaveLength(textWords(record.content).length - 1);
  });
});
