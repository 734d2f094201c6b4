import { describe, expect, it } from 'vitest';
import { caseRecordFromHtml, readCasePage } from '../../../../src/search/build/extract';
import { INDEX_LANGUAGE, searchAttributes } from '../../../../src/search/record';
import { SEARCHABLE_OCCURRENCES } from '../../../../src/search/thresholds';
import { HIDDEN_WORD, isWrittenToken, textWords, WORD_END } from '../../../../src/search/tokens';
import type { CaseInput } from '../../../../src/schemas/case';
import { syntheticCaseData } from '../../../support/synthetic-case';

const Z = WORD_END;
const H = HIDDEN_WORD;
const makeData = (front: Partial<CaseInput>) => syntheticCaseData(front);
/** The words of index text as readers see them: marks removed. */
const wordsOf = textWords;
/** The words a query can match: hidden ones left out. */
const searchableOf = (text: string) =>
  text
    .split(' ')
    .filter((word) => word && !word.startsWith(H))
    .map((word) => word.split(Z).join(''));

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

  it('reads the parts as the reader sees them, for the written text', () => {
    const page = readCasePage(casePage(FULL_ATTRIBUTES), '/cases/don-kaeo-forest/')!;
    expect(page.parts.summary).toBe('ชาวบ้านดูแลป่าชุมชนร่วมกับ อบต. ตั้งแต่ปี ๒๕๖๒');
    expect(page.parts.tags.split('\n')).toEqual(['ป่าชุมชน', 'ไฟป่า']);
    expect(page.parts.body).toBe('เริ่มทำแนวกันไฟ ตั้งแต่ ค.ศ. 2020');
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

  it('ends every word with WORD_END, and the text with the written text', () => {
    const tokens = content.split(' ');
    for (const word of tokens.slice(0, -1)) expect(word.endsWith(Z) && !word.endsWith(Z + Z), word).toBe(true);
    expect(isWrittenToken(tokens.at(-1)!)).toBe(true);
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

  it('keeps the text of links to other cases for excerpts, but not searchable, and takes no years from it', () => {
    const body =
      '<p>ต่อยอดจาก <a href="/cases/pua-zero-waste-community/">ชุมชนปลอดขยะบ้านขอน จ.น่าน ปี 2551</a> ' +
      'และ <a href="/about/">เกี่ยวกับคลัง</a></p>';
    const page = readCasePage(casePage(FULL_ATTRIBUTES, body), '/cases/linking/')!;
    expect(page.parts.body).toBe('ต่อยอดจาก ชุมชนปลอดขยะบ้านขอน จ.น่าน ปี 2551 และ เกี่ยวกับคลัง');
    const [start, end] = page.linked!.body![0]!;
    expect(page.parts.body.slice(start, end)).toBe('ชุมชนปลอดขยะบ้านขอน จ.น่าน ปี 2551');
    expect(page.linked!.body).toHaveLength(1);
    expect(page.linked!.summary).toBeUndefined();
    const linking = caseRecordFromHtml(casePage(FULL_ATTRIBUTES, body), '/cases/linking/')!.content;
    expect(searchableOf(linking)).not.toContain('ขอน');
    expect(searchableOf(linking)).not.toContain('2551');
    expect(searchableOf(linking)).toContain('คลัง');
    expect(wordsOf(linking)).toContain('ขอน');
    expect(wordsOf(linking)).not.toContain('2008');
    expect(readCasePage(casePage(FULL_ATTRIBUTES), '/cases/plain/')!.linked).toBeUndefined();
  });

  it('has no year and shows none when the year is unknown', () => {
    const html = casePage(
      FULL_ATTRIBUTES.replace('data-search-year="2019"', 'data-search-year=""'),
      '<p>ไม่มีปีในเนื้อหา</p>',
    );
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
