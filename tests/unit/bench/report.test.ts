import { describe, expect, it } from 'vitest';
import { formatReport, median, medianFigures, misses, type PageFigures } from '../../../src/bench/lighthouse/report';

const figures = (performance: number, lcpMs: number, cls: number, others = 100): PageFigures => ({
  scores: { performance, accessibility: others, 'best-practices': others, seo: others },
  lcpMs,
  cls,
  tbtMs: 0,
  bytes: 1024,
});

describe('Lighthouse report', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });

  it('takes each figure’s median on its own', () => {
    const result = medianFigures([figures(90, 3000, 0.2), figures(99, 1000, 0), figures(95, 2000, 0.3)]);
    expect(result.scores.performance).toBe(95);
    expect(result.lcpMs).toBe(2000);
    expect(result.cls).toBe(0.2);
  });

  it('names each missed target and nothing when all are met', () => {
    expect(misses(figures(100, 1200, 0.01))).toEqual([]);
    expect(misses(figures(94, 2500, 0.1, 100))).toEqual([
      'performance 94 < 95',
      'LCP 2.50 s ≥ 2.5 s',
      'CLS 0.100 ≥ 0.1',
    ]);
    expect(misses(figures(100, 100, 0, 90))).toHaveLength(3);
  });

  it('prints one line a page and says which pages are below target', () => {
    const ok = { name: 'home', url: '/', runs: 3, figures: figures(100, 1200, 0), misses: [] };
    const low = {
      name: 'search-query',
      url: '/search/?q=%E0%B8%82%E0%B8%A2%E0%B8%B0',
      runs: 3,
      figures: figures(76, 3100, 0.237),
      misses: ['performance 76 < 95'],
    };
    const text = formatReport([ok, low]);
    expect(text).toContain('/search/?q=ขยะ');
    expect(text).toMatch(/^search-query\s+76\s+100\s+100\s+100\s+3\.10\s+0\.237/m);
    expect(text).toContain('BELOW TARGET search-query: performance 76 < 95');
    expect(formatReport([ok])).toContain('all 1 pages meet the targets');
  });
});
