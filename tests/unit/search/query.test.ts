import { describe, expect, it } from 'vitest';
import { highlightTerms, planQuery } from '../../../src/search/query';
import { caseRecord } from '../../../src/search/record';
import { indexText, textWords } from '../../../src/search/tokens';
import { normalizeThai } from '../../../src/thai/normalize';
import { otherEraYears } from '../../../src/thai/year-variants';
import { casePage } from '../../support/case-page';

/** The words the search index holds for a text, in order, as caseRecord writes them (marks removed). */
function searchIndexText(text: string): string {
  const page = casePage({ body: text }, 'x', otherEraYears(normalizeThai(text)));
  return textWords(caseRecord(page).content).join(' ');
}

/** Whether the index text holds these words next to each other, as a Pagefind phrase needs. */
function indexHasPhrase(text: string, words: readonly string[]): boolean {
  return ` ${text} `.includes(` ${words.join(' ')} `);
}

/** The words a plan searches first: the phrase's, or the fallback's when there is no phrase. */
const firstWords = (query: string): string[] => {
  const plan = planQuery(query);
  return plan.phrase ?? plan.fallback.split(' ');
};

describe('planQuery: compounds and phrases', () => {
  it('turns one typed compound into a phrase of its words, with the words as fallback', () => {
    const plan = planQuery('ป่าชุมชน');
    expect(plan.phrase).toEqual(['ป่า', 'ชุมชน']);
    expect(plan.fallback).toBe('ป่า ชุมชน');
    expect(plan.terms).toEqual(['ป่า', 'ชุมชน']);
  });

  it('plans ป่า ชุมชน (spaced) like ป่าชุมชน', () => {
    const spaced = planQuery('ป่า ชุมชน');
    const joined = planQuery('ป่าชุมชน');
    expect(spaced.phrase).toEqual(joined.phrase);
    expect(spaced.fallback).toBe(joined.fallback);
    expect(spaced.terms).toEqual(joined.terms);
  });

  it('needs no phrase for one word', () => {
    const plan = planQuery('ชุมชน');
    expect(plan.phrase).toBeNull();
    expect(plan.fallback).toBe('ชุมชน');
  });

  it('plans nothing for an empty or punctuation-only query', () => {
    for (const raw of ['', '   ', ' ?! ', '\u200B']) {
      const plan = planQuery(raw);
      expect(plan.terms, JSON.stringify(raw)).toEqual([]);
      expect(plan.phrase).toBeNull();
      expect(plan.fallback).toBe('');
    }
  });

  it('shows the query back tidied but as typed', () => {
    expect(planQuery('  ป่า   ชุมชน ').display).toBe('ป่า ชุมชน');
    expect(planQuery('ต.ดอนแก้ว ๒๕๖๒').display).toBe('ต.ดอนแก้ว ๒๕๖๒');
  });
});

describe('planQuery: spaces inside a word', () => {
  it('finds ดอนแก้ว when typed ดอน แก้ว', () => {
    expect(planQuery('ดอน แก้ว')).toMatchObject({ phrase: ['ดอน', 'แก้ว'], fallback: 'ดอน แก้ว' });
    expect(planQuery('ดอน แก้ว').phrase).toEqual(planQuery('ดอนแก้ว').phrase);
  });

  it('searches the joined reading first when a space splits a word (ชุม ชน)', () => {
    const plan = planQuery('ชุม ชน');
    expect(plan.phrase).toEqual(['ชุมชน']);
    expect(plan.fallback).toBe('ชุม ชน');
    expect(plan.terms).toEqual(expect.arrayContaining(['ชุมชน', 'ชุม', 'ชน']));
  });

  it('ignores zero-width characters and a space that strands a vowel', () => {
    expect(planQuery('ป่า\u200Bชุมชน').phrase).toEqual(['ป่า', 'ชุมชน']);
    expect(planQuery('ส ำหรับ').fallback).toBe(planQuery('สำหรับ').fallback);
  });
});

describe('planQuery: typing variants', () => {
  it('plans the same for every spelling of น้ำ and ผู้', () => {
    const { display: _, ...nam } = planQuery('น้ำป่า');
    for (const typed of ['น\u0E33\u0E49ป่า', 'น\u0E4D\u0E49\u0E32ป่า', 'น\u0E49\u0E4D\u0E32ป่า']) {
      const { display, ...plan } = planQuery(typed);
      expect(display).toBe(typed);
      expect(plan, JSON.stringify(typed)).toEqual(nam);
    }
    expect(planQuery('ผ\u0E49\u0E39สูงอายุ').fallback).toBe('ผู้ สูง อายุ');
  });
});

