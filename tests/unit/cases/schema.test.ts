import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { caseSchema } from '../../../src/schemas/case';

/** The least front matter a case needs, as a coordinator would write it (synthetic content). */
const minimal = () => ({
  title: 'กรณีทดสอบ ตำบลสมมุติ',
  status: 'published',
  summary: 'กรณีทดสอบที่แต่งขึ้น อบต.สมมุติชวนอาสาสมัครเยี่ยมบ้านผู้สูงอายุ',
  area: 'health',
  places: [{ province: 'น่าน', district: 'ปัว', tambon: 'ปัว' }],
  localGovernment: { name: 'องค์การบริหารส่วนตำบลสมมุติ', type: 'sao' },
  started: 2562,
  sources: [{ title: 'แหล่งข้อมูลสมมุติ', url: 'https://example.org/source' }],
  evidence: 'reported',
  lastReviewed: '2026-06-01',
});

const issuePaths = (input: unknown) => {
  const result = caseSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('caseSchema', () => {
  it('accepts a minimal case and fills in the list defaults', () => {
    const data = caseSchema.parse(minimal());
    expect(data.title).toBe('กรณีทดสอบ ตำบลสมมุติ');
    expect(data.area).toBe('health');
    expect(data.systems).toEqual([]);
    expect(data.tags).toEqual([]);
    expect(data.partners).toEqual([]);
    expect(data.outcomes).toBeUndefined();
    expect(data.synthetic).toBeUndefined();
  });

  it('accepts a minimal case written as YAML front matter', () => {
    const yaml = [
      'title: กรณีทดสอบ ตำบลสมมุติ',
      'status: review',
      'summary: กรณีทดสอบที่แต่งขึ้น อบต.สมมุติชวนอาสาสมัครเยี่ยมบ้านผู้สูงอายุ',
      'area: welfare',
      'places:',
      '  - { province: น่าน }',
      'localGovernment: { name: เทศบาลตำบลสมมุติ, type: subdistrict-municipality }',
      'started: ไม่ทราบ',
      'sources:',
      "  - { title: แหล่งข้อมูลสมมุติ, url: 'https://example.org/a' }",
      'evidence: snapshot',
      'lastReviewed: 2026-06-01',
      'synthetic: true',
    ].join('\n');
    const data = caseSchema.parse(parseYaml(yaml));
    expect(data.area).toBe('welfare');
    expect(data.places).toEqual([{ province: 'น่าน' }]);
    expect(data.synthetic).toBe(true);
  });

  it('trims titles and summaries', () => {
    const data = caseSchema.parse({ ...minimal(), title: '  กรณีทดสอบ ตำบลสมมุติ  ' });
    expect(data.title).toBe('กรณีทดสอบ ตำบลสมมุติ');
  });

  describe('places', () => {
    it('strips the prefixes coordinators type before place names', () => {
      const data = caseSchema.parse({
        ...minimal(),
        places: [
          { province: 'จ.น่าน', district: 'อ.ปัว', tambon: 'ต.ปัว' },
          { province: 'จังหวัดเชียงใหม่', district: 'อำเภอแม่ริม', tambon: 'ตำบลดอนแก้ว' },
          { province: 'กรุงเทพมหานคร', district: 'เขตบางรัก', tambon: 'แขวงสีลม' },
          { province: ' จ. ขอนแก่น ' },
        ],
      });
      expect(data.places).toEqual([
        { province: 'น่าน', district: 'ปัว', tambon: 'ปัว' },
        { province: 'เชียงใหม่', district: 'แม่ริม', tambon: 'ดอนแก้ว' },
        { province: 'กรุงเทพมหานคร', district: 'บางรัก', tambon: 'สีลม' },
        { province: 'ขอนแก่น' },
      ]);
    });

    it('needs at least one place', () => {
      expect(issuePaths({ ...minimal(), places: [] })).toContain('places');
    });

    it('accepts official codes of 2, 4 or 6 digits only', () => {
      for (const code of ['55', '5506', '550601'])
        expect(caseSchema.safeParse({ ...minimal(), places: [{ province: 'น่าน', code }] }).success).toBe(true);
      for (const code of ['5', '550', '55060', '5506011', 'ab'])
        expect(issuePaths({ ...minimal(), places: [{ province: 'น่าน', code }] })).toContain('places.0.code');
    });
  });

  describe('started', () => {
    it('stores ไม่ทราบ and unknown as null, never an invented year', () => {
      expect(caseSchema.parse({ ...minimal(), started: 'ไม่ทราบ' }).started).toBeNull();
      expect(caseSchema.parse({ ...minimal(), started: 'unknown' }).started).toBeNull();
    });

    it('stores พ.ศ. 2562 as ค.ศ. 2019', () => {
      expect(caseSchema.parse({ ...minimal(), started: 2562 }).started).toBe(2019);
      expect(caseSchema.parse({ ...minimal(), started: 'พ.ศ. 2562' }).started).toBe(2019);
      expect(caseSchema.parse({ ...minimal(), started: '๒๕๖๒' }).started).toBe(2019);
    });

    it('stores "2019" as 2019', () => {
      expect(caseSchema.parse({ ...minimal(), started: '2019' }).started).toBe(2019);
      expect(caseSchema.parse({ ...minimal(), started: 2019 }).started).toBe(2019);
    });

    it('is required: leaving it out is an error, not an unknown year', () => {
      const { started: _started, ...rest } = minimal();
      expect(issuePaths(rest)).toContain('started');
    });

    it('refuses unreadable and out-of-range years with a Thai and English message', () => {
      const unreadable = caseSchema.safeParse({ ...minimal(), started: '25x2' });
      expect(unreadable.success).toBe(false);
      expect(unreadable.error?.issues[0]?.path).toEqual(['started']);
      expect(unreadable.error?.issues[0]?.message).toMatch(/[\u0E00-\u0E7F].* \/ [a-z]/);

      const tooEarly = caseSchema.safeParse({ ...minimal(), started: 2400 });
      expect(tooEarly.success).toBe(false);
      expect(tooEarly.error?.issues[0]?.message).toContain('2443');
    });

    it('reads an outcome year the same way', () => {
      const data = caseSchema.parse({ ...minimal(), outcomes: [{ label: 'ผลสมมุติ', value: '10 คน', year: 2566 }] });
      expect(data.outcomes?.[0]?.year).toBe(2023);
    });
  });

  describe('lastReviewed', () => {
    // Midnight in Bangkok on 2025-03-15 is 17:00 UTC the day before.
    const bangkokMidnight = Date.UTC(2025, 2, 14, 17, 0, 0);

    it('reads a YYYY-MM-DD string as Bangkok midnight of that day', () => {
      const data = caseSchema.parse({ ...minimal(), lastReviewed: '2025-03-15' });
      expect(data.lastReviewed.getTime()).toBe(bangkokMidnight);
    });

    it('reads a Date as a YAML parser gives it (UTC midnight) as Bangkok midnight of the same day', () => {
      const data = caseSchema.parse({ ...minimal(), lastReviewed: new Date(Date.UTC(2025, 2, 15)) });
      expect(data.lastReviewed.getTime()).toBe(bangkokMidnight);
    });

    it('gives the same day for an unquoted YAML 1.1 timestamp', () => {
      const fromYaml = parseYaml('lastReviewed: 2025-03-15', { schema: 'yaml-1.1' }) as { lastReviewed: unknown };
      expect(fromYaml.lastReviewed).toBeInstanceOf(Date);
      const data = caseSchema.parse({ ...minimal(), lastReviewed: fromYaml.lastReviewed });
      expect(data.lastReviewed.getTime()).toBe(bangkokMidnight);
    });

    it.each(['2025-02-30', '15/03/2025', '2568-03-15x', 'เมื่อวาน'])('refuses %j', (lastReviewed) => {
      expect(issuePaths({ ...minimal(), lastReviewed })).toContain('lastReviewed');
    });
  });

  describe('summary length', () => {
    const summaryOf = (length: number) => 'ก'.repeat(length);

    it('accepts exactly 300 characters', () => {
      expect(caseSchema.safeParse({ ...minimal(), summary: summaryOf(300) }).success).toBe(true);
    });

    it('refuses 301 characters', () => {
      const result = caseSchema.safeParse({ ...minimal(), summary: summaryOf(301) });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual([['summary', 'too_big']]);
    });

    it('counts the length after trimming spaces', () => {
      expect(caseSchema.safeParse({ ...minimal(), summary: `  ${summaryOf(300)}  ` }).success).toBe(true);
    });

    it('refuses a summary under 20 characters', () => {
      expect(issuePaths({ ...minimal(), summary: summaryOf(19) })).toContain('summary');
    });
  });

  it('refuses an unknown key (strict), such as a misspelt field', () => {
    const result = caseSchema.safeParse({ ...minimal(), sumary: 'พิมพ์ผิด' });
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.code).toBe('unrecognized_keys');
    expect(issue?.code === 'unrecognized_keys' ? issue.keys : []).toEqual(['sumary']);
  });

  it('refuses a value outside the vocabulary for area, systems, type and evidence', () => {
    expect(issuePaths({ ...minimal(), area: 'healthcare' })).toEqual(['area']);
    expect(issuePaths({ ...minimal(), systems: ['volunteers', 'recycling'] })).toEqual(['systems.1']);
    expect(issuePaths({ ...minimal(), localGovernment: { name: 'สภาตำบลสมมุติ', type: 'tambon-council' } })).toEqual([
      'localGovernment.type',
    ]);
    expect(issuePaths({ ...minimal(), evidence: 'rumour' })).toEqual(['evidence']);
  });

  it('needs at least one source', () => {
    expect(issuePaths({ ...minimal(), sources: [] })).toEqual(['sources']);
    const { sources: _sources, ...rest } = minimal();
    expect(issuePaths(rest)).toEqual(['sources']);
  });

  describe('contact', () => {
    it('accepts any one of phone, email or web', () => {
      for (const contact of [
        { phone: '053-123456' },
        { email: 'saraban@example.org' },
        { web: 'https://example.org/' },
      ])
        expect(caseSchema.safeParse({ ...minimal(), contact }).success).toBe(true);
    });

    it('refuses a contact with only an office name', () => {
      const result = caseSchema.safeParse({ ...minimal(), contact: { office: 'สำนักปลัด อบต.สมมุติ' } });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['contact']);
      expect(result.error?.issues[0]?.message).toMatch(/โทรศัพท์.* \/ .*phone/);
    });

    it('refuses a phone number that is not digits, spaces and dashes starting with 0', () => {
      expect(issuePaths({ ...minimal(), contact: { phone: '+66 53 123 456' } })).toContain('contact.phone');
      expect(issuePaths({ ...minimal(), contact: { phone: 'โทร 053-123456' } })).toContain('contact.phone');
    });
  });

  describe('web addresses', () => {
    it.each(['https://example.org/a', 'http://example.org/a'])('accepts %s', (url) => {
      expect(caseSchema.safeParse({ ...minimal(), sources: [{ title: 'แหล่งสมมุติ', url }] }).success).toBe(true);
      expect(caseSchema.safeParse({ ...minimal(), contact: { web: url } }).success).toBe(true);
    });

    it.each(['ftp://example.org/a', 'javascript:alert(1)', 'mailto:a@example.org', 'example.org/a', 'www.example.org'])(
      'refuses %s',
      (url) => {
        expect(issuePaths({ ...minimal(), sources: [{ title: 'แหล่งสมมุติ', url }] })).toEqual(['sources.0.url']);
        expect(issuePaths({ ...minimal(), contact: { web: url } })).toContain('contact.web');
      },
    );
  });

  it('accepts adaptedFrom slugs only in kebab-case', () => {
    expect(caseSchema.safeParse({ ...minimal(), adaptedFrom: ['don-kaeo-elderly-care'] }).success).toBe(true);
    expect(issuePaths({ ...minimal(), adaptedFrom: ['Don_Kaeo'] })).toEqual(['adaptedFrom.0']);
    expect(issuePaths({ ...minimal(), adaptedFrom: ['don-kaeo-elderly-care.mdx'] })).toEqual(['adaptedFrom.0']);
  });

  it('refuses a budget written as text', () => {
    expect(
      issuePaths({ ...minimal(), budget: { amountBaht: '196,655 บาท', source: 'กองทุนสมมุติ', period: 'ปี 2566' } }),
    ).toEqual(['budget.amountBaht']);
  });
});
