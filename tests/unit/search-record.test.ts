import { describe, expect, it } from 'vitest';
import { caseRecordFromHtml, indexText, INDEX_SEPARATOR, searchAttributes } from '../../src/lib/search-record';
import type { CaseInput } from '../../src/schemas/case';
import { syntheticCaseData } from './support/synthetic-case';

const ZWNJ = '\u200C';

const makeData = (front: Partial<CaseInput>) => syntheticCaseData(front);

/** The text as readers see it: the index's word separators removed. */
const unseparated = (text: string) => text.split(ZWNJ).join('');

describe('INDEX_SEPARATOR', () => {
  it('is the zero-width non-joiner', () => {
    expect(INDEX_SEPARATOR).toBe('\u200C');
  });
});

describe('indexText', () => {
  it('joins the words of a chunk with the separator and keeps spaces between chunks', () => {
    expect(indexText('ป่าชุมชน ดอนแก้ว')).toBe(`ป่า${ZWNJ}ชุมชน ดอน${ZWNJ}แก้ว`);
  });

  it('collapses runs of whitespace and trims', () => {
    expect(indexText('  ป่าชุมชน \n\t  ดอนแก้ว  ')).toBe(`ป่า${ZWNJ}ชุมชน ดอน${ZWNJ}แก้ว`);
  });

  it('writes abbreviations in full as their own chunk', () => {
    expect(indexText('ต.ดอนแก้ว')).toBe(`ตำบล ดอน${ZWNJ}แก้ว`);
    expect(indexText('ม.๕')).toBe('หมู่ 5');
  });

  it('turns Thai digits into Arabic ones, split from letters glued to them', () => {
    expect(indexText('ปี ๒๕๖๒')).toBe('ปี 2562');
    expect(indexText('ปี๒๕๖๒')).toBe(`ปี${ZWNJ}2562`);
  });

  it('normalises typing variants and invisible characters before segmenting', () => {
    expect(indexText('ผ\u0E49\u0E39สูงอายุ')).toBe(`ผู้${ZWNJ}สูง${ZWNJ}อายุ`);
    expect(indexText(`ป่า${ZWNJ}ชุม\u200Bชน`)).toBe(`ป่า${ZWNJ}ชุมชน`);
  });

  it('drops chunks that are only punctuation and lower-cases Latin', () => {
    expect(indexText('ป่าชุมชน , ดอนแก้ว !')).toBe(`ป่า${ZWNJ}ชุมชน ดอน${ZWNJ}แก้ว`);
    expect(indexText('CODI')).toBe('codi');
    expect(indexText('')).toBe('');
    expect(indexText(' ... ')).toBe('');
  });
});

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

/** A built case page, shaped like src/pages/cases/[slug].astro with CaseFacts inside the layout. */
function casePage(articleAttributes: string, body = '<p>เริ่มทำแนวกันไฟ ตั้งแต่ ค.ศ. 2020</p>') {
  return `<!doctype html>
<html lang="th"><head><meta charset="utf-8"><title>ป่าชุมชนดอนแก้ว | คลังความรู้</title></head>
<body>
<header class="site"><nav><a href="/">หน้าแรกเว็บไซต์</a> <a href="/search/">SiteNavMarker</a></nav></header>
<main>
<article class="case" data-case-slug="don-kaeo-forest" data-pagefind-body ${articleAttributes}>
  <header>
    <h1 data-search="title">
      ป่าชุมชนดอนแก้ว
    </h1>
    <p class="lead prose" data-search="summary">ชาวบ้านดูแลป่าชุมชนร่วมกับ อบต. ตั้งแต่ปี ๒๕๖๒</p>
    <ul class="chips" aria-label="คำค้น" data-search="tags"><li class="chip">ป่าชุมชน</li><li class="chip">ไฟป่า</li></ul>
  </header>
  <section class="facts panel" aria-labelledby="facts-heading">
    <h2 id="facts-heading">FactsHeadingMarker</h2>
    <dl>
      <dt>ประเด็น</dt>
      <dd><a href="/areas/environment/">FactsAreaMarker</a></dd>
      <dt>พื้นที่</dt>
      <dd data-search="places"><ul class="plain"><li data-place><a href="/places/chiang-mai/500710/">ต.ดอนแก้ว อ.แม่ริม จ.เชียงใหม่</a></li><li data-place><a href="/places/nan/#d-5505">อ.ปัว จ.น่าน</a></li></ul></dd>
      <dt>องค์กรปกครองส่วนท้องถิ่น</dt>
      <dd data-search="local-government">องค์การบริหารส่วนตำบลดอนแก้ว <span class="muted">(องค์การบริหารส่วนตำบล, อบต.)</span></dd>
      <dt>ระดับหลักฐาน</dt>
      <dd><a href="/about/#evidence">มีรายงาน</a> <span class="muted">— EvidenceMeaningMarker</span></dd>
    </dl>
  </section>
  <div class="prose body" data-search="body">${body}</div>
  <section aria-labelledby="sources-heading"><h2 id="sources-heading">แหล่งข้อมูล</h2><ol><li>SourcesMarker รายงานประจำปี</li></ol></section>
</article>
<aside aria-labelledby="related-heading"><h2 id="related-heading">กรณีที่เกี่ยวข้อง</h2>
  <p data-search="summary">RelatedCaseMarker</p>
</aside>
</main>
<footer>FooterMarker สงวนลิขสิทธิ์</footer>
</body></html>`;
}

