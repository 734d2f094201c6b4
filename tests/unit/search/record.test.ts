import { describe, expect, it } from 'vitest';
import {
  caseRecordFromHtml,
  COMMON_MIN_PAGES,
  COMMON_SHARE,
  commonWords,
  HIDDEN_WORD,
  INDEX_LANGUAGE,
  indexText,
  isPairToken,
  PAIR_MARK,
  pairSection,
  pairToken,
  pageWords,
  caseRecord,
  readCasePage,
  SEARCHABLE_OCCURRENCES,
  searchAttributes,
  WORD_END,
  type CasePage,
} from '../../../src/search/record';
import type { CaseInput } from '../../../src/schemas/case';
import { syntheticCaseData } from '../../support/synthetic-case';

const Z = WORD_END;
const H = HIDDEN_WORD;

const makeData = (front: Partial<CaseInput>) => syntheticCaseData(front);

/** The words of index text as readers see them: marks removed. */
const wordsOf = (text: string) => text.split(' ').filter(Boolean).map((word) => word.split(Z).join('').replace(H, ''));
/** The words a query can match: hidden ones left out. */
const searchableOf = (text: string) => text.split(' ').filter((word) => word && !word.startsWith(H)).map((word) => word.split(Z).join(''));

describe('the index marks', () => {
  it('are invisible or never typed: a zero-width non-joiner, and ฯ, which segmentation drops from queries', () => {
    expect(WORD_END).toBe('\u200C');
    expect(HIDDEN_WORD).toBe('ฯ');
    expect(INDEX_LANGUAGE).not.toBe('th');
  });
});

