import { describe, expect, it } from 'vitest';
import { textExcerpt } from '../../../src/search/excerpt';
import { highlightTerms, planQuery } from '../../../src/search/query';
import { caseRecord, type CasePage } from '../../../src/search/record';
import { casePage } from '../../support/case-page';

const common = new Set(['ผู้', 'สูง', 'อายุ', 'ชุมชน']);

/** A result's fragment as the index writes it, for a page with these parts. */
function fragment(parts: Partial<CasePage['parts']>) {
  return caseRecord(casePage(parts), common).content;
}

/** The excerpt the search page shows for a query that found the page as a phrase. */
function excerptFor(query: string, parts: Partial<CasePage['parts']>, length?: number) {
  const plan = planQuery(query);
  return textExcerpt(fragment(parts), plan.phrase, highlightTerms(plan), length);
}

const summary = 'ชาวบ้านดูแลป่าชุมชนร่วมกับ อบต. ตั้งแต่ปี ๒๕๖๒';

describe('textExcerpt', () => {
  it('shows the author’s words and spaces, abbreviations and digits as written, and marks the phrase', () => {
    expect(excerptFor('ป่าชุมชน', { summary })).toBe('ชาวบ้านดูแล<mark>ป่าชุมชน</mark>ร่วมกับ อบต. ตั้งแต่ปี ๒๕๖๒');
  });

  it('marks what the author wrote for a query written another way', () => {
    expect(excerptFor('องค์การบริหารส่วนตำบล', { summary })).toBe('ชาวบ้านดูแลป่าชุมชนร่วมกับ <mark>อบต.</mark> ตั้งแต่ปี ๒๕๖๒');
    expect(excerptFor('2019', { summary })).toBe('ชาวบ้านดูแลป่าชุมชนร่วมกับ อบต. ตั้งแต่ปี <mark>๒๕๖๒</mark>');
    expect(excerptFor('ดอนแก้ว อ.แม่ริม', { places: 'ต.ดอนแก้ว อ.แม่ริม จ.เชียงใหม่' })).toBe(
      'ต.<mark>ดอนแก้ว อ.แม่ริม</mark> จ.เชียงใหม่',
    );
  });

  it('marks a phrase the author wrote with a space in one piece, and one typed with a slip', () => {
    expect(excerptFor('ผู้สูงอายุ', { body: 'ดูแลผู้ สูงอายุ ที่บ้าน' })).toBe('ดูแล<mark>ผู้ สูงอายุ</mark> ที่บ้าน');
    expect(excerptFor('ผ\u0E49\u0E39สูงอายุ', { body: 'ดูแลผู้สูงอายุที่บ้าน' })).toBe('ดูแล<mark>ผู้สูงอายุ</mark>ที่บ้าน');
  });

  it('leaves out the title, which the result shows apart, and separates the parts', () => {
    expect(excerptFor('ดอนแก้ว', { title: 'ป่าชุมชนดอนแก้ว', summary: 'ชาวบ้านดูแลป่า', tags: 'ป่าชุมชน\nไฟป่า' })).toBe(
      'ชาวบ้านดูแลป่า ป่าชุมชน ไฟป่า',
    );
  });

  it('marks the words the query begins when the phrase is not there, and cuts long text around the first one', () => {
    const filler = Array.from({ length: 30 }, () => 'นา').join(' ');
    const excerpt = excerptFor('ป่าชุมชน', { body: `${filler} ป่าไม้ของชุมชน\n\n${filler}` }, 10);
    expect(excerpt).toMatch(/^… นา/);
    expect(excerpt).toMatch(/นา …$/);
    expect(excerpt).toContain('<mark>ป่า</mark>ไม้ของ<mark>ชุมชน</mark> นา');
  });

  it('starts at the beginning when nothing matches, and escapes the text', () => {
    expect(textExcerpt(fragment({ body: 'a<b ป่า' }), null, [])).toBe('a&lt;b ป่า');
  });

  it('is empty without written text (an index written before it was stored)', () => {
    const content = fragment({ body: 'ป่า' });
    expect(textExcerpt(content.slice(0, content.lastIndexOf(' ')), ['ป่า'], ['ป่า'])).toBe('');
  });
});