const FULL_ATTRIBUTES =
  'data-search-area="environment" data-search-systems="environment-energy community-leadership" ' +
  'data-search-provinces="เชียงใหม่|น่าน" data-search-type="sao" data-search-evidence="reported" data-search-year="2019"';

describe('caseRecordFromHtml', () => {
  const record = caseRecordFromHtml(casePage(FULL_ATTRIBUTES), '/cases/don-kaeo-forest/');
  const content = record?.content ?? '';
  const words = content.split(/\s+/);
  const readable = unseparated(content);

  it('reads a case page', () => {
    expect(record).toBeDefined();
    expect(record!.url).toBe('/cases/don-kaeo-forest/');
    expect(record!.language).toBe('th');
  });

  it('gives the title, the area’s Thai name, the first place and the year in พ.ศ. as meta', () => {
    expect(record!.meta).toEqual({
      title: 'ป่าชุมชนดอนแก้ว',
      area: 'การจัดการทรัพยากรธรรมชาติและสิ่งแวดล้อม',
      place: 'ต.ดอนแก้ว อ.แม่ริม จ.เชียงใหม่',
      year: 'พ.ศ. 2562',
    });
  });

  it('reads the filters from the article’s attributes', () => {
    expect(record!.filters).toEqual({
      area: ['environment'],
      system: ['environment-energy', 'community-leadership'],
      province: ['เชียงใหม่', 'น่าน'],
      type: ['sao'],
      evidence: ['reported'],
    });
  });

  it('sorts by the ค.ศ. year', () => {
    expect(record!.sort).toEqual({ year: '2019' });
  });

  it('indexes every searched part', () => {
    expect(readable).toContain('ป่าชุมชนดอนแก้ว'); // title
    expect(readable).toContain('ชาวบ้านดูแลป่าชุมชนร่วมกับ'); // summary
    expect(readable).toContain('ไฟป่า'); // tags
    expect(readable).toContain('แม่ริม'); // places
    expect(readable).toContain('ปัว');
    expect(readable).toContain('เริ่มทำแนวกันไฟ'); // body
  });

  it('keeps tags apart rather than gluing them into one word', () => {
    expect(readable).toContain('ป่าชุมชน ไฟป่า');
    expect(readable).not.toContain('ป่าชุมชนไฟป่า');
  });

  it('writes abbreviations in full and Thai digits as Arabic', () => {
    // อบต. in the summary, ต./อ./จ. in the places.
    expect(readable).toContain('องค์การบริหารส่วนตำบล ตั้งแต่');
    expect(readable).toContain('ตำบล ดอนแก้ว อำเภอ แม่ริม จังหวัด เชียงใหม่');
    expect(words).toContain('2562');
    expect(content).not.toMatch(/[๐-๙]/);
  });

  it('separates the words inside a chunk with the index separator', () => {
    expect(content).toContain(ZWNJ);
    expect(content).not.toContain(`${ZWNJ}${ZWNJ}`);
  });

  it('adds the other era of each year in the text', () => {
    // ๒๕๖๒ (พ.ศ.) in the summary → 2019; 2020 (ค.ศ.) in the body → 2563.
    expect(words).toContain('2019');
    expect(words).toContain('2563');
    // Years the text never mentions in either era are not added.
    expect(words).not.toContain('2564');
    expect(words).not.toContain('2021');
  });

  it('repeats the title and the summary so that they weigh more', () => {
    expect(readable.split('ป่าชุมชนดอนแก้ว').length - 1).toBe(3);
    expect(readable.split('ชาวบ้านดูแลป่าชุมชนร่วมกับ').length - 1).toBe(2);
    expect(readable.split('เริ่มทำแนวกันไฟ').length - 1).toBe(1);
  });

  it('leaves out site chrome, the facts panel outside the marked parts, sources and the related list', () => {
    for (const marker of [
      'sitenavmarker',
      'หน้าแรกเว็บไซต์',
      'factsheadingmarker',
      'factsareamarker',
      'evidencemeaningmarker',
      'sourcesmarker',
      'relatedcasemarker',
      'footermarker',
      'สงวนลิขสิทธิ์',
      'คลังความรู้',
    ]) {
      expect(readable.toLowerCase()).not.toContain(marker);
    }
  });

  it('has no year, sorts as 0 and shows no year when the year is unknown', () => {
    const unknown = caseRecordFromHtml(
      casePage(FULL_ATTRIBUTES.replace('data-search-year="2019"', 'data-search-year=""'), '<p>ไม่มีปีในเนื้อหา</p>'),
      '/cases/x/',
    );
    expect(unknown!.sort).toEqual({ year: '0' });
    expect(unknown!.meta.year).toBe('');
  });

  it('collapses whitespace inside the title and the place', () => {
    const html = casePage(FULL_ATTRIBUTES)
      .replace(/\n\s*ป่าชุมชนดอนแก้ว\n\s*/, 'ป่าชุมชน\n        ดอนแก้ว')
      .replace('ต.ดอนแก้ว อ.แม่ริม จ.เชียงใหม่</a>', 'ต.ดอนแก้ว\n   อ.แม่ริม  จ.เชียงใหม่ </a>');
    const spaced = caseRecordFromHtml(html, '/cases/spaced/');
    expect(spaced!.meta.title).toBe('ป่าชุมชน ดอนแก้ว');
    expect(spaced!.meta.place).toBe('ต.ดอนแก้ว อ.แม่ริม จ.เชียงใหม่');
  });

  it('gives empty meta and filters for attributes the article lacks', () => {
    const bare = caseRecordFromHtml(casePage(''), '/cases/bare/');
    expect(bare!.meta.area).toBe('');
    expect(bare!.meta.year).toBe('');
    expect(bare!.sort).toEqual({ year: '0' });
    expect(bare!.filters).toEqual({ area: [], system: [], province: [], type: [], evidence: [] });
    expect(bare!.meta.title).toBe('ป่าชุมชนดอนแก้ว');
  });

  it('reads back what searchAttributes wrote', () => {
    const data = makeData({
      area: 'welfare',
      systems: ['welfare', 'volunteers'],
      places: [{ province: 'น่าน', district: 'ปัว', tambon: 'ปัว' }, { province: 'แพร่' }, { province: 'น่าน' }],
      localGovernment: { name: 'เทศบาลตำบลสมมุติ', type: 'subdistrict-municipality' },
      evidence: 'snapshot',
    });
    const attributes = Object.entries(searchAttributes(data, 2012))
      .map(([name, value]) => `${name}="${value}"`)
      .join(' ');
    const roundTrip = caseRecordFromHtml(casePage(attributes), '/cases/round-trip/');
    expect(roundTrip!.filters).toEqual({
      area: ['welfare'],
      system: ['welfare', 'volunteers'],
      province: ['น่าน', 'แพร่'],
      type: ['subdistrict-municipality'],
      evidence: ['snapshot'],
    });
    expect(roundTrip!.sort).toEqual({ year: '2012' });
    expect(roundTrip!.meta.year).toBe('พ.ศ. 2555');
    expect(roundTrip!.meta.area).toBe('การจัดสวัสดิการสังคม');
  });

  it('gives undefined for a page without a case article', () => {
    const listPage = `<!doctype html><html><body><main>
      <article class="area"><h1 data-search="title">การดูแลสุขภาพชุมชน</h1></article>
      <div data-case-slug="not-an-article" data-search-area="health"><p data-search="body">ไม่ใช่หน้ากรณี</p></div>
    </main></body></html>`;
    expect(caseRecordFromHtml(listPage, '/areas/health/')).toBeUndefined();
    expect(caseRecordFromHtml('', '/')).toBeUndefined();
  });
});