describe('indexText', () => {
  it('ends every word with WORD_END and separates words with spaces', () => {
    expect(indexText('ป่าชุมชน ดอนแก้ว')).toBe(`ป่า${Z} ชุมชน${Z} ดอน${Z} แก้ว${Z}`);
  });

  it('collapses runs of whitespace and trims', () => {
    expect(indexText('  ป่าชุมชน \n\t  ดอนแก้ว  ')).toBe(indexText('ป่าชุมชน ดอนแก้ว'));
  });

  it('writes abbreviations in full', () => {
    expect(wordsOf(indexText('ต.ดอนแก้ว'))).toEqual(['ตำบล', 'ดอน', 'แก้ว']);
    expect(wordsOf(indexText('ม.๕'))).toEqual(['หมู่', '5']);
  });

  it('turns Thai digits into Arabic ones, split from letters glued to them', () => {
    expect(wordsOf(indexText('ปี ๒๕๖๒'))).toEqual(['ปี', '2562']);
    expect(wordsOf(indexText('ปี๒๕๖๒'))).toEqual(['ปี', '2562']);
  });

  it('normalises typing variants and invisible characters before segmenting', () => {
    expect(wordsOf(indexText('ผ\u0E49\u0E39สูงอายุ'))).toEqual(['ผู้', 'สูง', 'อายุ']);
    expect(wordsOf(indexText('ป่า\u200Cชุม\u200Bชน'))).toEqual(['ป่า', 'ชุมชน']);
  });

  it('drops chunks that are only punctuation and lower-cases Latin', () => {
    expect(wordsOf(indexText('ป่าชุมชน , ดอนแก้ว !'))).toEqual(['ป่า', 'ชุมชน', 'ดอน', 'แก้ว']);
    expect(indexText('CODI')).toBe(`codi${Z}`);
    expect(indexText('')).toBe('');
    expect(indexText(' ... ')).toBe('');
  });

  it(`hides a word's occurrences after the first ${SEARCHABLE_OCCURRENCES}, keeping them in the text`, () => {
    const text = indexText('ป่า ป่า ป่า ชุมชน ป่า');
    expect(wordsOf(text)).toEqual(['ป่า', 'ป่า', 'ป่า', 'ชุมชน', 'ป่า']);
    expect(searchableOf(text)).toEqual(['ป่า', 'ป่า', 'ชุมชน']);
    expect(text.split(' ')[2]).toBe(`${H}ป่า${Z}`);
  });

  it('counts occurrences across calls that share a counter', () => {
    const seen = new Map<string, number>();
    indexText('ดอนแก้ว ดอนแก้ว', seen);
    expect(searchableOf(indexText('ดอนแก้ว ป่า', seen))).toEqual(['ป่า']);
    expect(searchableOf(indexText('ดอนแก้ว ป่า'))).toEqual(['ดอน', 'แก้ว', 'ป่า']);
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
  const words = wordsOf(content);
  const readable = words.join('');

  it('reads a case page', () => {
    expect(record).toBeDefined();
    expect(record!.url).toBe('/cases/don-kaeo-forest/');
    expect(record!.language).toBe(INDEX_LANGUAGE);
  });

  it('gives the title, the area’s Thai name, the first place and the year in พ.ศ. as meta', () => {
    expect(record!.meta).toEqual({
      title: 'ป่าชุมชนดอนแก้ว',
      area: 'การจัดการทรัพยากรธรรมชาติและสิ่งแวดล้อม',
      place: 'ต.ดอนแก้ว อ.แม่ริม จ.เชียงใหม่',
      year: 'พ.ศ. 2562',
    });
  });

  it('gives Pagefind no filters or sort keys: the facet table holds them', () => {
    expect(Object.keys(record!).sort()).toEqual(['content', 'language', 'meta', 'url']);
  });

  it('indexes every searched part', () => {
    expect(readable).toContain('ป่าชุมชนดอนแก้ว'); // title
    expect(readable).toContain('ชาวบ้านดูแลป่าชุมชนร่วมกับ'); // summary
    expect(readable).toContain('ไฟป่า'); // tags
    expect(readable).toContain('แม่ริม'); // places
    expect(readable).toContain('ปัว');
    expect(readable).toContain('เริ่มทำแนวกันไฟ'); // body
  });

  it('writes abbreviations in full and Thai digits as Arabic', () => {
    // อบต. in the summary, ต./อ./จ. in the places.
    expect(readable).toContain('องค์การบริหารส่วนตำบลตั้งแต่');
    expect(readable).toContain('ตำบลดอนแก้วอำเภอแม่ริมจังหวัดเชียงใหม่');
    expect(words).toContain('2562');
    expect(content).not.toMatch(/[๐-๙]/);
  });

  it('ends every word with WORD_END', () => {
    for (const word of content.split(' ')) expect(word.endsWith(Z) && !word.endsWith(Z + Z), word).toBe(true);
  });

  it('adds the other era of each year in the text', () => {
    // ๒๕๖๒ (พ.ศ.) in the summary → 2019; 2020 (ค.ศ.) in the body → 2563.
    expect(words).toContain('2019');
    expect(words).toContain('2563');
    // Years the text never mentions in either era are not added.
    expect(words).not.toContain('2564');
    expect(words).not.toContain('2021');
  });

  it(`keeps the first ${SEARCHABLE_OCCURRENCES} occurrences of a word searchable, title first, and hides the rest`, () => {
    // ป่า: title, summary (ป่าชุมชน), tags (ป่าชุมชน, ไฟป่า).
    expect(words.filter((word) => word === 'ป่า')).toHaveLength(4);
    expect(searchableOf(content).filter((word) => word === 'ป่า')).toHaveLength(SEARCHABLE_OCCURRENCES);
    expect(content.startsWith(`ป่า${Z} ชุมชน${Z} ดอน${Z} แก้ว${Z}`)).toBe(true);
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
      expect(readable.toLowerCase()).not.toContain(marker.replace(/\s/g, ''));
    }
  });

  it('has no year and shows none when the year is unknown', () => {
    const html = casePage(FULL_ATTRIBUTES.replace('data-search-year="2019"', 'data-search-year=""'), '<p>ไม่มีปีในเนื้อหา</p>');
    expect(readCasePage(html, '/cases/x/')!.year).toBeNull();
    expect(caseRecordFromHtml(html, '/cases/x/')!.meta.year).toBe('');
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
    const bare = readCasePage(casePage(''), '/cases/bare/');
    expect(bare!.meta.area).toBe('');
    expect(bare!.meta.year).toBe('');
    expect(bare!.year).toBeNull();
    expect(bare!.filters).toEqual({ area: [], system: [], province: [], type: [], evidence: [] });
    expect(bare!.meta.title).toBe('ป่าชุมชนดอนแก้ว');
  });

  it('reads the filters and the year from the article’s attributes', () => {
    const page = readCasePage(casePage(FULL_ATTRIBUTES), '/cases/don-kaeo-forest/');
    expect(page!.filters).toEqual({
      area: ['environment'],
      system: ['environment-energy', 'community-leadership'],
      province: ['เชียงใหม่', 'น่าน'],
      type: ['sao'],
      evidence: ['reported'],
    });
    expect(page!.year).toBe(2019);
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
    const roundTrip = readCasePage(casePage(attributes), '/cases/round-trip/');
    expect(roundTrip!.filters).toEqual({
      area: ['welfare'],
      system: ['welfare', 'volunteers'],
      province: ['น่าน', 'แพร่'],
      type: ['subdistrict-municipality'],
      evidence: ['snapshot'],
    });
    expect(roundTrip!.year).toBe(2012);
    expect(roundTrip!.meta.year).toBe('พ.ศ. 2555');
    expect(roundTrip!.meta.area).toBe('การจัดสวัสดิการสังคม');
  });

  it('gives undefined for a page without a case article', () => {
    const listPage = `<!doctype html><html><body><main>
      <article class="area"><h1 data-search="title">การดูแลสุขภาพชุมชน</h1></article>
      <div data-case-slug="not-an-article" data-search-area="health"><p data-search="body">ไม่ใช่หน้ากรณี</p></div>
    </main></body></html>`;
    expect(caseRecordFromHtml(listPage, '/areas/health/')).toBeUndefined();
    expect(readCasePage('', '/')).toBeUndefined();
  });
});

describe('commonWords', () => {
  const page = (body: string): CasePage => ({
    url: '/cases/x/',
    parts: { title: '', summary: '', tags: '', places: '', 'local-government': '', body },
    otherEraYears: [],
    meta: {},
    filters: { area: [], system: [], province: [], type: [], evidence: [] },
    year: null,
  });

  it(`lists the words on at least ${COMMON_SHARE * 100}% of the pages, most common first, once the collection has ${COMMON_MIN_PAGES} pages`, () => {
    const pages = Array.from({ length: 1000 }, (_, i) => page(i % 5 === 0 ? 'ชุมชนดูแลป่า ชุมชน' : i < 99 ? 'ชุมชนเข้มแข็ง' : 'เด็กเล็ก'));
    // เด็ก, เล็ก: 721 pages; ชุมชน: 200 + 79; ดูแล, ป่า: 200; เข้มแข็ง: 79, under 10%.
    expect(commonWords(pages)).toEqual(['เด็ก', 'เล็ก', 'ชุมชน', 'ดูแล', 'ป่า']);
  });

  it('lists nothing for a small collection', () => {
    expect(commonWords(Array.from({ length: 14 }, () => page('ชุมชนดูแลป่า')))).toEqual([]);
  });
});

describe('pair tokens', () => {
  const common = new Set(['ผู้', 'สูง', 'อายุ', 'ชุมชน']);
  const words = (text: string) => pageWords(text).flat();

  it('join two neighbouring words of which at least one is common, and no others', () => {
    expect(pairSection(words('ป่าชุมชนดูแลผู้สูงอายุ'), common).split(' ')).toEqual([
      pairToken('ป่า', 'ชุมชน'),
      pairToken('ชุมชน', 'ดูแล'),
      pairToken('ดูแล', 'ผู้'),
      pairToken('ผู้', 'สูง'),
      pairToken('สูง', 'อายุ'),
    ]);
    expect(pairSection(words('ดอนแก้วแม่ริม'), common)).toBe('');
  });

  it(`keep the first ${SEARCHABLE_OCCURRENCES} occurrences of a pair`, () => {
    const section = pairSection(words('ผู้สูงอายุ ผู้สูงอายุ ผู้สูงอายุ'), common).split(' ');
    expect(section.filter((token) => token === pairToken('ผู้', 'สูง'))).toHaveLength(SEARCHABLE_OCCURRENCES);
  });

  it('are none without common words (a small collection)', () => {
    expect(pairSection(words('ผู้สูงอายุ'), new Set())).toBe('');
  });

  it('are told apart from words, numbers included', () => {
    expect(pairToken('ผู้', 'สูง')).toBe(`${PAIR_MARK}ผู้${PAIR_MARK}สูง${Z}`);
    expect(isPairToken(pairToken('ผู้', 'สูง'))).toBe(true);
    expect(isPairToken(pairToken('ปี', '2562'))).toBe(true);
    for (const word of indexText('0 0.5 0,5 08 ผู้ 2562').split(' ')) expect(isPairToken(word), word).toBe(false);
  });

  it('come after the text in a case record, so that word positions stay those of the text', () => {
    const page: CasePage = {
      url: '/cases/x/',
      parts: { title: 'โรงเรียนผู้สูงอายุ', summary: '', tags: '', places: '', 'local-government': '', body: 'ชุมชนร่วมกัน' },
      otherEraYears: [],
      meta: {},
      filters: { area: [], system: [], province: [], type: [], evidence: [] },
      year: null,
    };
    const plain = caseRecord(page).content;
    const withPairs = caseRecord(page, common).content;
    expect(withPairs.startsWith(`${plain} `)).toBe(true);
    // Pairs span the parts, as phrases in the text do.
    expect(withPairs.slice(plain.length).trim().split(' ')).toContain(pairToken('อายุ', 'ชุมชน'));
  });
});
