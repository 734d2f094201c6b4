import { z } from 'zod';
import { LOCAL_GOVERNMENT_TYPES } from '../cases/vocabulary';
import { compareEventDates } from '../decentralization/dates';
import { ENTRY_KINDS, ENTRY_STATUSES, PRACTICE_KIND_SLUGS } from '../decentralization/vocabulary';
import { CASE_SLUG_PATTERN } from './case';
import { eventDateSchema } from './event-date';
import { calendarDateSchema } from './review-date';
import { sourceSchema } from './source';
import { yearSchema } from './year';

export const ENTRY_TITLE_MAX_LENGTH = 160;
export const ENTRY_CHANGE_MAX_LENGTH = 700;

/** Tracker slugs follow the case rule: ASCII kebab-case, the file name and the URL fragment. */
export const TRACKER_SLUG_PATTERN = CASE_SLUG_PATTERN;

/** A published source, marked when the research judged it weak. */
export const trackerSourceSchema = sourceSchema.extend({
  /** true for a blog, a mirror, a repost or a machine translation: shown with a caution. */
  weak: z.boolean().optional(),
});

/** A figure as a source gives it. */
export const figureSchema = z
  .object({
    /** What was counted or measured, in Thai. */
    label: z.string().trim().min(2),
    /** The figure exactly as given ("62.25%", "3,264 จาก 9,831 แห่ง"). */
    value: z.string().trim().min(1),
    /** When the figure holds, if it differs from the entry's date. */
    asOf: eventDateSchema.optional(),
  })
  .strict();

/** Another dated step of the same item: signed, published in the Gazette, in force. */
export const milestoneSchema = z
  .object({
    /** What happened that day, in a few Thai words (ประกาศในราชกิจจานุเบกษา). */
    label: z.string().trim().min(2),
    /** Its date, as precise as the source. */
    date: eventDateSchema,
  })
  .strict();

/** One item of the timeline, content/decentralization/<slug>.yaml. */
export const trackerEntrySchema = z
  .object({
    /** The item's name in Thai, as a reader would look for it. */
    title: z.string().trim().min(4).max(ENTRY_TITLE_MAX_LENGTH),
    /** What kind of step it is: constitution, law, regulation, plan, transfer, finance, election, fund, other. */
    kind: z.enum(ENTRY_KINDS),
    /** When it happened or took effect, in พ.ศ. or ค.ศ., as a year, month or day. */
    date: eventDateSchema,
    /** When a span (fiscal years, school years) ended. */
    until: eventDateSchema.optional(),
    /** Other dates of the same item, each with what happened. */
    milestones: z.array(milestoneSchema).default([]),
    /** What changed, in one to three Thai sentences of the coordinator's own words. */
    change: z.string().trim().min(20).max(ENTRY_CHANGE_MAX_LENGTH),
    /** Where it stands: in-force, amended, repealed, done, partly-done, pending or unknown. */
    status: z.enum(ENTRY_STATUSES),
    /** The status in Thai words when the slug alone says too little (which amendment, what ended it). */
    statusNote: z.string().trim().min(2).optional(),
    /** The day the status was last checked against the sources, YYYY-MM-DD. */
    statusChecked: calendarDateSchema,
    /** Figures the sources give, each as given. */
    figures: z.array(figureSchema).default([]),
    /** Kinds of practice this law, regulation or fund lets a local government run. */
    practices: z.array(z.enum(PRACTICE_KIND_SLUGS)).default([]),
    /** What the sources leave unknown or disagree on, in Thai; nothing here is filled in from memory. */
    unknowns: z.array(z.string().trim().min(4)).default([]),
    /** Slugs of other tracker entries on the same matter (an amendment, the law a rule is issued under). */
    related: z.array(z.string().regex(TRACKER_SLUG_PATTERN)).default([]),
    /** Published sources for the facts; at least one. */
    sources: z.array(trackerSourceSchema).min(1),
  })
  .strict()
  .superRefine((entry, ctx) => {
    if (entry.until && compareEventDates(entry.until, entry.date) < 0)
      ctx.addIssue({
        code: 'custom',
        path: ['until'],
        params: { rule: 'until-after-date' },
        message: 'วันสิ้นสุด (until) อยู่ก่อนวันเริ่ม (date) / until is earlier than date',
      });
  });

/** How many local governments of each type there were, by the type slugs of the case library. */
export const typeCountsSchema = z
  .object(
    Object.fromEntries(
      LOCAL_GOVERNMENT_TYPES.map((type) => [type, z.number().int().nonnegative().optional()]),
    ) as Record<(typeof LOCAL_GOVERNMENT_TYPES)[number], z.ZodOptional<z.ZodNumber>>,
  )
  .strict();

