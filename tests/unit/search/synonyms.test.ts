import { describe, expect, it } from 'vitest';
import { caseRecord } from '../../../src/search/record';
import { SYNONYMS, synonymForms } from '../../../src/search/synonyms';
import { HIDDEN_WORD, isWrittenToken, pageWords, pairToken, textWords, WORD_END } from '../../../src/search/tokens';
import { readWrittenText } from '../../../src/search/written-text';
import { casePage } from '../../support/case-page';

const words = (text: string) => pageWords(text).flat();

describe('SYNONYMS', () => {
  it('gives every group two forms or more and a reason', () => {
    for (const { forms, why } of SYNONYMS) {
      expect(forms.length).toBeGreaterThanOrEqual(2);
      expect(why.length).toBeGreaterThan(20);
    }
  });
});

describe('synonymForms', () => {
  it('gives the other forms of a group the words have, as index words', () => {
    expect(synonymForms(words('ดูแลผู้พิการทางสายตา'))).toEqual([['คน', 'พิการ']]);
    expect(synonymForms(words('แนวคิด Zero Waste'))).toEqual([['ขยะ', 'เป็น', 'ศูนย์']]);
    expect(synonymForms(words('ระบบขยะเป็นศูนย์'))).toEqual([['zero', 'waste']]);
  });

  it('adds nothing when the words have every form, or none, or the words of a form apart', () => {
    expect(synonymForms(words('คนพิการและผู้พิการ'))).toEqual([]);
    expect(synonymForms(words('ป่าชุมชน'))).toEqual([]);
    expect(synonymForms(words('ผู้ดูแลพิการ'))).toEqual([]);
    expect(synonymForms(['ผู้', '', 'พิการ'])).toEqual([]);
  });
});

describe('synonyms in a case record', () => {
  const tokens = (content: string) => content.split(' ').filter((token) => token && !isWrittenToken(token));

  it('holds the other forms after the text, searchable however often their words occur, with their pair tokens', () => {
    const page = casePage({ title: 'คน ทำงาน คน เดียว', body: 'ศูนย์ดูแลผู้พิการ คน เดียว' });
    const record = caseRecord(page, new Set(['คน']));
    const list = tokens(record.content);
    const at = list.indexOf(`คน${WORD_END}`, list.indexOf(`ผู้${WORD_END}`));
    expect(list.slice(at, at + 2)).toEqual([`คน${WORD_END}`, `พิการ${WORD_END}`]);
    expect(list.filter((token) => token === `${HIDDEN_WORD}คน${WORD_END}`)).toHaveLength(1);
    expect(list).toContain(pairToken('คน', 'พิการ'));
  });

  it('leaves the written text, and so excerpts, as the author wrote them', () => {
    const record = caseRecord(casePage({ title: 'ศูนย์', body: 'ศูนย์ดูแลผู้พิการ' }));
    const { text } = readWrittenText(record.content, textWords(record.content));
    expect(text).toBe('\n\n\n\nศูนย์ดูแลผู้พิการ');
  });

  it('takes nothing from the words of links to other cases', () => {
    const body = 'ดู ศูนย์ผู้พิการ';
    const page = { ...casePage({ body }), linked: { body: [[3, body.length]] as Array<[number, number]> } };
    expect(textWords(caseRecord(page).content)).not.toContain('คน');
  });
});