describe('planQuery: places and abbreviations', () => {
  it('makes ดอนแก้ว, ต.ดอนแก้ว and ตำบลดอนแก้ว the same search', () => {
    const bare = planQuery('ดอนแก้ว');
    for (const raw of ['ต.ดอนแก้ว', 'ต. ดอนแก้ว', 'ตำบลดอนแก้ว', 'ตำบล ดอนแก้ว']) {
      const plan = planQuery(raw);
      expect(plan.phrase, raw).toEqual(bare.phrase);
      expect(plan.fallback, raw).toBe(bare.fallback);
    }
  });

  it('drops อำเภอ and จังหวัด the same way', () => {
    expect(planQuery('อ.แม่ริม').fallback).toBe(planQuery('แม่ริม').fallback);
    expect(planQuery('อำเภอแม่ริม').fallback).toBe(planQuery('แม่ริม').fallback);
    expect(planQuery('จ.เชียงใหม่').fallback).toBe(planQuery('เชียงใหม่').fallback);
    expect(planQuery('จังหวัดเชียงใหม่').fallback).toBe(planQuery('เชียงใหม่').fallback);
  });

  it('keeps level words between two names in the phrase only', () => {
    const plan = planQuery('ต.ดอนแก้ว อ.แม่ริม');
    expect(plan.phrase).toEqual(['ดอน', 'แก้ว', 'อำเภอ', 'แม่ริม']);
    expect(plan.fallback).toBe('ดอน แก้ว แม่ริม');
  });

  it('plans a body written short or in full the same', () => {
    expect(planQuery('อบต.ดอนแก้ว')).toMatchObject({
      phrase: planQuery('องค์การบริหารส่วนตำบลดอนแก้ว').phrase,
      fallback: planQuery('องค์การบริหารส่วนตำบลดอนแก้ว').fallback,
    });
    expect(planQuery('ทต.แม่ทา').phrase).toEqual(planQuery('เทศบาลตำบลแม่ทา').phrase);
    expect(planQuery('อบต.ดอนแก้ว').fallback.endsWith('ดอน แก้ว')).toBe(true);
  });
});

describe('planQuery: years', () => {
  it('leaves a year as typed, in Arabic digits', () => {
    expect(planQuery('๒๕๖๒').fallback).toBe('2562');
    expect(planQuery('2562').fallback).toBe('2562');
    expect(planQuery('2019').fallback).toBe('2019');
  });

  it('highlights both eras of a year', () => {
    expect(highlightTerms(planQuery('ปี 2019'))).toEqual(expect.arrayContaining(['ปี', '2019', '2562']));
    expect(highlightTerms(planQuery('ป่าชุมชน'))).toEqual(['ป่า', 'ชุมชน']);
  });
});

describe('the index text and planQuery agree', () => {
  const page = 'โครงการป่าชุมชนบ้านดอน ต.ดอนแก้ว อ.แม่ริม จ.เชียงใหม่ ร่วมกับ อสม. และ รพ.สต. เริ่มเมื่อ พ.ศ. ๒๕๖๒';
  const pageText = searchIndexText(page);

  it('puts each query’s first words next to each other in the index text', () => {
    const queries = [
      'ป่าชุมชน',
      'ป่า ชุมชน',
      'ดอนแก้ว',
      'ดอน แก้ว',
      'ต.ดอนแก้ว',
      'ตำบลดอนแก้ว',
      'ตำบล ดอนแก้ว อำเภอ แม่ริม',
      'ต.ดอนแก้ว อ.แม่ริม จ.เชียงใหม่',
      'อำเภอแม่ริม',
      'เชียงใหม่',
      'อาสาสมัครสาธารณสุขประจำหมู่บ้าน',
      'อสม.',
      'โรงพยาบาลส่งเสริมสุขภาพตำบล',
      '2562',
      '๒๕๖๒',
      '2019',
    ];
    for (const query of queries) expect(indexHasPhrase(pageText, firstWords(query)), query).toBe(true);
  });

  it('does not put the words of another compound next to each other', () => {
    const floodPage = searchIndexText('น้ำป่าไหลหลากในหมู่บ้าน ทำให้ป่าแดดเสียหาย ชุมชนช่วยกันฟื้นฟู');
    expect(indexHasPhrase(floodPage, firstWords('ป่าชุมชน'))).toBe(false);
  });

  it('indexes the full form of abbreviations and both eras of years', () => {
    expect(searchIndexText('อบต.ดอนแก้ว')).toBe(searchIndexText('องค์การบริหารส่วนตำบลดอนแก้ว'));
    expect(searchIndexText('ทต.แม่ทา')).toBe(searchIndexText('เทศบาลตำบลแม่ทา'));
    expect(searchIndexText('ปี ๒๕๖๒').split(' ')).toEqual(['ปี', '2562', '2019']);
    expect(searchIndexText('ปี 2019').split(' ')).toEqual(['ปี', '2019', '2562']);
    expect(indexText('อบต.ดอนแก้ว')).toBe(indexText('องค์การบริหารส่วนตำบลดอนแก้ว'));
  });

  it('segments the same text identically on both sides', () => {
    const text = 'การจัดการป่าชุมชนของเทศบาลตำบลแม่ทา';
    expect(planQuery(text).fallback).toBe(searchIndexText(text));
  });
});