/** One published count of local governments by type. */
export const countSnapshotSchema = z
  .object({
    /** The date the figures hold ("ข้อมูล ณ วันที่"). */
    asOf: eventDateSchema,
    /** Who compiled the figures, in Thai (กรมส่งเสริมการปกครองท้องถิ่น). */
    compiledBy: z.string().trim().min(2),
    /** Counts per type, only those the source gives. */
    counts: typeCountsSchema,
    /** All municipalities together, as the source gives it (it may not equal the three kinds added up). */
    municipalities: z.number().int().nonnegative().optional(),
    /** All local governments together, as the source gives it. */
    total: z.number().int().nonnegative().optional(),
    /** What a reader should know: disagreements, figures that do not add up, in Thai. */
    note: z.string().trim().min(4).optional(),
    /** Where the figures come from; at least one. */
    sources: z.array(trackerSourceSchema).min(1),
  })
  .strict()
  .superRefine((snapshot, ctx) => {
    const given = Object.values(snapshot.counts).filter((count) => count !== undefined);
    if (given.length === 0 && snapshot.municipalities === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['counts'],
        params: { rule: 'counts-empty' },
        message: 'ยังไม่มีจำนวนของประเภทใดเลย / no count for any type',
      });
    if (snapshot.total !== undefined && given.length === LOCAL_GOVERNMENT_TYPES.length) {
      const sum = given.reduce((a, b) => a + b, 0);
      if (sum !== snapshot.total)
        ctx.addIssue({
          code: 'custom',
          path: ['total'],
          params: { rule: 'total-mismatch' },
          message: `ผลรวมรายประเภทคือ ${sum} ไม่ตรงกับ total / the counts add up to ${sum}, not total`,
        });
    }
  });

/** content/decentralization-counts.yaml: counts of local governments over time. */
export const countsFileSchema = z
  .object({
    /** Each published count, any order; the page shows the newest first. */
    snapshots: z.array(countSnapshotSchema).min(1),
  })
  .strict();

/** A Thai fiscal year (ปีงบประมาณ) in พ.ศ. or ค.ศ., stored as the ค.ศ. year it ends in; never unknown. */
const fiscalYearSchema = yearSchema.transform((year, ctx): number => {
  if (year !== null) return year;
  ctx.addIssue({ code: 'custom', message: 'ต้องระบุปีงบประมาณ / a fiscal year is required' });
  return z.NEVER;
});

/** One fiscal year of a revenue-share line. */
export const seriesPointSchema = z
  .object({
    /** The Thai fiscal year (ปีงบประมาณ), in พ.ศ. or ค.ศ.; stored in ค.ศ. */
    fiscalYear: fiscalYearSchema,
    /** The local share of government revenue in percent, when the source states it. */
    share: z.number().min(0).max(100).optional(),
    /** Local governments' revenue that year, million baht. */
    localRevenue: z.number().nonnegative().optional(),
    /** Government revenue that year, million baht. */
    governmentRevenue: z.number().positive().optional(),
  })
  .strict()
  .refine(
    (point) => point.share !== undefined || (point.localRevenue !== undefined && point.governmentRevenue !== undefined),
    {
      message: 'ต้องมี share หรือมีทั้ง localRevenue และ governmentRevenue / needs share, or both revenues',
      params: { rule: 'point-value' },
    },
  );

/** A run of points from one source, drawn as one line. */
export const seriesLineSchema = z
  .object({
    /** The line's name in the legend, in Thai. */
    label: z.string().trim().min(2),
    /** Its points, one per fiscal year. */
    points: z.array(seriesPointSchema).min(1),
    /** Where the points come from; at least one. */
    sources: z.array(trackerSourceSchema).min(1),
  })
  .strict();

/** A target the law or plan set for the share. */
export const seriesTargetSchema = z
  .object({
    /** The target in percent. */
    value: z.number().min(0).max(100),
    /** The fiscal year it was to be reached by, when the source says. */
    byFiscalYear: fiscalYearSchema.optional(),
    /** The target in Thai words, naming its weakness when the source is weak. */
    label: z.string().trim().min(4),
    /** Where the target is stated; at least one. */
    sources: z.array(trackerSourceSchema).min(1),
  })
  .strict();

/** A chart of the local share of government revenue. */
export const revenueShareChartSchema = z
  .object({
    /** ASCII kebab-case name of the chart. */
    slug: z.string().regex(TRACKER_SLUG_PATTERN),
    /** The chart's title in Thai. */
    title: z.string().trim().min(4),
    /** What is divided by what, in Thai, so measures with other denominators are not mixed in. */
    measure: z.string().trim().min(4),
    /** The lines, one per source. */
    lines: z.array(seriesLineSchema).min(1),
    /** Targets to draw against the lines. */
    targets: z.array(seriesTargetSchema).default([]),
    /** What the data lack (years not found), in Thai. */
    unknowns: z.array(z.string().trim().min(4)).default([]),
  })
  .strict();

/** content/decentralization-series.yaml: the series the facts give, as charts. */
export const seriesFileSchema = z
  .object({
    /** Each chart drawn on the tracker page. */
    charts: z.array(revenueShareChartSchema).min(1),
  })
  .strict();

export type TrackerEntryInput = z.input<typeof trackerEntrySchema>;
export type TrackerEntry = z.output<typeof trackerEntrySchema>;
export type CountSnapshot = z.output<typeof countSnapshotSchema>;
export type CountsFile = z.output<typeof countsFileSchema>;
export type SeriesPoint = z.output<typeof seriesPointSchema>;
export type RevenueShareChart = z.output<typeof revenueShareChartSchema>;
export type SeriesFile = z.output<typeof seriesFileSchema>;
