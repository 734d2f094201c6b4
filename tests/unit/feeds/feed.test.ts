import { getRssString } from '@astrojs/rss';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { areaFeed, siteFeed } from '../../../src/feeds/feed';
import { FEED_LIMIT } from '../../../src/feeds/items';
import { syntheticCase } from '../../support/synthetic-case';
import { xmlErrors } from '../../support/xml';

const site = 'https://knowledge.example.test/';
/** Characters XML must escape, in a Thai title and summary. */
const TRICKY_TITLE = 'กองทุน "ออมวันละบาท" <ตำบล> & ชุมชน';

const cases = [
  syntheticCase('tricky', {
    title: TRICKY_TITLE,
    lastReviewed: '2026-07-01',
    summary: 'สรุปที่มี & และ <แท็ก> ปลอม ยาวพอสำหรับยี่สิบตัวอักษร',
    area: 'welfare',
  }),
  ...Array.from({ length: FEED_LIMIT + 5 }, (_, at) =>
    syntheticCase(`case-${at}`, { area: at % 2 ? 'health' : 'policy' }),
  ),
];

interface Item {
  title: string;
  link: string;
  description: string;
  pubDate: string;
  category: string | string[];
}
const itemsOf = (xml: string): Item[] => {
  const channel = new XMLParser({ parseTagValue: false }).parse(xml).rss.channel;
  return [channel.item ?? []].flat();
};

describe('feeds written by @astrojs/rss', () => {
  it('are valid XML with at most 50 entries, Thai text and XML characters intact', async () => {
    const xml = await getRssString(siteFeed(cases, site));
    expect(xmlErrors(xml)).toEqual([]);
    const items = itemsOf(xml);
    expect(items).toHaveLength(FEED_LIMIT);
    const tricky = items.find((item) => item.link === 'https://knowledge.example.test/cases/tricky/');
    expect(tricky?.title).toBe(TRICKY_TITLE);
    expect(tricky?.description).toContain('สรุปที่มี & และ <แท็ก> ปลอม');
    expect(tricky?.pubDate).toMatch(/\+0700$/);
    expect(new XMLParser().parse(xml).rss.channel.language).toBe('th');
  });

  it('give each area its own cases only', async () => {
    const xml = await getRssString(areaFeed(cases, 'welfare', site));
    expect(xmlErrors(xml)).toEqual([]);
    expect(itemsOf(xml).map((item) => item.link)).toEqual(['https://knowledge.example.test/cases/tricky/']);
    expect(itemsOf(await getRssString(areaFeed(cases, 'learning', site)))).toEqual([]);
  });
});
