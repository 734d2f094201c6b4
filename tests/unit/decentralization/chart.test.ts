import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readTrackerFile, SERIES_FILE } from '../../../src/decentralization/build/files';
import { checkSeriesFile } from '../../../src/decentralization/build/validate';
import { chartTable, plottedLines, revenueShareSvg } from '../../../src/decentralization/chart';
import { CHART_LABELS } from '../../../src/decentralization/vocabulary';
import type { RevenueShareChart } from '../../../src/schemas/decentralization';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
let chart: RevenueShareChart;

beforeAll(async () => {
  const { series, problems } = checkSeriesFile(await readTrackerFile(ROOT, SERIES_FILE));
  expect(problems).toEqual([]);
  const found = series?.charts.find((candidate) => candidate.slug === 'local-revenue-share');
  if (!found) throw new Error('no local-revenue-share chart');
  chart = found;
});

describe('the local revenue share chart', () => {
  it('plots the shares the sources state and computes the rest from the revenues', () => {
    const [rmutt, kpi] = plottedLines(chart);
    expect(rmutt?.points.map((p) => [p.fiscalYear + 543, p.share, p.computed])).toEqual([
      [2543, 13.33, false],
      [2544, 20.26, false],
      [2545, 21.92, false],
      [2546, 22.19, false],
      [2547, 22.75, false],
      [2548, 23.5, false],
    ]);
    expect(kpi?.points.map((p) => [p.fiscalYear + 543, p.share, p.computed])).toEqual([
      [2553, 25.26, true],
      [2554, 26.14, true],
      [2555, 26.77, true],
      [2556, 27.27, true],
      [2559, 28.16, true],
      [2560, 29.36, true],
      [2561, 29.42, false],
    ]);
  });

  it('draws an SVG with a title, a description, every point and the target only up to its year', () => {
    const svg = revenueShareSvg(chart, { width: 640, height: 320 });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 320" role="img"')).toBe(true);
    expect(svg).toContain(
      '<title id="chart-local-revenue-share-title">สัดส่วนรายได้ขององค์กรปกครองส่วนท้องถิ่นต่อรายได้รัฐบาล</title>',
    );
    expect(svg).toContain('13.33% (2543) – 29.42% (2561)');
    expect(svg).not.toMatch(/NaN|undefined/);
    // 13 points plus one legend marker per line.
    expect(svg.match(/<(circle|rect) /g)).toHaveLength(15);
    expect(svg.match(/fill="var\(--chart-background, #fff\)"/g)).toHaveLength(6);
    // Years 2543–2561 span the plot (44 to 616); FY2549 lies 6/18 of the way along.
    expect(svg).toMatch(/<line class="chart-target" x1="44" x2="234.7" /);
    expect(svg).toContain('เป้าหมาย 35%');
    expect(svg).toContain('>40%</text>');
    expect(svg).toContain('>2543</text>');
    expect(svg.match(/<g\b/g)?.length).toBe(svg.match(/<\/g>/g)?.length);
  });

  it('escapes text it writes into the SVG', () => {
    const svg = revenueShareSvg({ ...chart, title: 'รายได้ <ท้องถิ่น> & "รัฐ"' });
    expect(svg).toContain('รายได้ &lt;ท้องถิ่น&gt; &amp; &quot;รัฐ&quot;');
  });

  it('gives the same numbers as a table, marking computed shares', () => {
    const table = chartTable(chart);
    expect(table.caption).toBe(chart.title);
    expect(table.columns[0]).toBe(CHART_LABELS.th.fiscalYear);
    expect(table.rows).toHaveLength(13);
    expect(table.rows[0]?.cells).toEqual(['2543', '13.33%', '99,936', '749,948', 'มทร.ธัญบุรี (ปีงบประมาณ 2543–2548)']);
    expect(table.rows.filter((row) => row.computed)).toHaveLength(6);
    expect(table.rows[6]?.cells[1]).toBe(`25.26% (${CHART_LABELS.th.computed})`);
    expect(chartTable(chart, CHART_LABELS.en).columns[0]).toBe('Fiscal year');
  });
});
