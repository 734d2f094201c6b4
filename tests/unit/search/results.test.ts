import { describe, expect, it } from 'vitest';
import {
  filterOptions,
  filterTotals,
  filterValueLabel,
  readableExcerpt,
  textExcerpt,
  textWords,
  yearOrder,
} from '../../../src/search/results';
import { indexText, pageWords, pairSection, pairToken } from '../../../src/search/record';
import type { CaseInput } from '../../../src/schemas/case';
import { syntheticCaseData } from '../../support/synthetic-case';

const makeData = (front: Partial<CaseInput>) => syntheticCaseData(front);

describe('yearOrder', () => {
  it('reads newest and oldest', () => {
    expect(yearOrder('newest')).toBe('newest');
    expect(yearOrder('oldest')).toBe('oldest');
  });

  it('leaves relevance, nothing and unknown orders to Pagefind', () => {
    for (const value of ['relevance', undefined, '', 'alphabetical']) expect(yearOrder(value)).toBeNull();
  });
});

describe('filterValueLabel', () => {
  it('names slugs in Thai', () => {
    expect(filterValueLabel('area', 'health')).toBe('การดูแลสุขภาพชุมชน');
    expect(filterValueLabel('area', 'policy')).toBe('การพัฒนานโยบายสาธารณะเพื่อสุขภาวะแบบมีส่วนร่วม');
    expect(filterValueLabel('system', 'volunteers')).toBe('ระบบอาสาสมัคร');
    expect(filterValueLabel('system', 'community-economy')).toBe('ระบบเศรษฐกิจชุมชน');
    expect(filterValueLabel('type', 'sao')).toBe('องค์การบริหารส่วนตำบล');
    expect(filterValueLabel('type', 'subdistrict-municipality')).toBe('เทศบาลตำบล');
    expect(filterValueLabel('evidence', 'verified')).toBe('ตรวจสอบแล้ว');
    expect(filterValueLabel('evidence', 'snapshot')).toBe('ภาพย่อ');
  });

  it('leaves provinces as they are', () => {
    expect(filterValueLabel('province', 'น่าน')).toBe('น่าน');
    expect(filterValueLabel('province', 'กรุงเทพมหานคร')).toBe('กรุงเทพมหานคร');
  });

  it('returns a value it does not know as it is', () => {
    expect(filterValueLabel('area', 'not-an-area')).toBe('not-an-area');
    expect(filterValueLabel('system', 'health')).toBe('health');
    expect(filterValueLabel('type', '')).toBe('');
    expect(filterValueLabel('evidence', 'rumour')).toBe('rumour');
  });
});

describe('filterOptions', () => {
  it('sorts provinces in Thai order: เชียงใหม่ before น่าน, unlike code-point order', () => {
    expect(filterOptions('province', { 'น่าน': 2, 'แพร่': 4, 'เชียงใหม่': 1, 'ขอนแก่น': 3 })).toEqual([
      { value: 'ขอนแก่น', count: 3, label: 'ขอนแก่น' },
      { value: 'เชียงใหม่', count: 1, label: 'เชียงใหม่' },
      { value: 'น่าน', count: 2, label: 'น่าน' },
      { value: 'แพร่', count: 4, label: 'แพร่' },
    ]);
  });

  it('sorts by the Thai label, not by the slug', () => {
    // Slug order: reported, snapshot, verified. Label order: ตรวจสอบแล้ว, ภาพย่อ, มีรายงาน.
    expect(filterOptions('evidence', { reported: 5, snapshot: 1, verified: 2 })).toEqual([
      { value: 'verified', count: 2, label: 'ตรวจสอบแล้ว' },
      { value: 'snapshot', count: 1, label: 'ภาพย่อ' },
      { value: 'reported', count: 5, label: 'มีรายงาน' },
    ]);
    // การจัดการ… < การจัดสวัสดิการ… < การดูแล… < การพัฒนา… < ระบบ…
    expect(
      filterOptions('area', { learning: 1, health: 1, welfare: 1, environment: 1, policy: 1 }).map((o) => o.value),
    ).toEqual(['environment', 'welfare', 'health', 'policy', 'learning']);
  });

  it('is empty for no counts', () => {
    expect(filterOptions('system', {})).toEqual([]);
  });
});

