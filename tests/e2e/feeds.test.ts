import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { CORE_AREAS, coreArea } from '../../src/cases/vocabulary';
import type { ParsedCase } from '../../src/cases/validate/index';
import { FEED_LIMIT } from '../../src/feeds/items';
import { formatPlace } from '../../src/places/labels';
import { loadContentCases } from '../support/content';
import { xmlErrors } from '../support/xml';

const baseUrl = inject('baseUrl');
let cases: ParsedCase[];
beforeAll(async () => {
  cases = await loadContentCases();
});

interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate: string;
  category: string | string[];
}

/** A feed as served: checked for well-formed XML, then its items. */
async function readFeed(path: string): Promise<{ language: string; items: FeedItem[] }> {
  const response = await fetch(new URL(path, baseUrl));
  expect(response.status, path).toBe(200);
  const xml = await response.text();
  expect(xmlErrors(xml), `${path} is not well-formed XML`).toEqual([]);
  const channel = new XMLParser({ parseTagValue: false }).parse(xml).rss.channel;
  return { language: channel.language, items: [channel.item ?? []].flat() };
}

const slugOfLink = (link: string) => new URL(link).pathname.match(/^\/cases\/([^/]+)\/$/)?.[1] ?? '';

/** Checks a feed's items against the case files: the cases reviewed last, newest first, text intact. */
function checkItems(items: FeedItem[], expected: ParsedCase[]) {
  expect(items).toHaveLength(Math.min(FEED_LIMIT, expected.length));
  const bySlug = new Map(expected.map((entry) => [entry.slug, entry]));
  const times: number[] = [];
  for (const item of items) {
    const entry = bySlug.get(slugOfLink(item.link));
    expect(entry, `feed links to ${item.link}, not a case of this feed`).toBeDefined();
    const data = entry!.data;
    expect(item.title).toBe(data.title);
    expect(item.description).toContain(data.summary);
    expect(item.description).toContain(coreArea(data.area).th);
    expect([item.category].flat()).toEqual([coreArea(data.area).th, ...data.places.map(formatPlace)]);
    // The review day, at midnight in Bangkok, written in Bangkok time.
    expect(item.pubDate).toMatch(/ 00:00:00 \+0700$/);
    expect(new Date(item.pubDate).getTime()).toBe(data.lastReviewed.getTime());
    times.push(data.lastReviewed.getTime());
  }
  expect(times).toEqual([...times].sort((a, b) => b - a));
  // No case left out was reviewed after the oldest one listed.
  const listed = new Set(items.map((item) => slugOfLink(item.link)));
  const oldest = Math.min(...times);
  const later = expected.filter((entry) => !listed.has(entry.slug) && entry.data.lastReviewed.getTime() > oldest);
  expect(later.map((entry) => entry.slug)).toEqual([]);
}

describe('feeds', () => {
  it('/feed.xml lists the 50 cases added or reviewed last, in Thai, valid XML', async () => {
    const feed = await readFeed('/feed.xml');
    expect(feed.language).toBe('th');
    checkItems(feed.items, cases);
  });

  it('each core area has its own feed of its cases', async () => {
    for (const area of CORE_AREAS) {
      const feed = await readFeed(`/areas/${area.slug}/feed.xml`);
      checkItems(
        feed.items,
        cases.filter((entry) => entry.data.area === area.slug),
      );
    }
  });

  it('the home page links to the feed and says how to follow it; area pages link to theirs', async () => {
    const home = await (await fetch(baseUrl)).text();
    expect(home).toMatch(/<a href="\/feed\.xml"[^>]*>[^<]*RSS/);
    expect(home).toContain('LINE');
    expect(home).toContain('อีเมล');
    const area = await (await fetch(new URL('/areas/health/', baseUrl))).text();
    expect(area).toMatch(/<a href="\/areas\/health\/feed\.xml"/);
  });
});
