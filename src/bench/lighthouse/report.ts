/** Figures of Lighthouse runs: medians over runs, the targets, and the printed table. Pure. */

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** What one Lighthouse run of one page gave. */
export interface PageFigures {
  /** Category scores, 0–100. */
  scores: Record<Category, number>;
  /** Largest contentful paint, ms (simulated slow 4G and a 4× slower CPU). */
  lcpMs: number;
  /** Cumulative layout shift. */
  cls: number;
  /** Total blocking time, ms (the figure most moved by other work on the machine). */
  tbtMs: number;
  /** Bytes transferred for the page (compressed as served). */
  bytes: number;
}

export interface Targets {
  /** Lowest score in each category. */
  minScore: number;
  /** LCP must stay below this, ms. */
  maxLcpMs: number;
  /** CLS must stay below this. */
  maxCls: number;
}

/** The targets: ≥ 95 in every category, LCP < 2.5 s and CLS < 0.1 ("good" in Core Web Vitals). */
export const TARGETS: Targets = { minScore: 95, maxLcpMs: 2500, maxCls: 0.1 };

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Each figure's median over the runs of one page, taken figure by figure. */
export function medianFigures(runs: readonly PageFigures[]): PageFigures {
  const of = (pick: (run: PageFigures) => number) => median(runs.map(pick));
  const scores = Object.fromEntries(CATEGORIES.map((category) => [category, of((run) => run.scores[category])]));
  return {
    scores: scores as Record<Category, number>,
    lcpMs: of((run) => run.lcpMs),
    cls: of((run) => run.cls),
    tbtMs: of((run) => run.tbtMs),
    bytes: of((run) => run.bytes),
  };
}

/** What misses the targets, one phrase each; empty when the page meets them all. */
export function misses(figures: PageFigures, targets: Targets = TARGETS): string[] {
  const found = CATEGORIES.filter((category) => figures.scores[category] < targets.minScore).map(
    (category) => `${category} ${figures.scores[category]} < ${targets.minScore}`,
  );
  if (figures.lcpMs >= targets.maxLcpMs)
    found.push(`LCP ${(figures.lcpMs / 1000).toFixed(2)} s ≥ ${targets.maxLcpMs / 1000} s`);
  if (figures.cls >= targets.maxCls) found.push(`CLS ${figures.cls.toFixed(3)} ≥ ${targets.maxCls}`);
  return found;
}

export interface PageReport {
  name: string;
  url: string;
  runs: number;
  figures: PageFigures;
  misses: string[];
}

/** The printed table: one line a page, then the misses. */
export function formatReport(pages: readonly PageReport[]): string {
  const header = ['page', 'perf', 'a11y', 'bp', 'seo', 'LCP s', 'CLS', 'TBT ms', 'KB', 'runs', 'path'];
  const rows = pages.map(({ name, url, runs, figures }) => [
    name,
    ...CATEGORIES.map((category) => String(Math.round(figures.scores[category]))),
    (figures.lcpMs / 1000).toFixed(2),
    figures.cls.toFixed(3),
    String(Math.round(figures.tbtMs)),
    (figures.bytes / 1024).toFixed(1),
    String(runs),
    decodeURIComponent(url),
  ]);
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column === 0 || column === cells.length - 1 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  const failing = pages.filter((page) => page.misses.length > 0);
  const verdict = failing.length
    ? failing.map((page) => `BELOW TARGET ${page.name}: ${page.misses.join('; ')}`)
    : [
        `all ${pages.length} pages meet the targets (every category ≥ ${TARGETS.minScore}, LCP < ${TARGETS.maxLcpMs / 1000} s, CLS < ${TARGETS.maxCls})`,
      ];
  return [line(header), ...rows.map(line), '', ...verdict].join('\n');
}