describe('readableExcerpt', () => {
  const Z = '\u200C';

  it('joins Thai words as Thai is written and removes the word ends', () => {
    expect(readableExcerpt(`การ${Z} ดูแล${Z} สุขภาพ${Z} ชุมชน${Z}`)).toBe('การดูแลสุขภาพชุมชน');
  });

  it('keeps spaces next to digits and Latin letters', () => {
    expect(readableExcerpt(`หมู่${Z} 3${Z} ตำบล${Z} ร่วม${Z} กับ${Z} codi${Z}`)).toBe('หมู่ 3 ตำบลร่วมกับ codi');
  });

  it('merges highlights that touch once the spaces are gone', () => {
    expect(readableExcerpt(`ป่า${Z} <mark>ชุมชน${Z}</mark> <mark>ดอน${Z}</mark> <mark>แก้ว${Z}</mark>`)).toBe('ป่า<mark>ชุมชนดอนแก้ว</mark>');
  });

  it('removes the mark of hidden words', () => {
    expect(readableExcerpt(`ฯป่า${Z} ไม้${Z} <mark>ชุมชน${Z}</mark> ฯชุมชน${Z}`)).toBe('ป่าไม้<mark>ชุมชน</mark>ชุมชน');
  });

  it('leaves text without marks or highlights alone', () => {
    expect(readableExcerpt('plain text')).toBe('plain text');
    expect(readableExcerpt('')).toBe('');
  });
});

describe('filterTotals', () => {
  const cases = [
    {
      data: makeData({
        area: 'health',
        systems: ['volunteers', 'health-services'],
        // Two places in one province.
        places: [
          { province: 'เชียงใหม่', district: 'แม่ริม', tambon: 'ดอนแก้ว' },
          { province: 'เชียงใหม่', district: 'เมืองเชียงใหม่', tambon: 'หนองหอย' },
        ],
        localGovernment: { name: 'องค์การบริหารส่วนตำบลดอนแก้ว', type: 'sao' },
        evidence: 'reported',
      }),
    },
    {
      data: makeData({
        area: 'health',
        systems: ['volunteers'],
        places: [{ province: 'น่าน', district: 'ปัว', tambon: 'ปัว' }, { province: 'เชียงใหม่' }],
        localGovernment: { name: 'เทศบาลเมืองสมมุติ', type: 'town-municipality' },
        evidence: 'verified',
      }),
    },
    {
      data: makeData({
        area: 'welfare',
        systems: [],
        // The same province written with and without its prefix.
        places: [{ province: 'จังหวัดน่าน' }, { province: 'น่าน', district: 'ภูเพียง' }],
        localGovernment: { name: 'องค์การบริหารส่วนตำบลสมมุติ', type: 'sao' },
        evidence: 'reported',
      }),
    },
  ];

  it('counts the cases carrying each value', () => {
    expect(filterTotals(cases)).toEqual({
      area: { health: 2, welfare: 1 },
      system: { volunteers: 2, 'health-services': 1 },
      province: { 'เชียงใหม่': 2, 'น่าน': 2 },
      type: { sao: 2, 'town-municipality': 1 },
      evidence: { reported: 2, verified: 1 },
    });
  });

  it('counts a case once for a province it has two places in', () => {
    expect(filterTotals([cases[0]!]).province).toEqual({ 'เชียงใหม่': 1 });
    expect(filterTotals([cases[2]!]).province).toEqual({ 'น่าน': 1 });
  });

  it('has every filter key, empty, for no cases', () => {
    expect(filterTotals([])).toEqual({ area: {}, system: {}, province: {}, type: {}, evidence: {} });
  });
});

describe('textExcerpt', () => {
  const common = new Set(['ผู้', 'สูง', 'อายุ', 'ชุมชน']);
  /** Index text as caseRecord writes it: words, hidden occurrences, then pair tokens. */
  const indexed = (text: string) => `${indexText(text)} ${pairSection(pageWords(text).flat(), common)}`;

  it('leaves out the marks and the pair tokens', () => {
    const content = indexed('ชุมชน ชุมชน ชุมชน');
    expect(content).toContain(pairToken('ชุมชน', 'ชุมชน'));
    expect(textWords(content)).toEqual(['ชุมชน', 'ชุมชน', 'ชุมชน']);
  });

  it('marks the phrase where it first stands, even in hidden occurrences, and shows the words around it', () => {
    const content = indexed('ผู้ใหญ่บ้าน ผู้นำ ผู้ช่วย เปิดโรงเรียนผู้สูงอายุในตำบล');
    expect(textExcerpt(content, ['ผู้', 'สูง', 'อายุ'], ['ผู้', 'สูง', 'อายุ'])).toBe(
      'ผู้ใหญ่บ้านผู้นำผู้ช่วยเปิดโรงเรียน<mark>ผู้สูงอายุ</mark>ในตำบล',
    );
  });

  it('marks the words the query begins when the phrase is not there, and cuts long text around the first one', () => {
    const filler = Array.from({ length: 30 }, () => 'นา').join(' ');
    const content = indexed(`${filler} ป่าไม้ของชุมชน ${filler}`);
    const excerpt = textExcerpt(content, null, ['ป่า', 'ชุมชน'], 10);
    expect(excerpt).toMatch(/^… /);
    expect(excerpt).toMatch(/ …$/);
    expect(excerpt).toContain('<mark>ป่า</mark>ไม้ของ<mark>ชุมชน</mark>');
  });

  it('starts at the beginning when nothing matches, and escapes the text', () => {
    expect(textExcerpt('a<b\u200C ป่า\u200C', null, [])).toBe('a&lt;b ป่า');
  });
});
