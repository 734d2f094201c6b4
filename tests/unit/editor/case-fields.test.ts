import { describe, expect, it } from 'vitest';
import { caseFormFields } from '../../../src/editor/case-fields';
import { caseFieldDescriptions } from '../../../src/schemas/fields';
import { caseFileSchema, caseSchema } from '../../../src/schemas/case';

const formFields = caseFormFields();
type Field = {
  kind: string;
  label?: string;
  parse: (v: unknown) => unknown;
  serialize: (v: unknown) => { value: unknown };
  validate: (v: unknown) => unknown;
};
const field = (key: keyof typeof formFields) => formFields[key] as unknown as Field;
const element = (key: keyof typeof formFields) => (formFields[key] as unknown as { element: Field }).element;

describe('the form for a case', () => {
  it('has one field per front-matter field, in the schema order (the order of keys in a saved file)', () => {
    expect(Object.keys(formFields)).toEqual(Object.keys(caseSchema.shape));
  });

  it('takes its labels from the schema descriptions', () => {
    const th = new Map(caseFieldDescriptions().map((entry) => [entry.path, entry.th]));
    expect(field('status').label).toBe(th.get('status'));
    expect(field('area').label).toBe(th.get('area'));
    expect(element('places').label).toBe(th.get('places'));
  });

  it('picks places that the gazetteer knows and refuses a misspelt tambon', () => {
    const place = element('places');
    const good = place.parse({ province: 'เชียงใหม่', district: 'แม่ริม', tambon: 'ดอนแก้ว' });
    expect(() => place.validate(good)).not.toThrow();
    expect(place.serialize(good).value).toEqual({ province: 'เชียงใหม่', district: 'แม่ริม', tambon: 'ดอนแก้ว' });
    const misspelt = place.parse({ province: 'เชียงใหม่', district: 'แม่ริม', tambon: 'ดอนแกว' });
    expect(() => place.validate(misspelt)).toThrow(/ไม่พบ.*gazetteer/);
  });

  it('takes start years in พ.ศ., ค.ศ. or ไม่ทราบ and writes them back as written', () => {
    const started = field('started');
    for (const stored of [2565, 2019, 'ไม่ทราบ']) {
      const value = started.parse(stored);
      expect(() => started.validate(value)).not.toThrow();
      expect(started.serialize(value).value).toBe(stored);
    }
    expect(() => started.validate(started.parse(''))).toThrow(/ไม่ทราบ/);
    expect(() => started.validate(started.parse('สองพัน'))).toThrow(/not a readable year/);
    const knownSince = field('knownSince');
    expect(knownSince.serialize(knownSince.parse(undefined)).value).toBeUndefined();
  });
});

describe('empty groups and lists as the form writes them', () => {
  const minimal = {
    title: 'กรณีทดสอบ ตำบลสมมุติ',
    status: 'draft',
    summary: 'กรณีทดสอบที่แต่งขึ้น อบต.สมมุติชวนอาสาสมัครเยี่ยมบ้านผู้สูงอายุ',
    area: 'health',
    places: [{ province: 'น่าน' }],
    localGovernment: { name: 'องค์การบริหารส่วนตำบลสมมุติ', type: 'sao' },
    started: 'ไม่ทราบ',
    sources: [{ title: 'แหล่งข้อมูลสมมุติ', url: 'https://example.org/source' }],
    evidence: 'reported',
    lastReviewed: '2026-06-01',
  };

  it('reads contact: {}, budget: {}, studyVisit: { learn: [] } and outcomes: [] as absent', () => {
    const data = caseFileSchema.parse({
      ...minimal,
      contact: {},
      budget: {},
      studyVisit: { learn: [] },
      outcomes: [],
      adaptedFrom: [],
    });
    expect(data.contact).toBeUndefined();
    expect(data.budget).toBeUndefined();
    expect(data.studyVisit).toBeUndefined();
    expect(data.outcomes).toBeUndefined();
  });

  it('still refuses a group that is half filled', () => {
    expect(caseFileSchema.safeParse({ ...minimal, contact: { office: 'สำนักปลัด' } }).success).toBe(false);
  });
});
