import { describe, expect, it } from 'vitest';
import { rssDateInBangkok } from '../../../src/feeds/dates';
import { FEED_LIMIT, feedItem, recentlyReviewed } from '../../../src/feeds/items';
import { parseBangkokDate } from '../../../src/thai/dates';
import { syntheticCase } from '../../support/synthetic-case';

describe('recentlyReviewed', () => {
  it('puts the cases reviewed last first, same-day cases in Thai title order', () => {
    const cases = [
      syntheticCase('old', { lastReviewed: '2025-01-10' }),
      syntheticCase('new-b', { lastReviewed: '2026-03-01', title: 'ธนาคารขยะ' }),
      syntheticCase('new-a', { lastReviewed: '2026-03-01', title: 'กองทุนออมทรัพย์' }),
      syntheticCase('middle', { lastReviewed: '2025-11-30' }),
    ];
    expect(recentlyReviewed(cases).map((entry) => entry.id)).toEqual(['new-a', 'new-b', 'middle', 'old']);
  });

  it(`keeps at most ${FEED_LIMIT}`, () => {
    const cases = Array.from({ length: FEED_LIMIT + 7 }, (_, at) =>
      syntheticCase(`case-${at}`, { lastReviewed: `2025-${String((at % 12) + 1).padStart(2, '0')}-01` }),
    );
    const recent = recentlyReviewed(cases);
    expect(recent).toHaveLength(FEED_LIMIT);
    const times = recent.map((entry) => entry.data.lastReviewed.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});

describe('feedItem', () => {
  const entry = syntheticCase('synthetic-waste-bank', {
    area: 'environment',
    places: [{ province: 'เชียงใหม่', district: 'แม่ริม', tambon: 'ดอนแก้ว' }],
    lastReviewed: '2026-12-02',
  });
  const item = feedItem(entry);

  it('carries the title, the summary, the area, the place and the link', () => {
    expect(item.title).toBe(entry.data.title);
    expect(item.description).toContain(entry.data.summary);
    expect(item.description).toContain('การจัดการทรัพยากรธรรมชาติและสิ่งแวดล้อม');
    expect(item.description).toContain('ต.ดอนแก้ว อ.แม่ริม จ.เชียงใหม่');
    expect(item.categories).toEqual(['การจัดการทรัพยากรธรรมชาติและสิ่งแวดล้อม', 'ต.ดอนแก้ว อ.แม่ริม จ.เชียงใหม่']);
    expect(item.link).toBe('/cases/synthetic-waste-bank/');
  });

  it('dates the entry on its review day in Bangkok', () => {
    expect(item.customData).toBe('<pubDate>Wed, 02 Dec 2026 00:00:00 +0700</pubDate>');
  });
});

describe('rssDateInBangkok', () => {
  it('writes RFC 822 dates in Bangkok time that parse back to the same moment', () => {
    for (const day of ['2026-12-02', '2026-01-01', '2024-02-29', '2025-09-15']) {
      const date = parseBangkokDate(day)!;
      const written = rssDateInBangkok(date);
      expect(written).toMatch(
        /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} 00:00:00 \+0700$/,
      );
      expect(new Date(written).getTime()).toBe(date.getTime());
    }
  });
});
