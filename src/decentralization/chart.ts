import { escapeHtml } from '../lib/escape-html';
import type { RevenueShareChart } from '../schemas/decentralization';
import { toBuddhistYear } from '../thai/years';
import { CHART_LABELS, type ChartLabels } from './vocabulary';

/** A point ready to draw: the share the source states, or one computed from the revenues it gives. */
export interface PlottedPoint {
  /** ค.ศ. year the fiscal year ends in. */
  fiscalYear: number;
  share: number;
  /** true when the share was computed here from the two revenue figures. */
  computed: boolean;
  localRevenue?: number;
  governmentRevenue?: number;
}

export interface PlottedLine {
  label: string;
  points: PlottedPoint[];
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** The chart's lines with every point's share known, points in year order. */
export function plottedLines(chart: RevenueShareChart): PlottedLine[] {
  return chart.lines.map((line) => ({
    label: line.label,
    points: line.points
      .map((point) => ({
        fiscalYear: point.fiscalYear,
        share: point.share ?? round2(((point.localRevenue ?? 0) / (point.governmentRevenue ?? 1)) * 100),
        computed: point.share === undefined,
        localRevenue: point.localRevenue,
        governmentRevenue: point.governmentRevenue,
      }))
      .sort((a, b) => a.fiscalYear - b.fiscalYear),
  }));
}

const percent = (value: number) => `${value.toFixed(2)}%`;
const baht = (value: number | undefined) => (value === undefined ? '–' : value.toLocaleString('en-US'));

export interface ChartTable {
  caption: string;
  columns: string[];
  rows: { cells: string[]; computed: boolean }[];
}

/** The chart's numbers as a table, for screen readers and for anyone who wants the figures. */
export function chartTable(chart: RevenueShareChart, labels: ChartLabels = CHART_LABELS.th): ChartTable {
  const rows = plottedLines(chart).flatMap((line) =>
    line.points.map((point) => ({
      computed: point.computed,
      cells: [
        String(toBuddhistYear(point.fiscalYear)),
        point.computed ? `${percent(point.share)} (${labels.computed})` : percent(point.share),
        baht(point.localRevenue),
        baht(point.governmentRevenue),
        line.label,
      ],
    })),
  );
  return {
    caption: chart.title,
    columns: [labels.fiscalYear, labels.share, labels.localRevenue, labels.governmentRevenue, labels.line],
    rows,
  };
}

export interface ChartSize {
  width: number;
  height: number;
}

const MARGIN = { top: 36, right: 24, bottom: 44, left: 44 };
const fixed = (value: number) => String(Math.round(value * 10) / 10);

function marker(shapeIndex: number, x: number, y: number, hollow: boolean, title: string): string {
  const fill = hollow ? 'var(--chart-background, #fff)' : 'currentColor';
  const label = `<title>${escapeHtml(title)}</title>`;
  if (shapeIndex % 2 === 0)
    return `<circle cx="${fixed(x)}" cy="${fixed(y)}" r="4" fill="${fill}" stroke="currentColor" stroke-width="1.5">${label}</circle>`;
  return `<rect x="${fixed(x - 4)}" y="${fixed(y - 4)}" width="8" height="8" fill="${fill}" stroke="currentColor" stroke-width="1.5">${label}</rect>`;
}

/**
 * The chart as an SVG string: one line per source, hollow markers where the share was computed, and
 * each target as a dashed line up to the year it was set for (not beyond, since a later target is
 * not in the facts). Built at build time; the page needs no script.
 */
export function revenueShareSvg(
  chart: RevenueShareChart,
  size: ChartSize = { width: 640, height: 320 },
  labels: ChartLabels = CHART_LABELS.th,
): string {
  const lines = plottedLines(chart);
  const points = lines.flatMap((line) => line.points);
  const years = [...points.map((p) => p.fiscalYear), ...chart.targets.flatMap((t) => t.byFiscalYear ?? [])];
  const firstYear = Math.min(...years);
  const lastYear = Math.max(...years, firstYear + 1);
  const highest = Math.max(...points.map((p) => p.share), ...chart.targets.map((t) => t.value));
  const yMax = Math.max(10, Math.ceil(highest / 10) * 10);
  const plot = {
    left: MARGIN.left,
    right: size.width - MARGIN.right,
    top: MARGIN.top,
    bottom: size.height - MARGIN.bottom,
  };
  const x = (year: number) => plot.left + ((year - firstYear) / (lastYear - firstYear)) * (plot.right - plot.left);
  const y = (share: number) => plot.bottom - (share / yMax) * (plot.bottom - plot.top);
  const id = `chart-${chart.slug}`;
  const parts: string[] = [];

  for (let tick = 0; tick <= yMax; tick += 10)
    parts.push(
      `<line x1="${plot.left}" x2="${plot.right}" y1="${fixed(y(tick))}" y2="${fixed(y(tick))}" stroke="currentColor" stroke-opacity="0.15"/>`,
      `<text x="${plot.left - 6}" y="${fixed(y(tick) + 4)}" text-anchor="end" font-size="11">${tick}%</text>`,
    );
  const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 10));
  for (let year = firstYear; year <= lastYear; year += step)
    parts.push(
      `<text x="${fixed(x(year))}" y="${plot.bottom + 16}" text-anchor="middle" font-size="11">${toBuddhistYear(year)}</text>`,
    );
  parts.push(
    `<text x="${fixed((plot.left + plot.right) / 2)}" y="${size.height - 6}" text-anchor="middle" font-size="12">${escapeHtml(labels.fiscalYear)}</text>`,
  );

  for (const target of chart.targets) {
    const end = x(target.byFiscalYear ?? lastYear);
    const text = `${labels.target} ${target.value}%`;
    parts.push(
      `<line class="chart-target" x1="${plot.left}" x2="${fixed(end)}" y1="${fixed(y(target.value))}" y2="${fixed(y(target.value))}" stroke="currentColor" stroke-dasharray="6 4"><title>${escapeHtml(target.label)}</title></line>`,
      `<text x="${fixed(end)}" y="${fixed(y(target.value) - 6)}" text-anchor="end" font-size="11">${escapeHtml(text)}</text>`,
    );
  }

  lines.forEach((line, index) => {
    const path = line.points.map((p) => `${fixed(x(p.fiscalYear))},${fixed(y(p.share))}`).join(' ');
    parts.push(`<g class="chart-line chart-line-${index}">`);
    if (line.points.length > 1)
      parts.push(`<polyline points="${path}" fill="none" stroke="currentColor" stroke-width="2"/>`);
    for (const p of line.points)
      parts.push(
        marker(
          index,
          x(p.fiscalYear),
          y(p.share),
          p.computed,
          `${toBuddhistYear(p.fiscalYear)}: ${percent(p.share)}${p.computed ? ` (${labels.computed})` : ''}`,
        ),
      );
    parts.push(`</g>`);
    const legendX = plot.left + index * ((plot.right - plot.left) / lines.length);
    parts.push(
      `<g class="chart-line chart-line-${index}">${marker(index, legendX + 4, 14, false, line.label)}<text x="${fixed(legendX + 14)}" y="18" font-size="11">${escapeHtml(line.label)}</text></g>`,
    );
  });

  const first = points.reduce((a, b) => (b.fiscalYear < a.fiscalYear ? b : a));
  const last = points.reduce((a, b) => (b.fiscalYear > a.fiscalYear ? b : a));
  const description = `${chart.measure}: ${percent(first.share)} (${toBuddhistYear(first.fiscalYear)}) – ${percent(last.share)} (${toBuddhistYear(last.fiscalYear)})`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size.width} ${size.height}" role="img" aria-labelledby="${id}-title ${id}-desc" class="decentralization-chart">`,
    `<title id="${id}-title">${escapeHtml(chart.title)}</title>`,
    `<desc id="${id}-desc">${escapeHtml(description)}</desc>`,
    ...parts,
    `</svg>`,
  ].join('\n');
}
