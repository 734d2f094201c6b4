import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  fileUrl,
  formatMegabytes,
  isOfflineFile,
  offlineManifest,
  offlineSummary,
} from '../../../src/offline/manifest';

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 8);
const file = (path: string, revision = 'r', bytes = 100) => ({ path, revision, bytes });

describe('offline manifest', () => {
  it('serves pages at their folder', () => {
    expect(fileUrl('index.html')).toBe('/');
    expect(fileUrl('cases/pua/index.html')).toBe('/cases/pua/');
    expect(fileUrl('pagefind/index/zz_1.pf_index')).toBe('/pagefind/index/zz_1.pf_index');
    expect(fileUrl('places/finder.json')).toBe('/places/finder.json');
  });

  it('keeps pages, assets and the search index; leaves out books, PDFs, Pagefind UI, feeds, share cards, downloads and itself', () => {
    for (const kept of [
      'index.html',
      'cases/pua/index.html',
      'areas/health/index.html',
      'areas/health/alphabetical/index.html',
      'search/index.html',
      '_astro/search.js',
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'pagefind/case-facets.json',
      'pagefind/hot/0.json',
      'pagefind/fragment/zz_1.pf_fragment',
      'offline/index.html',
      'data/index.html',
    ])
      expect(isOfflineFile(kept), kept).toBe(true);
    for (const left of [
      'book/index.html',
      'book/library.pdf',
      'areas/health/book/index.html',
      'pagefind/pagefind-ui.js',
      'pagefind/pagefind-worker.js',
      'sw.js',
      'offline/manifest.json',
      'offline/summary.json',
      'share/site.png',
      'share/areas/health.png',
      'feed.xml',
      'areas/health/feed.xml',
      'data/cases.csv',
      'data/cases.json',
      'sitemap-index.xml',
      'sitemap-0.xml',
      'robots.txt',
    ])
      expect(isOfflineFile(left), left).toBe(false);
  });

  it('sums the bytes and changes version when any kept file changes, not when a left-out one does', () => {
    const build = [
      file('index.html', 'a', 1000),
      file('cases/x/index.html', 'b', 2000),
      file('book/index.html', 'c', 9000),
    ];
    const manifest = offlineManifest(build, hash);
    expect(manifest.files.map((f) => f.url)).toEqual(['/', '/cases/x/']);
    expect(manifest.bytes).toBe(3000);
    expect(offlineSummary(manifest)).toEqual({ version: manifest.version, bytes: 3000, count: 2 });
    const changed = offlineManifest([build[0]!, file('cases/x/index.html', 'b2', 2000), build[2]!], hash);
    expect(changed.version).not.toBe(manifest.version);
    const bookOnly = offlineManifest([build[0]!, build[1]!, file('book/index.html', 'c2', 9500)], hash);
    expect(bookOnly.version).toBe(manifest.version);
  });

  it('says sizes in megabytes', () => {
    expect(formatMegabytes(5_634_109)).toBe('5.6 MB');
    expect(formatMegabytes(12)).toBe('0.1 MB');
  });
});
